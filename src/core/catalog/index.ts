/**
 * Built-in content, in English and Spanish. Elements import the part they need (tensions or
 * rubric) so a page loads only that text; `catalog` puts it all together for `tensionkit/core`.
 */
import type { Locale, Rubric } from '../schema.js';
import { rubricCatalog } from './rubric.js';
import { tensionCatalog, type TensionCatalog } from './tensions.js';

export * from './rubric.js';
export * from './tensions.js';
export { stageCatalog, stagesIn } from './stages.js';

export interface CatalogLanguage extends TensionCatalog {
  rubrics: readonly Rubric[];
}

/** Built-in content by language. Frozen: copy an entry before changing it. */
export const catalog: Readonly<Record<Locale, CatalogLanguage>> = Object.freeze({
  en: Object.freeze({ ...tensionCatalog.en, rubrics: rubricCatalog.en }),
  es: Object.freeze({ ...tensionCatalog.es, rubrics: rubricCatalog.es }),
});

/** Facilitator prompts per tension, for a team that is split or far from where it wants to be. */
export const discussionPrompts: Readonly<Record<Locale, CatalogLanguage['prompts']>> =
  Object.freeze({ en: catalog.en.prompts, es: catalog.es.prompts });
