/**
 * The part of the locale pack support a page needs only once it uses a pack (or a language the
 * library does not have): reading pack scripts, the merge of a pack's words over the built-in
 * text, and the `lang="en"` marks. Loaded on demand by ./locale-packs.js, so a page in English
 * or Spanish without packs does not carry it.
 */
import { registerLocale } from '../core/i18n/register.js';
import { localeRegistry } from '../core/i18n/registry.js';

export { englishIn, translated } from '../core/i18n/pack-merge.js';
export { englishText, markEnglish } from './lang-mark.js';

export const PACK_SCRIPTS = 'script[type="application/json"][data-tensionkit-locale]';

/** Registers the pack scripts on the page not read yet; a bad one fires `tk-error` on itself. */
export function readPackScripts(): void {
  const { read } = localeRegistry();
  for (const script of document.querySelectorAll(PACK_SCRIPTS)) {
    if (read.has(script)) continue;
    read.add(script);
    let pack: unknown;
    try {
      pack = JSON.parse(script.textContent ?? '');
    } catch (error) {
      // Reported by the checker as "not an object", with the parser's reason.
      pack = `not JSON (${(error as Error).message})`;
    }
    void registerLocale(pack, script);
  }
}
