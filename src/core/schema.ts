/**
 * The shapes every element and codec speaks, as zod schemas, and the types derived from them.
 * `zod/mini` keeps the respondent's bundle small (about 6 KB against 24 KB for full zod).
 */
import * as z from 'zod/mini';

// Every zod call below is marked `/* @__PURE__ */` so a bundler drops the schemas a page does not
// use: the ids and constants alone then cost no zod at all, and a page that parses only responses
// does not carry the rubric's schemas (about 1 KB gzip). The marks are comments: behaviour is the
// same. Keep them on new schemas, including calls nested in arguments and chains.

export const TENSION_IDS = [
  'locus-of-control',
  'pace',
  'resource-allocation',
  'cultivating-capacity',
  'flexibility',
  'model-type',
  'sharing-learnings',
] as const;
export type TensionId = (typeof TENSION_IDS)[number];

export const STAGE_IDS = ['exploring', 'emerging', 'proficient', 'breakthrough'] as const;
export type StageId = (typeof STAGE_IDS)[number];

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const RESPONSE_VERSION = 1;
export const DEFAULT_POINTS = 7;
export const MIN_POINTS = 3;
export const MAX_POINTS = 11;

const slug = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^[a-z0-9][a-z0-9-]{0,63}$/,
      'Use 1 to 64 lowercase letters, digits and hyphens, such as "pace" or "shared-vision".',
    ),
  );
const text = (max = 500) =>
  /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.trim(),
      /* @__PURE__ */ z.minLength(1, 'This text is empty; write something here.'),
      /* @__PURE__ */ z.maxLength(max, `Keep this text under ${max} characters.`),
    );

/** The number of points on a tension's scale: odd or even, 3 to 11. */
export const pointsSchema = /* @__PURE__ */ z
  .int('Use a whole number of points, such as 7.')
  .check(
    /* @__PURE__ */ z.gte(MIN_POINTS, `A scale needs at least ${MIN_POINTS} points.`),
    /* @__PURE__ */ z.lte(MAX_POINTS, `A scale has at most ${MAX_POINTS} points.`),
  );

export const scaleSchema = /* @__PURE__ */ z.object({
  points: /* @__PURE__ */ z._default(pointsSchema, DEFAULT_POINTS),
});

export const poleSchema = /* @__PURE__ */ z.object({
  label: /* @__PURE__ */ text(80),
  benefits: /* @__PURE__ */ z
    .array(/* @__PURE__ */ text(240))
    .check(/* @__PURE__ */ z.maxLength(6, 'List at most six benefits for a pole.')),
});

export const tensionSchema = /* @__PURE__ */ z.object({
  id: slug,
  name: /* @__PURE__ */ text(80),
  question: /* @__PURE__ */ text(240),
  left: poleSchema,
  right: poleSchema,
});

export const stageSchema = /* @__PURE__ */ z.object({
  id: /* @__PURE__ */ z.enum(
    STAGE_IDS,
    'Use one of the stages exploring, emerging, proficient or breakthrough.',
  ),
  label: /* @__PURE__ */ text(40),
  summary: /* @__PURE__ */ text(240),
});

const descriptorsSchema = /* @__PURE__ */ z.object({
  exploring: /* @__PURE__ */ text(600),
  emerging: /* @__PURE__ */ text(600),
  proficient: /* @__PURE__ */ text(600),
  breakthrough: /* @__PURE__ */ text(600),
});

export const rubricDimensionSchema = /* @__PURE__ */ z.object({
  id: slug,
  group: slug,
  title: /* @__PURE__ */ text(120),
  descriptors: descriptorsSchema,
});

export const rubricGroupSchema = /* @__PURE__ */ z.object({
  id: slug,
  title: /* @__PURE__ */ text(120),
});

export const rubricSchema = /* @__PURE__ */ z
  .object({
    id: slug,
    title: /* @__PURE__ */ text(160),
    groups: /* @__PURE__ */ z
      .array(rubricGroupSchema)
      .check(/* @__PURE__ */ z.minLength(1, 'A rubric needs at least one group.')),
    dimensions: /* @__PURE__ */ z
      .array(rubricDimensionSchema)
      .check(/* @__PURE__ */ z.minLength(1, 'A rubric needs at least one dimension.')),
  })
  .check(
    // Runs even when a dimension has other problems, so an editor sees every mistake at once.
    /* @__PURE__ */ z.superRefine(
      (rubric, ctx) => {
        const groups = new Set(asArray(rubric.groups).map((group) => group?.id));
        const seen = new Set<string>();
        asArray(rubric.dimensions).forEach((dimension, index) => {
          if (typeof dimension?.group === 'string' && !groups.has(dimension.group)) {
            ctx.issues.push({
              code: 'custom',
              input: dimension.group,
              path: ['dimensions', index, 'group'],
              message: `No group "${dimension.group}" in this rubric; use one of: ${[...groups].join(', ')}.`,
            });
          }
          if (typeof dimension?.id !== 'string') return;
          if (seen.has(dimension.id)) {
            ctx.issues.push({
              code: 'custom',
              input: dimension.id,
              path: ['dimensions', index, 'id'],
              message: `The dimension id "${dimension.id}" is used twice; each needs its own.`,
            });
          }
          seen.add(dimension.id);
        });
      },
      { when: () => true },
    ),
  );

/** The value when it is an array, else none; for checks that run on input with other problems. */
function asArray<T>(value: T[] | undefined): Partial<T>[] {
  return Array.isArray(value) ? value : [];
}

