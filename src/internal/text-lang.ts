import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestLang, localeOf } from './locale.js';

/**
 * Marks an element's text with the language it is in when that is not the page's: a page in a
 * language the library does not speak (`lang="fr"`) gets English text, which a screen reader must
 * read as English (WCAG 3.1.2). After each render, `lang` goes on the shadow root's top-level
 * elements, and comes off when the page's language is the text's again. Nested elements inherit
 * it, and see it as their page's language.
 */
export function markTextLang(host: ReactiveControllerHost & HTMLElement): ReactiveController {
  const controller = {
    hostUpdated() {
      const locale = localeOf(host);
      const lang = closestLang(host).toLowerCase().split('-')[0] === locale ? '' : locale;
      for (const child of host.shadowRoot?.children ?? [])
        child[lang ? 'setAttribute' : 'removeAttribute']('lang', lang);
    },
  };
  host.addController(controller);
  return controller;
}
