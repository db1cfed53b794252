/**
 * The survey definition as a zod schema, for code that composes schemas: the same checks as
 * ./survey-definition.ts (which elements load without zod), plus the rubric's schema on an inline
 * rubric. `parseSurveyDefinition` is what `tensionkit/core` offers to read one. No DOM.
 */
import * as z from 'zod/mini';
import { safeParse } from './parse.js';
import type { InputProblem, ParseResult } from './parse.js';
import { rubricSchema } from './rubric-schema.js';
import { checkSurveyDefinition, surveyDefinitionProblems } from './survey-definition.js';
import type { SurveyDefinition } from './survey-definition.js';

/** An inline rubric's problems, by the rubric's own schema. */
const rubricProblems = (rubric: unknown): InputProblem[] => {
  const parsed = safeParse(rubricSchema, rubric);
  return parsed.ok ? [] : parsed.problems;
};

/**
 * Reads a survey definition (an object, or its JSON text). Never throws: every problem names its
 * field, such as `tensions[2].left.label`, `title.es` or `rubric.groups`.
 */
export const parseSurveyDefinition = (input: unknown): ParseResult<SurveyDefinition> =>
  checkSurveyDefinition(input, rubricProblems);

export const surveyDefinitionSchema = /* @__PURE__ */ z.pipe(
  /* @__PURE__ */ z
    .custom<unknown>(() => true)
    .check(
      /* @__PURE__ */ z.superRefine((value, ctx) => {
        // A dotted path as one key: formatPath gives "tensions[2].left.label" back.
        for (const { path, message } of surveyDefinitionProblems(value, rubricProblems))
          ctx.issues.push({ code: 'custom', input: value, path: path ? [path] : [], message });
      }),
    ),
  /* @__PURE__ */ z.transform(
    (value) => (checkSurveyDefinition(value) as { ok: true; value: SurveyDefinition }).value,
  ),
);
