/**
 * The response `<tension-survey>` submits, built from the respondent's answers and checked by the
 * schema. No DOM.
 */
import { marksOf } from './draft-state.js';
import { DEFAULT_POINTS, RESPONSE_VERSION, parseResponse } from './schema.js';
import type { Locale, ParseResult, RubricRating, SurveyResponse } from './schema.js';

export interface SurveyAnswers {
  /** The response's id (one per respondent). */
  id: string;
  /** The survey id written into the response. */
  survey: string;
  /** The tensions asked, in order: each gets an answer, null where unanswered or Unsure. */
  tensions: readonly string[];
  /** Markers by tension id: [current, desired], each a position, null, or 0 for Unsure. */
  answers: Readonly<Record<string, readonly (number | null)[]>>;
  /** The chosen role; "" or absent for none. */
  role?: string;
  locale: Locale;
  /** The scale size; the response names it only when it is not the default. */
  points?: number;
  /** The rubric section's ratings (rated dimensions only); none or empty: no `rubric`. */
  rubric?: Readonly<Record<string, RubricRating>> | undefined;
  /** Default: now. */
  submittedAt?: string;
}

/** Builds the response from the answers; the schema's problems come back if it does not pass. */
export function buildResponse(input: SurveyAnswers): ParseResult<SurveyResponse> {
  const tensions: Record<string, { current: number | null; desired: number | null }> = {};
  for (const id of input.tensions) {
    const [current, desired] = marksOf(input.answers, id);
    // Unsure (0) is submitted as null, as unanswered is: no position to count.
    tensions[id] = { current: current || null, desired: desired || null };
  }
  const points = input.points ?? DEFAULT_POINTS;
  return parseResponse({
    version: RESPONSE_VERSION,
    id: input.id,
    survey: input.survey,
    ...(input.role && { role: input.role }),
    submittedAt: input.submittedAt ?? new Date().toISOString(),
    locale: input.locale,
    ...(points !== DEFAULT_POINTS && { points }),
    tensions,
    ...(input.rubric && Object.keys(input.rubric).length > 0 && { rubric: input.rubric }),
  });
}
