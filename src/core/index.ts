/** The domain, importable without any element: `import { aggregate } from 'tensionkit/core'`. */
export * from './schema.js';
export * from './rubric-schema.js';
export * from './survey-definition.js';
export * from './survey-definition-schema.js';
export * from './survey-definition-resolve.js';
export { foreignLang, resolveText } from './localized-text.js';
export * from './catalog/index.js';
export * from './i18n/index.js';
export * from './aggregate/index.js';
export * from './codec/index.js';
// A page's own languages; the checker and the English template load only when a pack is registered.
export { registerLocale } from './i18n/register.js';
export type { LocaleReport } from './i18n/register.js';
export type { LocalePack } from './i18n/pack.js';
export * from './plan/index.js';
