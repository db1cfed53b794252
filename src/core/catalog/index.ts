/**
 * Built-in content, in English and Spanish. Elements import the part they need (tensions, stages,
 * rubric or prompts) so a page loads only that text; `catalog` puts it all together for
 * `tensionkit/core`.
 */
import type { Locale, Rubric, Stage, TensionId } from '../schema.js';
import { discussionPrompts } from './prompts.js';
import { rubricCatalog } from './rubric.js';
import { stageCatalog } from './stages.js';
import { tensionCatalog, type TensionCatalog } from './tensions.js';

export * from './rubric.js';
export * from './tensions.js';
export { getStage, stageCatalog, stagesIn } from './stages.js';
export { discussionPrompts, getPrompts } from './prompts.js';

export interface CatalogLanguage extends TensionCatalog {
  stages: readonly Stage[];
  prompts: Readonly<Record<TensionId, readonly string[]>>;
  rubrics: readonly Rubric[];
}

const inLanguage = (locale: Locale): CatalogLanguage =>
  Object.freeze({
    ...tensionCatalog[locale],
    stages: stageCatalog[locale],
    prompts: discussionPrompts[locale],
    rubrics: rubricCatalog[locale],
  });

/** Built-in content by language. Frozen: copy an entry before changing it. */
export const catalog: Readonly<Record<Locale, CatalogLanguage>> = /* @__PURE__ */ Object.freeze({
  en: /* @__PURE__ */ inLanguage('en'),
  es: /* @__PURE__ */ inLanguage('es'),
});
