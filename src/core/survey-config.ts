/**
 * `<tension-survey>`'s configuration, checked when it is set: a survey that cannot produce a valid
 * response says so at once, instead of meeting its respondent with a Submit that does nothing.
 * Junk of any type (a Symbol, an object) comes back as problems, never as a throw. No DOM.
 */
import {
  isObjectLike,
  pointsProblems,
  problemList,
  slugProblem,
  textProblems,
  wrongType,
} from './plain-checks.js';
import { DEFAULT_POINTS } from './constants.js';
import { TENSION_IDS, isTensionId } from './ids.js';
import type { InputProblem } from './schema.js';

/** The survey's `layout` values (see <tension-survey>). */
export const SURVEY_LAYOUTS = ['auto', 'steps', 'page'] as const;

export interface SurveyConfig {
  /** The tension ids to ask, in order (all seven when none are named). */
  ids: string[];
  /** The roles offered; empty (no role question) while one of them is not a valid role. */
  roles: string[];
  /** The scale size to use: the default while `points` is not a valid size. */
  points: number;
  problems: InputProblem[];
}

/**
 * What the response schema would refuse is refused here, before anyone answers: the problems
 * zod's `object({ tensions: string(), roles: array(text(60)), survey: slug, points: pointsSchema,
 * strings: nullish(object({})) })` gives, in its order, without loading zod (./plain-checks.ts;
 * a unit test holds the two together).
 */
function configProblems(input: {
  tensions: unknown;
  roles: unknown;
  survey: unknown;
  points: unknown;
  strings: unknown;
  layout: unknown;
}): InputProblem[] {
  const { problems, add } = problemList();
  if (typeof input.tensions !== 'string') add('tensions', wrongType(input.tensions, 'text'));
  if (!Array.isArray(input.roles)) add('roles', wrongType(input.roles, 'a list'));
  else
    // Every index, holes included (zod reads a hole as undefined).
    for (let i = 0; i < input.roles.length; i++)
      for (const message of textProblems(input.roles[i], 60)) add(`roles[${i}]`, message);
  add('survey', slugProblem(input.survey));
  for (const message of pointsProblems(input.points)) add('points', message);
  // A `strings` attribute that is not JSON stays text (internal/strings-attribute.ts): refused.
  if (input.strings != null && !isObjectLike(input.strings))
    add('strings', wrongType(input.strings, 'an object with named fields'));
  if (input.layout != null && !(SURVEY_LAYOUTS as readonly unknown[]).includes(input.layout))
    add('layout', 'Use "auto", "steps" or "page".');
  return problems;
}

/** Items of a list attribute; anything but text stays as it is, for the schema to refuse. */
const list = (value: unknown, separator: RegExp) =>
  typeof value === 'string'
    ? value
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

/** A survey's attributes and properties, as given. */
export interface SurveyConfigInput {
  tensions: unknown;
  roles: unknown;
  survey: unknown;
  points: unknown;
  strings: unknown;
  layout?: unknown;
}

/** Checks a survey's attributes and properties; what is usable comes back beside the problems. */
export function surveyConfig(input: SurveyConfigInput): SurveyConfig {
  const { tensions, roles, survey, points, strings, layout } = input;
  const problems = configProblems({
    tensions,
    roles: list(roles, /,/),
    survey,
    points,
    strings,
    layout,
  });
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
