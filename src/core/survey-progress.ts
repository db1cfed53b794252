/** How far a respondent is through `<tension-survey>`. No DOM. */
import { marksOf } from './draft-state.js';

/** How far a respondent is: answers given of answers counted, and the optional rubric's own count. */
export interface SurveyProgress {
  done: number;
  total: number;
  /** An optional rubric section's ratings, counted apart; absent when not shown or required. */
  rubric?: { rated: number; total: number };
}

/**
 * Counts a survey's progress. A tension counts once both markers are placed or Unsure. A required
 * rubric counts each dimension as an answer; an optional one gets its own count, so a respondent
 * who skips it still reaches "all answered".
 */
export function surveyProgress(input: {
  tensions: readonly string[];
  answers: Readonly<Record<string, readonly (number | null)[]>>;
  /** The rubric section's rated and total dimensions (total 0: no rubric shown). */
  rubric?: { rated: number; total: number; required: boolean };
}): SurveyProgress {
  const answered = input.tensions.filter((id) => {
    const marks = marksOf(input.answers, id);
    return marks.length === 2 && !marks.includes(null);
  }).length;
  const rubric = input.rubric;
  if (!rubric?.total) return { done: answered, total: input.tensions.length };
  if (rubric.required)
    return { done: answered + rubric.rated, total: input.tensions.length + rubric.total };
  return {
    done: answered,
    total: input.tensions.length,
    rubric: { rated: rubric.rated, total: rubric.total },
  };
}
