/** The built-in district rubric, in English and Spanish: grouped dimensions, a descriptor per stage. */
import type { Locale, Rubric } from '../schema.js';
import { text as en } from './rubric-en.js';
import { text as es } from './rubric-es.js';
import { DEFAULT_RUBRIC_ID, builtInRubrics } from './rubric-text.js';
import { inLanguage } from './shared.js';

export { DEFAULT_RUBRIC_ID, DISTRICT_DIMENSION_IDS, DISTRICT_GROUP_IDS } from './rubric-text.js';

/** Built-in rubrics by language. Frozen: copy one before changing it. */
export const rubricCatalog: Readonly<Record<Locale, readonly Rubric[]>> =
  /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ builtInRubrics(en),
    es: /* @__PURE__ */ builtInRubrics(es),
  });

export function getRubric(
  id: string = DEFAULT_RUBRIC_ID,
  locale: Locale = 'en',
): Rubric | undefined {
  return inLanguage(rubricCatalog, locale).find((r) => r.id === id);
}
