/**
 * The numbers and languages every layer shares, in a leaf module (it imports nothing): a module
 * that needs only these does not bring the schemas, and zod, with it. `schema.ts` re-exports them.
 */

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const RESPONSE_VERSION = 1;
/** The version of a survey's stored draft (./draft.js); here so saving one needs no parser. */
export const DRAFT_VERSION = 1;
export const DEFAULT_POINTS = 7;
export const MIN_POINTS = 3;
export const MAX_POINTS = 11;
