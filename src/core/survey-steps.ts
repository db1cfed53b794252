/**
 * The steps of `<tension-survey layout="steps">`: one question at a time, the role first, the
 * rubric as its own step, then a review of every answer before Submit. Each step has a key that
 * names it (not its index), so a draft that kept the step resumes there even if the survey asks
 * a little differently now. No DOM.
 */

/** The role question, one tension (by id), the rubric section, or the review. */
export type SurveyStep =
  | { kind: 'role'; key: 'role' }
  | { kind: 'tension'; key: string; id: string }
  | { kind: 'rubric'; key: 'rubric' }
  | { kind: 'review'; key: 'review' };

/** The steps of a survey, in order. Tension keys are their ids (ids never say role/rubric/review). */
export function surveySteps(input: {
  roles: boolean;
  tensions: readonly string[];
  rubric: boolean;
}): SurveyStep[] {
  return [
    ...(input.roles ? [{ kind: 'role', key: 'role' } as const] : []),
    ...input.tensions.map((id) => ({ kind: 'tension', key: id, id }) as const),
    ...(input.rubric ? [{ kind: 'rubric', key: 'rubric' } as const] : []),
    { kind: 'review', key: 'review' },
  ];
}

/** Where a step key sits in the steps: the first step for an unknown or empty key. */
export function stepIndex(steps: readonly SurveyStep[], key: string | undefined): number {
  return Math.max(
    0,
    steps.findIndex((step) => step.key === key),
  );
}

/** What the progress indicator says of a step: its place among the tensions, or its kind. */
export interface StepPlace {
  /** 1-based place of the step among all steps, and how many there are. */
  now: number;
  total: number;
  /** For a tension step, its place among the tensions ("Tension 3 of 7"); 0 otherwise. */
  tension: number;
  tensions: number;
}

export function stepPlace(steps: readonly SurveyStep[], index: number): StepPlace {
  const tensions = steps.filter((step) => step.kind === 'tension');
  const step = steps[index];
  return {
    now: index + 1,
    total: steps.length,
    tension: step?.kind === 'tension' ? tensions.indexOf(step) + 1 : 0,
    tensions: tensions.length,
  };
}
