/**
 * One rule for adding a respondent's own response to their team's: the team without any
 * response under the same id, then the respondent's.
 *
 * The respondent's response always wins, whatever the dates say. It is the answer the page has
 * just been handed for this person (a `<tension-survey>` submitted next to a `<gap-chart for=>`),
 * and the element draws it as "You": counting any other version of the same id in the team's
 * figures would make the team's dots and means disagree with the markers labelled as that
 * person's. `dedupeResponses` in the codec, which keeps the latest `submittedAt`, is the rule for
 * lists of unknown provenance (files, pasted codes) where no version is known to be the right one.
 */
import type { SurveyResponse } from './schema.js';

/**
 * The team's responses with `own` in place of any response under its id (at the end of the
 * list); the team's list itself when `own` is null. Never mutates `responses`.
 */
export function mergeRespondent(
  responses: readonly SurveyResponse[],
  own: SurveyResponse | null,
): readonly SurveyResponse[] {
  if (!own) return responses;
  return [...responses.filter((response) => response.id !== own.id), own];
}
