/**
 * `<tension-survey>`'s configuration, checked when it is set: a survey that cannot produce a valid
 * response says so at once, instead of meeting its respondent with a Submit that does nothing.
 * Junk of any type (a Symbol, an object) comes back as problems, never as a throw. No DOM.
 */
import * as z from 'zod/mini';
import {
  DEFAULT_POINTS,
  TENSION_IDS,
  isTensionId,
  pointsSchema,
  safeParse,
  slug,
  text,
} from './schema.js';
import type { InputProblem } from './schema.js';

export interface SurveyConfig {
  /** The tension ids to ask, in order (all seven when none are named). */
  ids: string[];
  /** The roles offered; empty (no role question) while one of them is not a valid role. */
  roles: string[];
  /** The scale size to use: the default while `points` is not a valid size. */
  points: number;
  problems: InputProblem[];
}

// What the response schema would refuse is refused here, before anyone answers.
const configSchema = /* @__PURE__ */ z.object({
  tensions: /* @__PURE__ */ z.string(),
  roles: /* @__PURE__ */ z.array(/* @__PURE__ */ text(60)),
  survey: slug,
  points: pointsSchema,
  // A `strings` attribute that is not JSON stays text (internal/strings-attribute.ts): refused.
  strings: /* @__PURE__ */ z.nullish(/* @__PURE__ */ z.object({})),
  layout: /* @__PURE__ */ z.nullish(
    /* @__PURE__ */ z.enum(['auto', 'steps', 'page'], 'Use "auto", "steps" or "page".'),
  ),
});

/** Items of a list attribute; anything but text stays as it is, for the schema to refuse. */
const list = (value: unknown, separator: RegExp) =>
  typeof value === 'string'
    ? value
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** Checks a survey's attributes and properties; what is usable comes back beside the problems. */
export function surveyConfig(input: {
  tensions: unknown;
  roles: unknown;
  survey: unknown;
  points: unknown;
  strings: unknown;
  layout?: unknown;
}): SurveyConfig {
  const { tensions, roles, survey, points, strings, layout } = input;
  const result = safeParse(configSchema, {
    tensions,
    roles: list(roles, /,/),
    survey,
    points,
    strings,
    layout,
  });
  const problems = result.ok ? [] : result.problems;
  const bad = (field: string) => problems.some((problem) => problem.path.startsWith(field));
  const asked = bad('tensions') ? [] : (list(tensions, /[\s,]+/) as string[]);
  const known = isTensionId;
  const unknown = asked.filter((id) => !known(id));
  if (unknown.length)
    problems.push({
      path: 'tensions',
      message: `Unknown tension ${unknown.join(', ')}; use ${TENSION_IDS.join(', ')}.`,
    });
  return {
    ids: asked.length ? asked.filter(known) : [...TENSION_IDS],
    roles: bad('roles') ? [] : (list(roles, /,/) as string[]),
    points: bad('points') ? DEFAULT_POINTS : (points as number),
    problems,
  };
}
