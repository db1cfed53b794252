/**
 * Checking back against a plan at a later check-in: per tension, where the team now sees itself
 * against its aim, whether it moved toward the aim since the baseline, whether it still agrees on
 * where it wants to go, and which of its warning signs to talk about. No DOM.
 */
import type { SurveyResponse } from '../schema.js';
import { leanOf } from './statement.js';
import type { PlanRecord } from './schema.js';

export interface CheckBackOptions {
  /** A change in distance to the aim smaller than this (in points) is "steady". Default 0.25. */
  movementTolerance?: number;
  /** "At the aim" when the team's mean "where we are" is within this of the aim. Default 0.5. */
  atAimTolerance?: number;
  /**
   * "Still aligned" while the spread (standard deviation) of "where we should be" is at most this
   * share of the scale's range (points - 1). Default 0.25: 1.5 points on a 7-point scale.
   */
  alignedSpreadShare?: number;
}

export const CHECK_BACK_DEFAULTS = Object.freeze({
  movementTolerance: 0.25,
  atAimTolerance: 0.5,
  alignedSpreadShare: 0.25,
});

/** Where the team sees itself now, against the aim. */
export type AimPosition = 'at-aim' | 'short-of-aim' | 'past-aim';
/** How the distance to the aim changed since the baseline. */
export type AimMovement = 'toward' | 'away' | 'steady';

export interface TensionCheckBack {
  /** Tension id. */
  tension: string;
  aim: number;
  decided: boolean;
  /** Check-in answers on "where we are". */
  n: number;
  /** The team's mean "where we are" now; null without answers. */
  now: number | null;
  /** now - aim (positive: right of the aim); null without answers. */
  offset: number | null;
  /**
   * At the aim (within the tolerance), short of it (between the middle of the scale, or where
   * the team stood, and the aim), or past it (further toward the pole the aim leans to, or for a
   * balanced aim, off to either side): past the aim is where the warning signs apply.
   */
  position: AimPosition | null;
  /** The team's mean "where we are" in the baseline; null without a baseline or answers there. */
  before: number | null;
  /** Toward or away from the aim since the baseline; null without both figures. */
  movement: AimMovement | null;
  /** |before - aim| - |now - aim|: positive when the team came closer. */
  closedBy: number | null;
  /** The mean and spread of "where we should be" now. */
  desiredMean: number | null;
  desiredSpread: number | null;
  /** Whether the team still agrees on where it wants to go; null with fewer than two answers. */
  aligned: boolean | null;
  /** The plan's warning signs, when the team is past the aim or no longer aligned; else empty. */
  warningSigns: readonly string[];
}

interface Figures {
  n: number;
  mean: number | null;
  sd: number | null;
}

function figures(
  responses: readonly SurveyResponse[],
  id: string,
  key: 'current' | 'desired',
  points: number,
): Figures {
  const values: number[] = [];
  for (const response of responses) {
    const value = response.tensions[id]?.[key];
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points) {
      values.push(value);
    }
  }
  const n = values.length;
  if (!n) return { n, mean: null, sd: null };
  const mean = values.reduce((sum, v) => sum + v, 0) / n;
  const sd = Math.sqrt(values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / n);
  return { n, mean, sd };
}

/** Which way the team is from its aim: see {@link TensionCheckBack.position}. */
export function positionAgainstAim(
  now: number,
  aim: number,
  points: number,
  tolerance: number = CHECK_BACK_DEFAULTS.atAimTolerance,
): AimPosition {
  const offset = now - aim;
  if (Math.abs(offset) <= tolerance + 1e-9) return 'at-aim';
  const lean = leanOf(aim, points);
  if (lean === 'balance') return 'past-aim';
  // Past the aim means further toward the pole the aim leans to.
  return (lean === 'right') === offset > 0 ? 'past-aim' : 'short-of-aim';
}

/** Toward, away or steady: how |position - aim| changed from `before` to `now`. */
export function movementTowardAim(
  before: number,
  now: number,
  aim: number,
  tolerance: number = CHECK_BACK_DEFAULTS.movementTolerance,
): AimMovement {
  const closedBy = Math.abs(before - aim) - Math.abs(now - aim);
  if (closedBy > tolerance + 1e-9) return 'toward';
  if (closedBy < -tolerance - 1e-9) return 'away';
  return 'steady';
}

/**
 * Checks a check-in (and optionally its baseline) against a plan: one entry per tension of the
 * plan that has an aim, in the plan's order. Responses with other scales are read on the plan's.
 */
export function checkBack(
  plan: PlanRecord,
  checkIn: readonly SurveyResponse[],
  baseline: readonly SurveyResponse[] | null = null,
  options: CheckBackOptions = {},
): TensionCheckBack[] {
  const settings = { ...CHECK_BACK_DEFAULTS, ...definedNumbers(options) };
  const { points } = plan;
  const threshold = (points - 1) * settings.alignedSpreadShare;
  const out: TensionCheckBack[] = [];
  for (const [tension, entry] of Object.entries(plan.tensions)) {
    if (entry.aim === null) continue;
    const aim = entry.aim;
    const current = figures(checkIn, tension, 'current', points);
    const desired = figures(checkIn, tension, 'desired', points);
    const before = baseline ? figures(baseline, tension, 'current', points).mean : null;
    const now = current.mean;
    const position =
      now === null ? null : positionAgainstAim(now, aim, points, settings.atAimTolerance);
    const movement =
      now === null || before === null
        ? null
        : movementTowardAim(before, now, aim, settings.movementTolerance);
    const aligned = desired.n < 2 || desired.sd === null ? null : desired.sd <= threshold + 1e-9;
    out.push({
      tension,
      aim,
      decided: entry.decided,
      n: current.n,
      now,
      offset: now === null ? null : now - aim,
      position,
      before,
      movement,
      closedBy:
        now === null || before === null ? null : Math.abs(before - aim) - Math.abs(now - aim),
      desiredMean: desired.mean,
      desiredSpread: desired.sd,
      aligned,
      warningSigns: position === 'past-aim' || aligned === false ? entry.warningSigns : [],
    });
  }
  return out;
}

function definedNumbers(options: CheckBackOptions): CheckBackOptions {
  return Object.fromEntries(
    Object.entries(options).filter(
      ([, v]) => typeof v === 'number' && Number.isFinite(v) && v >= 0,
    ),
  );
}
