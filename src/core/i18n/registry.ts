/**
 * The page's registered locale packs. Kept on `globalThis` under a registered symbol, so every
 * tensionkit script on a page (each bundles its own copy of this module) shares one registry: a
 * pack registered through one script reaches the elements another script defined. No DOM.
 */
import type { InputProblem } from '../parse.js';
import type { LocalePack } from './pack.js';

/** A registration's outcome, told to listeners: problems when the pack was refused. */
export interface PackEvent {
  lang?: string;
  problems?: readonly InputProblem[];
  /** Where the pack came from (a script element), for the error event. */
  source?: unknown;
}

export interface LocaleRegistry {
  /** Checked packs by lower-case language tag. */
  readonly packs: Map<string, LocalePack>;
  /** Called after each registration (elements re-render) and each refusal. */
  readonly listeners: Set<(event: PackEvent) => void>;
  /** Pack sources already read (script elements), so each is registered once. */
  readonly read: WeakSet<object>;
  /** Whether a script watches the page for pack elements (one watcher per page). */
  watching?: boolean;
}

const KEY = Symbol.for('tensionkit.locales');

export function localeRegistry(): LocaleRegistry {
  const scope = globalThis as { [KEY]?: LocaleRegistry };
  return (scope[KEY] ??= {
    packs: new Map(),
    listeners: new Set(),
    read: new WeakSet(),
  });
}

/** The pack for a language tag: "fr-CA" takes a "fr-ca" pack, else a "fr" one. */
export function packFor(lang: string): LocalePack | undefined {
  const { packs } = localeRegistry();
  if (!packs.size) return undefined;
  const tag = lang.trim().toLowerCase().replace(/_/g, '-');
  return packs.get(tag) ?? packs.get(tag.split('-')[0]!);
}

/** Tells every listener (each element on the page, the error reporter) what happened. */
export function notifyLocales(event: PackEvent): void {
  for (const listener of localeRegistry().listeners) listener(event);
}
