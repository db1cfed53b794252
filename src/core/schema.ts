/**
 * The shapes every element and codec speaks, as zod schemas, and the types derived from them.
 * `zod/mini` keeps the respondent's bundle small (about 6 KB against 24 KB for full zod).
 */
import * as z from 'zod/mini';
import { DEFAULT_POINTS, MAX_POINTS, MIN_POINTS, RESPONSE_VERSION } from './constants.js';
import { STAGE_IDS } from './ids.js';
import { safeParse, slug, text } from './parse.js';

// The ids and the parsing helpers have leaf modules of their own; they are part of this module's
// public surface as before.
export { DEFAULT_SURVEY_ID, STAGE_IDS, TENSION_IDS, isTensionId } from './ids.js';
export type { StageId, TensionId } from './ids.js';
export { describeProblems, formatPath, safeParse, slug, text } from './parse.js';
export type { InputProblem, ParseResult } from './parse.js';

// Every zod call below is marked `/* @__PURE__ */` so a bundler drops the schemas a page does not
// use: the ids and constants alone then cost no zod at all, and a page that parses only responses
// does not carry the rubric's schemas (about 1 KB gzip). The marks are comments: behaviour is the
// same. Keep them on new schemas, including calls nested in arguments and chains.

export {
  DEFAULT_POINTS,
  DRAFT_VERSION,
  LOCALES,
  MAX_POINTS,
  MIN_POINTS,
  RESPONSE_VERSION,
} from './constants.js';
export type { Locale } from './constants.js';

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

const stageIdSchema = /* @__PURE__ */ z.enum(
  STAGE_IDS,
  'Use one of the stages exploring, emerging, proficient or breakthrough.',
);

export const stageSchema = /* @__PURE__ */ z.object({
  id: stageIdSchema,
  label: /* @__PURE__ */ text(40),
  summary: /* @__PURE__ */ text(240),
});

const DATE_TIME_MESSAGE = 'Use an ISO 8601 date and time, such as 2026-03-01T09:30:00Z.';
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Milliseconds since 1970 of an ISO 8601 date and time with a zone ("Z" or "+02:00"), seconds and
 * fractions optional, any year 0000-9999; NaN for anything else, an impossible date included
 * (2026-02-30). Our own check rather than zod's, which would add about 0.5 KB to every survey.
 */
export function isoDateTimeToMillis(iso: string): number {
  const m = ISO_DATE_TIME.exec(iso);
  if (!m) return NaN;
  const [y, mo, d, h, mi, s = 0, , , oh = 0, om = 0] = m.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(0);
  date.setUTCFullYear(y!, mo! - 1, d);
  date.setUTCHours(h!, mi, s, Number((m[7] ?? '').slice(0, 3).padEnd(3, '0')));
  const real =
    date.getUTCMonth() === mo! - 1 &&
    date.getUTCDate() === d &&
    h! < 24 &&
    mi! < 60 &&
    s < 60 &&
    oh < 24 &&
    om < 60;
  const offset = (oh * 60 + om) * 60000;
  return real ? date.getTime() - (m[8] === '-' ? -offset : m[8] === '+' ? offset : 0) : NaN;
}

/** An ISO 8601 date and time with a zone, checked by `isoDateTimeToMillis` (responses, plans). */
export const dateTimeSchema = /* @__PURE__ */ z
  .string(DATE_TIME_MESSAGE)
  .check(
    /* @__PURE__ */ z.refine(
      (value) => !Number.isNaN(isoDateTimeToMillis(value)),
      DATE_TIME_MESSAGE,
    ),
  );

/** A BCP 47 language tag such as "en" or "es-MX" (responses, plans). */
export const languageTagSchema = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.regex(
      /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
      'Use a language tag such as "en" or "es".',
    ),
  );

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
  stage: stageIdSchema,
  evidence: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z
      .string()
      .check(/* @__PURE__ */ z.maxLength(2000, 'Keep evidence under 2000 characters.')),
  ),
  target: /* @__PURE__ */ z.optional(stageIdSchema),
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
    submittedAt: dateTimeSchema,
    locale: languageTagSchema,
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
// Declared with the rubric's schema, a module of its own so the elements that never read a rubric
// from a page do not carry its checks.
export type { Rubric, RubricDimension, RubricGroup } from './rubric-schema.js';
// The survey definition's schema and type: ./survey-definition.ts (a module of its own, loaded
// only by elements given a definition).
export type Position = z.output<typeof positionSchema>;
export type TensionAnswer = z.output<typeof tensionAnswerSchema>;
export type RubricRating = z.output<typeof rubricRatingSchema>;
export type SurveyResponse = z.output<typeof responseSchema>;

export const parseResponse = (input: unknown) => safeParse(responseSchema, input);
export const parseTension = (input: unknown) => safeParse(tensionSchema, input);
