/**
 * Explore both sides of each tension: the signs of leaning too far toward each pole, and
 * strategies districts used between them, in English and Spanish. Elements load one language on
 * demand (`exploreOnDemand`); `tensionkit/core` users read `getExplore`.
 */
import type { Locale } from '../schema.js';
import { exploreOf } from './explore-text.js';
import type { ExploreText, TensionExplore } from './explore-text.js';
import { deepFreeze, inLanguage } from './shared.js';
import { text as en } from './explore-en.js';
import { text as es } from './explore-es.js';

export type { TensionExplore } from './explore-text.js';

export const exploreCatalog: Readonly<Record<Locale, ExploreText>> = /* @__PURE__ */ Object.freeze({
  en: /* @__PURE__ */ deepFreeze(en),
  es: /* @__PURE__ */ deepFreeze(es),
});

/** The explore text of a built-in tension, or undefined for another id. */
export function getExplore(id: string, locale: Locale = 'en'): TensionExplore | undefined {
  return exploreOf(inLanguage(exploreCatalog, locale), id);
}