export const surveyDefinitionSchema = /* @__PURE__ */ z.object({
  id: slug,
  title: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(160)),
  tensions: /* @__PURE__ */ z
    .array(slug)
    .check(/* @__PURE__ */ z.minLength(1, 'A survey needs at least one tension.')),
  points: /* @__PURE__ */ z._default(pointsSchema, DEFAULT_POINTS),
  roles: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ text(60))),
  rubric: /* @__PURE__ */ z.optional(slug),
});

/** A place on a tension: 1 (the left pole) to the scale size, or null while unanswered or unsure. */
export const positionSchema = /* @__PURE__ */ z.nullable(
  /* @__PURE__ */ z
    .int('Use a whole number from 1 to the number of points, or null.')
    .check(/* @__PURE__ */ z.gte(1, 'Positions start at 1 (the left pole).')),
);

export const tensionAnswerSchema = /* @__PURE__ */ z.object({
  current: positionSchema,
  desired: positionSchema,
});

export const rubricRatingSchema = /* @__PURE__ */ z.object({
  stage: /* @__PURE__ */ z.enum(
    STAGE_IDS,
    'Use one of the stages exploring, emerging, proficient or breakthrough.',
  ),
  evidence: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.maxLength(2000, 'Keep evidence under 2000 characters.')),
  ),
  target: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.enum(
      STAGE_IDS,
      'Use one of the stages exploring, emerging, proficient or breakthrough.',
    ),
  ),
});

export const responseSchema = /* @__PURE__ */ z
  .object({
    version: /* @__PURE__ */ z.literal(
      RESPONSE_VERSION,
      `This response format is version ${RESPONSE_VERSION}.`,
    ),
    id: /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.minLength(1, 'A response needs an id.'),
        /* @__PURE__ */ z.maxLength(64, 'Keep the id under 64 characters.'),
      ),
    survey: slug,
    role: /* @__PURE__ */ z.optional(/* @__PURE__ */ text(60)),
    submittedAt: /* @__PURE__ */ z.iso.datetime({
      offset: true,
      error: 'Use an ISO 8601 date and time, such as 2026-03-01T09:30:00Z.',
    }),
    locale: /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.regex(
          /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
          'Use a language tag such as "en" or "es".',
        ),
      ),
    points: /* @__PURE__ */ z.optional(pointsSchema),
    tensions: /* @__PURE__ */ z.record(slug, tensionAnswerSchema),
    rubric: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.record(slug, rubricRatingSchema)),
  })
  .check(
    /* @__PURE__ */ z.superRefine((response, ctx) => {
      const points = response.points ?? DEFAULT_POINTS;
      for (const [id, answer] of Object.entries(response.tensions)) {
        for (const key of ['current', 'desired'] as const) {
          const value = answer[key];
          if (value !== null && value > points) {
            ctx.issues.push({
              code: 'custom',
              input: value,
              path: ['tensions', id, key],
              message: `${value} is past the end of a ${points}-point scale; use 1 to ${points}.`,
            });
          }
        }
      }
    }),
  );

export type Scale = z.output<typeof scaleSchema>;
export type Pole = z.output<typeof poleSchema>;
export type Tension = z.output<typeof tensionSchema>;
export type Stage = z.output<typeof stageSchema>;
export type RubricDimension = z.output<typeof rubricDimensionSchema>;
export type RubricGroup = z.output<typeof rubricGroupSchema>;
export type Rubric = z.output<typeof rubricSchema>;
export type SurveyDefinition = z.output<typeof surveyDefinitionSchema>;
export type Position = z.output<typeof positionSchema>;
export type TensionAnswer = z.output<typeof tensionAnswerSchema>;
export type RubricRating = z.output<typeof rubricRatingSchema>;
export type SurveyResponse = z.output<typeof responseSchema>;

/** One problem with outside input: where it is (a dotted path) and what to do about it. */
export interface InputProblem {
  path: string;
  message: string;
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: InputProblem[] };

/** Turns a path such as ['tensions', 'pace', 'current'] into "tensions.pace.current". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    const name = String(key);
    return out ? `${out}.${name}` : name;
  }, '');
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  object: 'an object with named fields',
  array: 'a list',
  record: 'an object keyed by id',
  boolean: 'true or false',
};

/** Messages for the issues no schema above words itself: mostly missing and mistyped fields. */
function fallbackMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') {
    const expected = EXPECTED[issue.expected] ?? issue.expected;
    return issue.input === undefined
      ? `This field is missing; it should be ${expected}.`
      : `Expected ${expected} here.`;
  }
  if (issue.code === 'invalid_value') return 'This value is not one of the allowed choices.';
  return undefined;
}

/** Parses outside input without throwing; every problem carries its path. */
export function safeParse<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = /* @__PURE__ */ z.safeParse(schema, input, { error: fallbackMessage });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    })),
  };
}

/** A one-line description of the problems, for messages and console output. */
export function describeProblems(problems: readonly InputProblem[], limit = 3): string {
  const shown = problems
    .slice(0, limit)
    .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
  const more = problems.length - shown.length;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

export const parseResponse = (input: unknown) => safeParse(responseSchema, input);
export const parseRubric = (input: unknown) => safeParse(rubricSchema, input);
export const parseTension = (input: unknown) => safeParse(tensionSchema, input);
export const parseSurveyDefinition = (input: unknown) => safeParse(surveyDefinitionSchema, input);
