/**
 * Writing a survey draft: `<tension-survey persist>` stores one on every answer, and its form
 * keeps one as the state the browser restores. Reading one back, with its schema, is ./draft.ts
 * (`fromDraft`), which the survey loads only when it has a draft to read. No DOM, no zod.
 */
import { DRAFT_VERSION } from './constants.js';
import type { RubricRating } from './schema.js';

/** What `<tension-survey>` keeps of a respondent's work in progress. */
export interface SurveyDraftState {
  /** The chosen role, or "" before one is chosen. */
  role: string;
  /** Markers by tension id: [current, desired], each a position, null, or 0 for Unsure. */
  answers: Record<string, (number | null)[]>;
  /** The rubric section's draft by dimension id; absent for a survey without a rubric. */
  rubric?: Record<string, Partial<RubricRating>> | undefined;
  /** The step on screen in the steps layout (core/survey-steps.ts keys); absent in the page layout. */
  step?: string | undefined;
}

/**
 * A tension's markers in `answers`, or [] for none. An own key only: a survey's own tension may
 * be called "constructor", which every object inherits.
 */
export function marksOf(
  answers: Readonly<Record<string, readonly (number | null)[]>>,
  id: string,
): readonly (number | null)[] {
  return (Object.hasOwn(answers, id) ? answers[id] : undefined) ?? [];
}

/** A draft as read back: every part but the step, which only the steps layout writes. */
export type ReadDraftState = Required<Omit<SurveyDraftState, 'step'>> & { step?: string };

/** A draft as stored (JSON), in the shape ./draft.ts reads back. */
export interface StoredDraft {
  v: typeof DRAFT_VERSION;
  role: string;
  answers: Record<string, (number | null)[]>;
  rubric?: Record<string, Partial<RubricRating>>;
  step?: string;
}

/** The draft to store for a survey's state (a survey without a rubric stores no `rubric`). */
export function toDraft(state: SurveyDraftState): StoredDraft {
  return {
    v: DRAFT_VERSION,
    role: state.role,
    answers: state.answers,
    ...(state.rubric !== undefined && { rubric: state.rubric }),
    ...(state.step && { step: state.step }),
  };
}
