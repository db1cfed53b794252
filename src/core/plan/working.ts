/**
 * A plan while a team is still writing it (`<tension-plan>`'s working copy): text as typed, one
 * warning sign a line, step rows that may still be empty. `finishPlan` turns it into a plan that
 * passes the schema; `startPlan` makes one from the team's responses. No DOM.
 */
import { TENSION_IDS } from '../ids.js';
import type { SurveyResponse } from '../schema.js';
import { PLAN_VERSION, parsePlan } from './schema.js';
import type { PlanParse, PlanRecord } from './schema.js';

export interface WorkingStep {
  what: string;
  owner: string;
  /** YYYY-MM-DD, or '' for no date. */
  due: string;
}

export interface WorkingTension {
  aim: number | null;
  decided: boolean;
  values: string;
  keepLeft: string;
  keepRight: string;
  /** One warning sign a line. */
  signs: string;
  steps: WorkingStep[];
}

export interface WorkingPlan {
  id: string;
  title: string;
  decidedAt: string;
  locale: string;
  points: number;
  tensions: Record<string, WorkingTension>;
}

/** One tension's team figures, as the plan shows them before the decision. */
export interface TeamFigures {
  /** Respondents with an answer on "where we are" or "where we should be". */
  n: number;
  currentMean: number | null;
  desiredMean: number | null;
  /** The median "where we should be", rounded to a position: the aim's starting point. */
  desiredMedian: number | null;
  /** desiredMean - currentMean. */
  gap: number | null;
  /** The larger standard deviation of the two questions. */
  spread: number | null;
}

function positions(
  list: readonly SurveyResponse[],
  id: string,
  key: 'current' | 'desired',
  points: number,
) {
  const out: number[] = [];
  for (const response of list) {
    const value = Object.hasOwn(response.tensions, id) ? response.tensions[id]?.[key] : undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points) {
      out.push(value);
    }
  }
  return out.sort((a, b) => a - b);
}

const mean = (values: readonly number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;
const sd = (values: readonly number[]) => {
  const m = mean(values);
  return m === null
    ? null
    : Math.sqrt(values.reduce((sum, v) => sum + (v - m) ** 2, 0) / values.length);
};

/** The team's figures on one tension. */
export function teamFigures(
  responses: readonly SurveyResponse[],
  id: string,
  points: number,
): TeamFigures {
  const current = positions(responses, id, 'current', points);
  const desired = positions(responses, id, 'desired', points);
  const currentMean = mean(current);
  const desiredMean = mean(desired);
  const middle = desired.length
    ? (desired[(desired.length - 1) >> 1]! + desired[desired.length >> 1]!) / 2
    : null;
  const spreads = [sd(current), sd(desired)].filter((s): s is number => s !== null);
  return {
    n: responses.filter((r) => Object.hasOwn(r.tensions, id)).length,
    currentMean,
    desiredMean,
    // Half positions round toward the middle of the scale, so a split team is not pushed to a pole.
    desiredMedian:
      middle === null ? null : middle < (points + 1) / 2 ? Math.ceil(middle) : Math.floor(middle),
    gap: currentMean === null || desiredMean === null ? null : desiredMean - currentMean,
    spread: spreads.length ? Math.max(...spreads) : null,
  };
}

/** The tensions a team answered: the built-in ones in catalog order, then others sorted. */
export function answeredTensions(responses: readonly SurveyResponse[]): string[] {
  const seen = new Set(responses.flatMap((r) => Object.keys(r.tensions)));
  const builtIn = TENSION_IDS.filter((id) => seen.has(id));
  return [...builtIn, ...[...seen].filter((id) => !builtIn.includes(id as never)).sort()];
}

const emptyTension = (aim: number | null): WorkingTension => ({
  aim,
  decided: false,
  values: '',
  keepLeft: '',
  keepRight: '',
  signs: '',
  steps: [],
});

export interface StartOptions {
  id: string;
  decidedAt: string;
  locale: string;
  points?: number;
  /** The tensions to plan; by default those the team answered, or all seven built-in ones. */
  tensions?: readonly string[];
}

/** A working plan from the team's responses: each aim prefilled from the median "should be". */
export function startPlan(
  responses: readonly SurveyResponse[],
  options: StartOptions,
): WorkingPlan {
  const points = options.points ?? Math.max(7, ...responses.map((r) => r.points ?? 7));
  const ids =
    options.tensions ?? (responses.length ? answeredTensions(responses) : [...TENSION_IDS]);
  return {
    id: options.id,
    title: '',
    decidedAt: options.decidedAt,
    locale: options.locale,
    points,
    tensions: Object.fromEntries(
      ids.map((id) => [id, emptyTension(teamFigures(responses, id, points).desiredMedian)]),
    ),
  };
}

/**
 * New responses for a plan under way: tensions not yet decided take the new median "should be";
 * decided ones and everything written stay as they are; newly answered tensions are added.
 */
export function refreshPlan(
  working: WorkingPlan,
  responses: readonly SurveyResponse[],
): WorkingPlan {
  const tensions = { ...working.tensions };
  for (const id of answeredTensions(responses)) {
    const median = teamFigures(responses, id, working.points).desiredMedian;
    const entry = Object.hasOwn(tensions, id) ? tensions[id] : undefined; // "constructor" too
    if (!entry) tensions[id] = emptyTension(median);
    else if (!entry.decided && median !== null) tensions[id] = { ...entry, aim: median };
  }
  return { ...working, tensions };
}

/** A plan as a working copy (to go on editing an imported or stored plan). */
export function workingFromPlan(plan: PlanRecord): WorkingPlan {
  return {
    id: plan.id,
    title: plan.title,
    decidedAt: plan.decidedAt,
    locale: plan.locale,
    points: plan.points,
    tensions: Object.fromEntries(
      Object.entries(plan.tensions).map(([id, t]) => [
        id,
        {
          aim: t.aim,
          decided: t.decided,
          values: t.values,
          keepLeft: t.keeps.left,
          keepRight: t.keeps.right,
          signs: t.warningSigns.join('\n'),
          steps: t.steps.map((s) => ({ what: s.what, owner: s.owner, due: s.due ?? '' })),
        },
      ]),
    ),
  };
}

/**
 * The plan a working copy stands for: blank sign lines and step rows without a "what" are left
 * out, and the rest goes through the schema (which names any field still wrong).
 */
export function finishPlan(working: WorkingPlan): PlanParse {
  return parsePlan({
    version: PLAN_VERSION,
    id: working.id,
    title: working.title,
    decidedAt: working.decidedAt,
    locale: working.locale,
    points: working.points,
    tensions: Object.fromEntries(
      Object.entries(working.tensions).map(([id, t]) => [
        id,
        {
          aim: t.aim,
          decided: t.decided,
          values: t.values,
          keeps: { left: t.keepLeft, right: t.keepRight },
          warningSigns: t.signs.split('\n').filter((line) => line.trim()),
          steps: t.steps
            .filter((s) => s.what.trim())
            .map((s) => (s.due ? s : { what: s.what, owner: s.owner })),
        },
      ]),
    ),
  });
}
