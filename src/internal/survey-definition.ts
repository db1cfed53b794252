/**
 * A survey definition as elements read it: from a `definition` property (an object or JSON text)
 * or, for `<tension-survey>`, a `<script type="application/json">` child. Its checks (plain code,
 * no zod) load only when there is a definition, so a survey without one does not carry them.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { InputProblem } from '../core/parse.js';
import type { Tension } from '../core/schema.js';
import type { SurveyDefinition } from '../core/survey-definition.js';
import { closestLang } from './locale.js';

type Reader = typeof import('../core/survey-definition-read.js');
/** The reader, once loaded, shared by every element on the page. */
let reader: Reader | undefined;
let loading: Promise<unknown> | undefined;

/** Loads the reader (once; again after a failed load); true when it is here. */
function loadReader(): Promise<boolean> {
  loading ??= import('../core/survey-definition-read.js').then(
    (module) => (reader = module),
    () => (loading = undefined),
  );
  return loading.then(() => !!reader);
}

/** Said when the reader's chunk does not arrive (offline, a blocked file): the survey stays empty. */
const NOT_LOADED =
  'The survey definition could not be read: its checks did not load (the network or a blocked file). Reload the page to try again.';

/** What was read: the checked definition (null for none or a bad one) and its problems. */
export interface DefinitionRead {
  definition: SurveyDefinition | null;
  problems: InputProblem[];
}

type Host = ReactiveControllerHost & HTMLElement;

/** No definition: one object, so a reader can tell that nothing changed. */
const NONE: DefinitionRead = Object.freeze({ definition: null, problems: [] }) as DefinitionRead;

/** The host's `<script type="application/json">` child, not a locale pack's. */
const SCRIPT = ':scope > script[type="application/json"]:not([data-tensionkit-locale])';

/** An input's content, to compare: its text, or an object's JSON (itself if it has none). */
function contentKey(input: unknown): unknown {
  if (typeof input !== 'object') return input;
  try {
    return JSON.stringify(input) ?? input;
  } catch {
    return input; // a cycle: checked, and reported, by the reader
  }
}

/** An element that follows a survey's definition (`<gap-chart for>`): what the survey offers. */
export interface DefinitionOwner {
  readonly activeDefinition: SurveyDefinition | null;
}

export class DefinitionSource implements ReactiveController {
  readonly #host: Host;
  /** Watches the script child (only for a host that reads one). */
  #observer?: MutationObserver;
  readonly #children: boolean;
  #pending?: Promise<unknown>;
  /**
   * The last input (by content: a framework may pass an equal object on every render) and what it
   * gave, so an update that changes nothing reparses nothing and announces nothing.
   */
  #last?: { input: unknown; key: unknown; read: DefinitionRead };
  /** A failed load of the checks: said, not retried on every update (the browser keeps it). */
  #failed = false;

  constructor(host: Host, { children = false } = {}) {
    this.#host = host;
    this.#children = children;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#children) return;
    // A page (or a framework) may add, fill or replace the script after the element connects.
    this.#observer ??= new MutationObserver(() => this.#host.requestUpdate());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The script child's text, or undefined when there is none. */
  #scriptText(): string | undefined {
    if (!this.#children) return undefined;
    return this.#host.querySelector(SCRIPT)?.textContent ?? undefined;
  }

  /**
   * Reads the definition (the property wins over a script child); undefined while the schema
   * loads. Call in willUpdate; problems carry paths under `definition`.
   */
  read(property: unknown): DefinitionRead | undefined {
    const input = property ?? this.#scriptText();
    if (input === undefined || input === null || input === '') return NONE;
    // The same object or text as before needs no serializing (read on every answer's update).
    const last = this.#last;
    if (last?.input === input) return last.read;
    const key = contentKey(input);
    if (last && last.key === key) {
      last.input = input;
      return last.read;
    }
    if (!reader) {
      if (this.#failed) {
        const problems = [{ path: 'definition', message: NOT_LOADED }];
        this.#last = { input, key, read: { definition: null, problems } };
        return this.#last.read;
      }
      this.#load();
      return undefined;
    }
    const parsed = reader.checkSurveyDefinition(input);
    const read: DefinitionRead = parsed.ok
      ? { definition: parsed.value, problems: [] }
      : {
          definition: null,
          problems: parsed.problems.map(({ path, message }) => ({
            path: path ? `definition.${path}` : 'definition',
            message,
          })),
        };
    this.#last = { input, key, read };
    return read;
  }

  /** The reader, once loaded (it starts loading when asked for). */
  get reader(): Reader | undefined {
    if (!reader && !this.#failed) this.#load();
    return reader;
  }

  /** Loads the reader, then updates the host; a failed load is the definition's problem. */
  #load() {
    this.#pending ??= loadReader().then((ok) => {
      this.#pending = undefined;
      this.#failed = !ok; // read() reports it
      this.#host.requestUpdate();
    });
  }

  /** The reader's load, for `updateComplete` to wait for. */
  get pending(): Promise<unknown> | undefined {
    return this.#pending;
  }
}

/** True for an event fired by the element `id` names (the survey a chart's `for` follows). */
export function firedBy(event: Event, id: string): boolean {
  return !!id && event.composedPath().some((node) => node instanceof Element && node.id === id);
}

/** The checked definition of the element `id` names (a survey), if it offers one. */
export function followedDefinition(host: Element, id: string): SurveyDefinition | null {
  if (!id) return null;
  const root = host.getRootNode() as Document | ShadowRoot;
  const target = root.getElementById?.(id) as Partial<DefinitionOwner> | null;
  return target?.activeDefinition ?? null;
}

/**
 * How a chart or results board names a survey's own tensions: from its own `definition`
 * property, else from the survey its `for` follows; a custom id without either shows as the id.
 */
export class TensionNames {
  readonly #host: Host;
  readonly #source: DefinitionSource;
  /** The definition last named by and what was read, so the figures are redone on a change. */
  #named: SurveyDefinition | null = null;
  #read?: DefinitionRead;
  #resolved = false;

  constructor(host: Host) {
    this.#host = host;
    this.#source = new DefinitionSource(host);
  }

  /**
   * The built-in text with the definition's own tensions after it; `moved` when the definition
   * changed since the last call (or its schema arrived); `problems` of a bad `definition`.
   */
  read(
    property: unknown,
    followed: string,
    builtIn: readonly Tension[],
  ): { tensions: readonly Tension[]; moved: boolean; problems: InputProblem[] } {
    const read = this.#source.read(property);
    const named = read?.definition ?? followedDefinition(this.#host, followed);
    // The names come with the reader, loaded only when there is a definition to name by.
    const reader = named ? this.#source.reader : undefined;
    const moved = named !== this.#named || read !== this.#read || !!reader !== this.#resolved;
    this.#named = named;
    this.#read = read;
    this.#resolved = !!reader;
    const lang = closestLang(this.#host) || 'en';
    const tensions = reader ? reader.withDefinitionTensions(builtIn, named, lang) : builtIn;
    return { tensions, moved, problems: read?.problems ?? [] };
  }

  /** The checked definition the names came from at the last `read`, or null. */
  get definition(): SurveyDefinition | null {
    return this.#named;
  }

  /** The tensions' order in that definition (built-in ids and its own), or undefined. */
  get order(): string[] | undefined {
    return this.#named?.tensions.map((entry) => (typeof entry === 'string' ? entry : entry.id));
  }

  get pending(): Promise<unknown> | undefined {
    return this.#source.pending;
  }
}
