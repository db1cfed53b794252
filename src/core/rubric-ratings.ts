/**
 * One respondent's rubric ratings: the draft a form keeps while someone is still rating (a note
 * may come before a stage), the schema-valid value it submits, and the summary it shows (how many
 * dimensions at each stage, how far from the targets). Pure; no DOM.
 */
import * as z from 'zod/mini';
import { stageIndex } from './ids.js';
import { STAGE_IDS, rubricRatingSchema, safeParse } from './schema.js';
import type { InputProblem, RubricRating, StageId } from './schema.js';

/** What a respondent has entered for one dimension so far; `stage` may still be missing. */
export type RatingDraft = Partial<RubricRating>;

/** Ratings by dimension id, as the `value` of `<stage-rubric>` and a response's `rubric`. */
export type RubricValue = Record<string, RubricRating>;

// Defined with the stage ids; the rubric's modules have imported it from here.
export { stageIndex };

/**
 * The submittable value: dimensions (in the given order) that have a stage, with an evidence note
 * only when it has text and a target only when one was chosen.
 */
export function ratingsOf(
  drafts: Readonly<Record<string, RatingDraft | undefined>>,
  dimensions: readonly string[],
): RubricValue {
  const value: RubricValue = {};
  for (const id of dimensions) {
    const draft = drafts[id];
    if (!draft?.stage) continue;
    const rating: RubricRating = { stage: draft.stage };
    if (draft.evidence?.trim()) rating.evidence = draft.evidence;
    if (draft.target) rating.target = draft.target;
    value[id] = rating;
  }
  return value;
}

export interface RatingSummary {
  /** Dimensions in the rubric. */
  total: number;
  /** Dimensions with a stage. */
  rated: number;
  /** Rated dimensions per stage. */
  counts: Record<StageId, number>;
  /** Rated dimensions that also have a target. */
  withTarget: number;
  /** Of those, how many are below their target. */
  belowTarget: number;
  /** The stages still to climb, summed over the dimensions below their target. */
  stepsToTarget: number;
  /** The first dimension (in rubric order) without a stage, or null when all are rated. */
  firstUnrated: string | null;
}

/** Counts a respondent's ratings over the rubric's dimensions (in order). */
export function summarizeRatings(
  drafts: Readonly<Record<string, RatingDraft | undefined>>,
  dimensions: readonly string[],
): RatingSummary {
  const counts = Object.fromEntries(STAGE_IDS.map((id) => [id, 0])) as Record<StageId, number>;
  const summary: RatingSummary = {
    total: dimensions.length,
    rated: 0,
    counts,
    withTarget: 0,
    belowTarget: 0,
    stepsToTarget: 0,
    firstUnrated: null,
  };
  for (const id of dimensions) {
    const { stage, target } = drafts[id] ?? {};
    if (!stage) {
      summary.firstUnrated ??= id;
      continue;
    }
    summary.rated++;
    counts[stage]++;
    if (!target) continue;
    summary.withTarget++;
    const steps = stageIndex(target) - stageIndex(stage);
    if (steps > 0) {
      summary.belowTarget++;
      summary.stepsToTarget += steps;
    }
  }
  return summary;
}

const draftSchema = z.partial(rubricRatingSchema);

/**
 * Reads ratings from outside (a `value` set by the page, a restored form state), entry by entry,
 * so one bad entry does not lose the others. With `drafts`, a stage may be missing (a note typed
 * before a stage was chosen). Problems carry paths such as "value.roadmap.stage".
 */
export function readRatings(
  input: unknown,
  { drafts = false, path = 'value' } = {},
): { ratings: Record<string, RatingDraft>; problems: InputProblem[] } {
  const ratings: Record<string, RatingDraft> = {};
  const problems: InputProblem[] = [];
  if (input == null) return { ratings, problems };
  if (typeof input !== 'object' || Array.isArray(input)) {
    problems.push({ path, message: 'Expected an object keyed by dimension id.' });
    return { ratings, problems };
  }
  for (const [id, entry] of Object.entries(input)) {
    // JSON.parse makes "__proto__" an own key; assigned to `ratings` it would swap its prototype.
    if (id === '__proto__') {
      problems.push({ path: `${path}.${id}`, message: 'Not a dimension id.' });
      continue;
    }
    const result = safeParse<RatingDraft>(drafts ? draftSchema : rubricRatingSchema, entry);
    if (result.ok) ratings[id] = result.value;
    else
      for (const problem of result.problems)
        problems.push({
          path: [path, id, problem.path].filter(Boolean).join('.'),
          message: problem.message,
        });
  }
  return { ratings, problems };
}
