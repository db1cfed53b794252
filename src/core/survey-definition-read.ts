/**
 * What an element loads when it meets a survey definition (internal/survey-definition.ts): the
 * definition's checks and its own tensions' text in one language. A module of its own, so a page
 * without a definition carries neither.
 */
export { checkSurveyDefinition } from './survey-definition.js';
export { resolveSurveyDefinition, withDefinitionTensions } from './survey-definition-resolve.js';
export { foreignLang } from './localized-text.js';
