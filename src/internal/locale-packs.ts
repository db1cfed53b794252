/**
 * What every element does about locale packs: finds the pack for its nearest `lang`, re-renders
 * when a pack arrives, and has English fallback text marked `lang="en"` after each render. The
 * page's `<script type="application/json" data-tensionkit-locale>` packs are watched by one
 * observer per page, shared by every tensionkit script through the registry. The work itself is
 * in ./locale-page.js, loaded only where a pack or a language without built-in text is in use.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pickLocale } from '../core/i18n/index.js';
import type { LocalePack } from '../core/i18n/pack.js';
import { localeRegistry, packFor } from '../core/i18n/registry.js';
import type { PackEvent } from '../core/i18n/registry.js';
import type { Locale } from '../core/schema.js';
import { emit } from './events.js';
import { closestLang } from './locale.js';

type LocalePage = typeof import('./locale-page.js');
let page: LocalePage | undefined;
let loading: Promise<LocalePage> | undefined;
const loadPage = () => (loading ??= import('./locale-page.js').then((loaded) => (page = loaded)));

/** The refusal of a pack, as the contract's `tk-error`: on its script, or on the document. */
function reportRefusal({ problems, source }: PackEvent) {
  const [first] = problems ?? [];
  if (first)
    emit(source instanceof Element ? source : document, 'tk-error', {
      message: first.message,
      path: first.path,
      problems: problems!,
    });
}

function watchPage() {
  const registry = localeRegistry();
  if (registry.watching) return;
  registry.watching = true;
  registry.listeners.add(reportRefusal);
  const look = () => {
    if (document.querySelector('script[data-tensionkit-locale]'))
      void loadPage().then((loaded) => loaded.readPackScripts());
  };
  // Packs added later (a CMS block, a framework rendering) count too.
  new MutationObserver(look).observe(document, { childList: true, subtree: true });
  look();
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: Node };

export class LocalePacks implements ReactiveController {
  /** The built-in language the text starts from: the page's, or English. */
  locale: Locale = 'en';
  /** The registered pack for the host's language, if any. */
  pack?: LocalePack;
  /** Whether the text is English on a page in another language. */
  #foreign = false;
  readonly #host: Host;
  readonly #changed = () => this.#host.requestUpdate();

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    watchPage();
    localeRegistry().listeners.add(this.#changed);
  }

  hostDisconnected(): void {
    localeRegistry().listeners.delete(this.#changed);
  }

  /** Reads the host's language (call first in willUpdate); returns the built-in one to load. */
  read(): Locale {
    const lang = closestLang(this.#host);
    this.locale = pickLocale(lang);
    this.pack = packFor(lang);
    this.#foreign = this.locale === 'en' && !/^en\b/i.test(lang.trim());
    if ((this.pack || this.#foreign) && !page) void loadPage().then(this.#changed);
    return this.locale;
  }

  /**
   * The language our words are in, for a piece of them set inside text in another language: the
   * page's, or English on a page in a language with no pack (a key a pack lacks is not told).
   */
  get wordsLang(): string {
    return this.#foreign && !this.pack ? 'en' : closestLang(this.#host);
  }

  /** `base` (the built-in text in `locale`) with the pack's words from `pick` on top. */
  in<T extends object>(base: T, pick: (pack: LocalePack) => unknown): T {
    return page ? page.translated(this.pack, base, pick) : base;
  }

  hostUpdated(): void {
    const { pack } = this;
    page?.markEnglish(
      this.#host.renderRoot,
      this.#foreign ? (pack ? page.englishText(page.englishIn(pack)) : () => true) : undefined,
    );
  }
}
