/**
 * The seven tensions in English and Spanish. Kept apart from the rubric, the stages and the
 * facilitator prompts so a page with only sliders loads no more text than it shows; elements that
 * must stay small load one language at a time (./on-demand.js).
 */
import type { Locale, Tension } from '../schema.js';
import { deepFreeze, inLanguage } from './shared.js';
import { buildTensions } from './tension-text.js';
import { text as en } from './tensions-en.js';
import { text as es } from './tensions-es.js';

export interface TensionCatalog {
  tensions: readonly Tension[];
}

export const tensionCatalog: Readonly<Record<Locale, TensionCatalog>> =
  /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ Object.freeze({ tensions: /* @__PURE__ */ deepFreeze(buildTensions(en)) }),
    es: /* @__PURE__ */ Object.freeze({ tensions: /* @__PURE__ */ deepFreeze(buildTensions(es)) }),
  });

// Defined with the ids; part of the catalog's surface as before.
export { isTensionId } from '../ids.js';

export function getTension(id: string, locale: Locale = 'en'): Tension | undefined {
  return inLanguage(tensionCatalog, locale).tensions.find((t) => t.id === id);
}
