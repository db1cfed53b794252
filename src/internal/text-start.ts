/**
 * Starts fetching the page's built-in tension text as the first thing a respondent's script
 * runs. The survey's and slider's entry files import this module (its own small chunk, see
 * rollup.config.js) before Lit and the element, so the text's request leaves while those are
 * evaluated, instead of at the element's first render, a round trip later (issue 14). The
 * element loads the same module through core/catalog/on-demand.ts and gets this request's
 * result. It imports nothing statically: anything shared with the element would make it wait
 * for the element's chunk. An element in another language than the page loads its own text as
 * before; this request is then a few unused kilobytes.
 */

/** The built-in language of a page's `lang`, as `pickLocale` (core/i18n) chooses it. */
export function pageTextLocale(lang: string): 'en' | 'es' {
  return lang.trim().toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

if (typeof document !== 'undefined') {
  const lang = document.documentElement.lang || navigator.language || 'en';
  // A failure here is the element's to report when it loads the text itself.
  void (
    pageTextLocale(lang) === 'es'
      ? import('../core/catalog/tensions-es.js')
      : import('../core/catalog/tensions-en.js')
  ).catch(() => undefined);
}
