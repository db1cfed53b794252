/**
 * A plan: the path a team chose on each tension after comparing where it is with where it should
 * be. A plan is data (JSON, a share code), so a district can publish it and check back against it.
 */
import * as z from 'zod/mini';
import { safeParse, slug } from '../parse.js';
import type { ParseResult } from '../parse.js';
import {
  DEFAULT_POINTS,
  dateTimeSchema,
  isoDateTimeToMillis,
  languageTagSchema,
  pointsSchema,
  positionSchema,
} from '../schema.js';
import type { InputProblem } from '../parse.js';

export const PLAN_VERSION = 1;
/** Limits that keep a plan to what fits on one or two printed pages. */
export const PLAN_LIMITS = Object.freeze({
  title: 160,
  values: 1000,
  keep: 500,
  warningSign: 240,
  warningSigns: 6,
  stepWhat: 240,
  owner: 80,
  steps: 12,
});

const DATE_MESSAGE = 'Use a date such as 2026-09-30.';

/** Text that may be empty (a field the team has not filled in yet), trimmed, up to `max`. */
const optionalText = (max: number) =>
  /* @__PURE__ */ z._default(
    /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.trim(),
        /* @__PURE__ */ z.maxLength(max, `Keep this text under ${max} characters.`),
      ),
    '',
  );

/** A calendar date, YYYY-MM-DD, that exists. */
export const planDateSchema = /* @__PURE__ */ z
  .string(DATE_MESSAGE)
  .check(
    /* @__PURE__ */ z.refine(
      (value) =>
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(isoDateTimeToMillis(`${value}T00:00:00Z`)),
      DATE_MESSAGE,
    ),
  );

export const planStepSchema = /* @__PURE__ */ z.object({
  what: /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.trim(),
      /* @__PURE__ */ z.minLength(1, 'Say what the step is.'),
      /* @__PURE__ */ z.maxLength(
        PLAN_LIMITS.stepWhat,
        `Keep a step under ${PLAN_LIMITS.stepWhat} characters.`,
      ),
    ),
  owner: /* @__PURE__ */ optionalText(PLAN_LIMITS.owner),
  due: /* @__PURE__ */ z.optional(planDateSchema),
});

export const planTensionSchema = /* @__PURE__ */ z.object({
  /** Where the district aims to be: 1 (the left pole) to `points`; null before any aim is set. */
  aim: positionSchema,
  /** False while the aim is only the team's prefilled "should be", not a decision. */
  decided: /* @__PURE__ */ z._default(/* @__PURE__ */ z.boolean(), false),
  values: /* @__PURE__ */ optionalText(PLAN_LIMITS.values),
  keeps: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z.object({
      left: /* @__PURE__ */ optionalText(PLAN_LIMITS.keep),
      right: /* @__PURE__ */ optionalText(PLAN_LIMITS.keep),
    }),
    { left: '', right: '' },
  ),
  warningSigns: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z
      .array(
        /* @__PURE__ */ z
          .string()
          .check(
            /* @__PURE__ */ z.trim(),
            /* @__PURE__ */ z.minLength(1, 'This warning sign is empty; write it or remove it.'),
            /* @__PURE__ */ z.maxLength(
              PLAN_LIMITS.warningSign,
              `Keep a warning sign under ${PLAN_LIMITS.warningSign} characters.`,
            ),
          ),
      )
      .check(
        /* @__PURE__ */ z.maxLength(
          PLAN_LIMITS.warningSigns,
          `List at most ${PLAN_LIMITS.warningSigns} warning signs for a tension.`,
        ),
      ),
    [],
  ),
  steps: /* @__PURE__ */ z._default(
    /* @__PURE__ */ z
      .array(planStepSchema)
      .check(
        /* @__PURE__ */ z.maxLength(
          PLAN_LIMITS.steps,
          `List at most ${PLAN_LIMITS.steps} steps for a tension.`,
        ),
      ),
    [],
  ),
});

export const planSchema = /* @__PURE__ */ z
  .object({
    version: /* @__PURE__ */ z.literal(
      PLAN_VERSION,
      `This plan format is version ${PLAN_VERSION}.`,
    ),
    id: /* @__PURE__ */ z
      .string()
      .check(
        /* @__PURE__ */ z.minLength(1, 'A plan needs an id.'),
        /* @__PURE__ */ z.maxLength(64, 'Keep the id under 64 characters.'),
      ),
    title: /* @__PURE__ */ optionalText(PLAN_LIMITS.title),
    decidedAt: dateTimeSchema,
    locale: languageTagSchema,
    points: /* @__PURE__ */ z._default(pointsSchema, DEFAULT_POINTS),
    tensions: /* @__PURE__ */ z.record(slug, planTensionSchema),
  })
  .check(
    /* @__PURE__ */ z.superRefine((plan, ctx) => {
      for (const [id, tension] of Object.entries(plan.tensions)) {
        if (tension.aim !== null && tension.aim > plan.points) {
          ctx.issues.push({
            code: 'custom',
            input: tension.aim,
            path: ['tensions', id, 'aim'],
            message: `${tension.aim} is past the end of a ${plan.points}-point scale; use 1 to ${plan.points}.`,
          });
        }
      }
    }),
  );

export type PlanRecord = z.output<typeof planSchema>;
export type PlanTension = z.output<typeof planTensionSchema>;
export type PlanStep = z.output<typeof planStepSchema>;

/** What `parsePlan` returns: the plan, or null with every problem and its field path. */
export interface PlanParse {
  plan: PlanRecord | null;
  problems: InputProblem[];
}

/** Reads a plan from outside (a parsed JSON value, a property). Never throws. */
export function parsePlan(input: unknown): PlanParse {
  let result: ParseResult<PlanRecord>;
  try {
    result = safeParse(planSchema, input);
  } catch {
    // A hostile object (a throwing getter, a revoked proxy) is bad input like any other.
    result = { ok: false, problems: [{ path: '', message: 'This plan could not be read.' }] };
  }
  return result.ok
    ? { plan: result.value, problems: [] }
    : { plan: null, problems: result.problems };
}

/** An empty tension entry: no aim yet, nothing decided or written. */
export const emptyPlanTension = (aim: number | null = null): PlanTension => ({
  aim,
  decided: false,
  values: '',
  keeps: { left: '', right: '' },
  warningSigns: [],
  steps: [],
});
