/**
 * Team statistics over survey responses: per tension and per role, alignment, gaps, role
 * mismatches, movement against a baseline, and the rubric's stage distribution.
 *
 * Pure and DOM-free. One pass over the responses (and one over the baseline) fills per-point
 * counters; every statistic is then read from the counters. Positions are small integers
 * (1 to the scale size), so means, medians and standard deviations cost O(points) per group and
 * the whole call is O(responses × tensions answered). Because every figure comes from integer
 * counts, the result is exactly the same whatever the order of the responses.
 *
 * Definitions used throughout:
 * - A position is an integer from 1 (left pole) to `points`. `null` (or a missing value) means
 *   unsure/unanswered: it is left out of the statistics and counted in `unsure`. Anything else
 *   (a fraction, 0, a value past the end of the scale) is left out and counted in `ignored`.
 * - `sd` is the population standard deviation (divide by n, not n - 1): it describes this team,
 *   it does not estimate a wider population. One answer has an sd of 0.
 * - Medians of an even count are the mean of the two middle values.
 * - Privacy: a role group's figures on a tension are shown only when at least `minGroupSize` of
 *   its members gave a position for "where we are" and at least `minGroupSize` for "where we
 *   should be". Role names are not private; the figures of small groups are.
 */
import type { StageId, SurveyResponse } from './schema.js';
import { DEFAULT_POINTS, MAX_POINTS, MIN_POINTS, STAGE_IDS, TENSION_IDS } from './schema.js';

// ---------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------

/** Options for {@link aggregate}. Every field is optional; nonsense values fall back to defaults. */
export interface AggregateOptions {
  /** Smallest role group whose figures are shown (privacy). Default 3; at least 1. */
  minGroupSize?: number;
  /** An earlier set of responses (the baseline) to measure movement against. */
  baseline?: readonly SurveyResponse[];
  /**
   * Tension ids to report, in this order (others are skipped). Listed ids without answers are
   * reported with n = 0. Default: the built-in tensions that appear, in catalog order, then any
   * other ids that appear, sorted.
   */
  tensions?: readonly string[];
  /**
   * Rubric dimension ids to report, in this order. Default: every dimension that appears in the
   * responses or the baseline, sorted by id.
   */
  dimensions?: readonly string[];
  /** How many items the ranked lists hold. Default 3; `Infinity` for all. */
  top?: number;
  /**
   * The scale size (3 to 11). Default: the largest `points` among the responses and the
   * baseline, or 7. Positions past it are ignored.
   */
  points?: number;
}

/** Summary statistics of a set of positions (or of per-person gaps). Numbers are null when n = 0. */
export interface Stats {
  /** How many values. */
  n: number;
  /** Arithmetic mean. */
  mean: number | null;
  /** Median; for an even n, the mean of the two middle values. */
  median: number | null;
  /** Smallest value. */
  min: number | null;
  /** Largest value. */
  max: number | null;
  /** Population standard deviation (divides by n). */
  sd: number | null;
}

/**
 * How closely the team agrees on a tension, from `spread` relative to the scale's range
 * (points - 1): `aligned` when spread ≤ range × {@link ALIGNED_MAX_SPREAD} (1 point on a
 * 7-point scale), `split` when spread ≥ range × {@link SPLIT_MIN_SPREAD} (2 points on a 7-point
 * scale, e.g. half the team at 2 and half at 6), `mixed` in between.
 */
export type Alignment = 'aligned' | 'mixed' | 'split';

/** A role group's figures on one tension (only for groups large enough to show). */
export interface RoleTensionSummary {
  /** Members of this role whose response includes this tension (answered or unsure). */
  n: number;
  /** Their "where we are" positions. */
  current: Stats;
  /** Their "where we should be" positions. */
  desired: Stats;
  /** desired.mean - current.mean. */
  gap: number | null;
  /** max(current.sd, desired.sd): how far apart the members of this role are. */
  spread: number | null;
}

/** The same tension in the baseline, for drawing it beside the current figures. */
export interface TensionBaseline {
  /** Baseline responses that include this tension. */
  n: number;
  /** Baseline "where we are". */
  current: Stats;
  /** Baseline "where we should be". */
  desired: Stats;
  /** Baseline desired.mean - current.mean. */
  gap: number | null;
  /** Baseline spread (max of the two sds). */
  spread: number | null;
}

/** Change from the baseline to now: now minus baseline; null where either side has no answers. */
export interface Movement {
  /** Change of the mean "where we are" (positive: moved toward the right pole). */
  current: number | null;
  /** Change of the mean "where we should be". */
  desired: number | null;
  /** Change of the signed gap. */
  gap: number | null;
  /** Change of |gap|: negative when the gap is closing. */
  absGap: number | null;
  /** Change of the spread: negative when the team is converging. */
  spread: number | null;
}

/** Everything about one tension. */
export interface TensionSummary {
  /** Tension id. */
  tension: string;
  /** Responses that include this tension (answered or unsure). */
  n: number;
  /** Statistics of "where we are". */
  current: Stats;
  /** Statistics of "where we should be". */
  desired: Stats;
  /** How many said unsure (null) on each side. */
  unsure: { current: number; desired: number };
  /** Positions left out because they were not integers from 1 to `points` (both sides together). */
  ignored: number;
  /** desired.mean - current.mean: positive means the team wants to move toward the right pole. */
  gap: number | null;
  /** |gap|. */
  absGap: number | null;
  /** Statistics of each person's own desired - current, over people who answered both. */
  individualGap: Stats;
  /** Mean of each person's |desired - current| (how far people want to move, whatever the direction). */
  individualAbsGap: number | null;
  /** current.sd. */
  currentSpread: number | null;
  /** desired.sd. */
  desiredSpread: number | null;
  /** max(currentSpread, desiredSpread): a team is aligned only if it agrees on both. */
  spread: number | null;
  /** Aligned / mixed / split from `spread` (see {@link Alignment}); null with fewer than 2 answers on both sides. */
  alignment: Alignment | null;
  /** Counts per position: index 0 is position 1, index points - 1 is the right pole. */
  distribution: { current: number[]; desired: number[] };
  /** Role groups large enough to show, keyed by role (sorted by role name). Null-prototype object. */
  byRole: Record<string, RoleTensionSummary>;
  /** Roles with members on this tension whose figures are hidden (too few answers), sorted. */
  suppressedRoles: string[];
  /** suppressedRoles.length. */
  suppressed: number;
  /** The same tension in the baseline; null without a baseline. */
  baseline: TensionBaseline | null;
  /** Change from the baseline; null without a baseline. */
  movement: Movement | null;
}

/** A role among the respondents. */
export interface RoleCount {
  /** The role as the respondents gave it. */
  role: string;
  /** Respondents with this role. */
  n: number;
  /** Whether n ≥ minGroupSize (a shown role can still be hidden on a tension with few answers). */
  shown: boolean;
}

/** An entry of {@link Aggregate.largestGaps}. */
export interface RankedGap {
  /** Tension id. */
  tension: string;
  /** desired.mean - current.mean. */
  gap: number;
  /** |gap|, the ranking key. */
  absGap: number;
}

/** An entry of {@link Aggregate.leastAligned}. */
export interface RankedSpread {
  /** Tension id. */
  tension: string;
  /** The spread, the ranking key. */
  spread: number;
  /** Its alignment label (null with fewer than 2 answers). */
  alignment: Alignment | null;
}

/** An entry of {@link Aggregate.roleDifferences}: the widest disagreement between two roles on a tension. */
export interface RoleDifference {
  /** Tension id. */
  tension: string;
  /** [role with the lower mean (nearer the left pole), role with the higher mean]. */
  roles: [string, string];
  /** Which question the roles disagree on most. */
  measure: 'current' | 'desired';
  /** Higher mean - lower mean (≥ 0), the ranking key. */
  difference: number;
}

/** An entry of {@link Aggregate.largestMovements}. */
export interface RankedMovement {
  /** Tension id. */
  tension: string;
  /** The mean that moved most: "where we are" or "where we should be". */
  measure: 'current' | 'desired';
  /** Its change (now - baseline); the ranking key is |delta|. */
  delta: number;
}

/** Counts of the four stages. */
export type StageCounts = Record<StageId, number>;

/** Stage distribution of a rubric dimension in the baseline. */
export interface RubricBaseline {
  /** Baseline ratings of this dimension. */
  n: number;
  /** Ratings per stage. */
  counts: StageCounts;
  /** counts / n (0 when n = 0). */
  shares: StageCounts;
  /** Median stage (the lower middle one for an even n). */
  median: StageId | null;
  /** Most frequent stage (the earlier stage on a tie). */
  mode: StageId | null;
}

/** One rubric dimension across the team. */
export interface RubricSummary {
  /** Dimension id. */
  dimension: string;
  /** Ratings of this dimension. */
  n: number;
  /** Ratings per stage. */
  counts: StageCounts;
  /** counts / n (0 when n = 0). */
  shares: StageCounts;
  /** Median stage: stages are ordered exploring < emerging < proficient < breakthrough; for an even n, the lower of the two middle stages (the cautious reading). */
  median: StageId | null;
  /** Most frequent stage; on a tie, the earlier stage. */
  mode: StageId | null;
  /** Ratings that named a target stage. */
  targetN: number;
  /** Target stages per stage. */
  targetCounts: StageCounts;
  /** The baseline's distribution; null without a baseline. */
  baseline: RubricBaseline | null;
}

/** The result of {@link aggregate}. */
export interface Aggregate {
  /** Number of responses. */
  respondents: number;
  /** Number of baseline responses; null without a baseline. */
  baselineRespondents: number | null;
  /** The scale size used. */
  points: number;
  /** The group size threshold used. */
  minGroupSize: number;
  /** Roles among the respondents, sorted by name. */
  roles: RoleCount[];
  /** Respondents without a role (they count in the team figures, in no role group). */
  withoutRole: number;
  /** Per tension, in report order. */
  tensions: TensionSummary[];
  /** Tensions by |gap|, largest first (ties in report order); top N. */
  largestGaps: RankedGap[];
  /** Tensions by spread, largest first; top N. */
  leastAligned: RankedSpread[];
  /**
   * Per tension, the widest difference between the means of two shown role groups (on either
   * question; tensions where the groups agree exactly, or with fewer than two shown groups, are
   * left out), largest first; top N.
   */
  roleDifferences: RoleDifference[];
  /** Tensions by the larger |change| of their two means since the baseline; top N; empty without a baseline. */
  largestMovements: RankedMovement[];
  /** Rubric dimensions. */
  rubric: RubricSummary[];
}

/** Alignment thresholds as fractions of the scale's range (points - 1). */
export const ALIGNED_MAX_SPREAD = 1 / 6;
export const SPLIT_MIN_SPREAD = 1 / 3;

/** Labels a spread on a scale of `points`: see {@link Alignment}. */
export function alignmentOf(spread: number | null, points: number): Alignment | null {
  if (spread === null || !Number.isFinite(spread)) return null;
  const range = points - 1;
  const eps = 1e-9;
  if (spread <= range * ALIGNED_MAX_SPREAD + eps) return 'aligned';
  if (spread >= range * SPLIT_MIN_SPREAD - eps) return 'split';
  return 'mixed';
}

// ---------------------------------------------------------------------------------------------
// Accumulation (the single pass)
// ---------------------------------------------------------------------------------------------

interface RoleAcc {
  n: number;
  current: Uint32Array;
  desired: Uint32Array;
}

interface TensionAcc {
  n: number;
  /** Indexed by position (index 0 unused). */
  current: Uint32Array;
  desired: Uint32Array;
  unsureCurrent: number;
  unsureDesired: number;
  ignored: number;
  /** Indexed by desired - current + (points - 1). */
  gaps: Uint32Array;
  absGapSum: number;
  /** Indexed by role index; only when roles are tracked. */
  roles: (RoleAcc | undefined)[];
}

interface RubricAcc {
  counts: number[];
  targets: number[];
}

interface Accumulated {
  tensions: Map<string, TensionAcc>;
  rubric: Map<string, RubricAcc>;
  roleNames: string[];
  roleSizes: number[];
  withoutRole: number;
}

const UNSURE = -1;
const IGNORED = -2;

function newTensionAcc(points: number): TensionAcc {
  return {
    n: 0,
    current: new Uint32Array(points + 1),
    desired: new Uint32Array(points + 1),
    unsureCurrent: 0,
    unsureDesired: 0,
    ignored: 0,
    gaps: new Uint32Array(2 * points - 1),
    absGapSum: 0,
    roles: [],
  };
}

function classify(value: unknown, points: number): number {
  if (value === null || value === undefined) return UNSURE;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points) {
    return value;
  }
  return IGNORED;
}

function stageIndex(stage: unknown): number {
  return typeof stage === 'string' ? (STAGE_IDS as readonly string[]).indexOf(stage) : -1;
}

function accumulate(
  responses: readonly SurveyResponse[],
  points: number,
  only: Map<string, TensionAcc> | null,
  onlyDimensions: Set<string> | null,
  trackRoles: boolean,
): Accumulated {
  const tensions = only ?? new Map<string, TensionAcc>();
  const rubric = new Map<string, RubricAcc>();
  const roleIndex = new Map<string, number>();
  const roleNames: string[] = [];
  const roleSizes: number[] = [];
  let withoutRole = 0;
  const offset = points - 1;

  for (const response of responses) {
    if (response === null || typeof response !== 'object') continue;

    let r = -1;
    if (trackRoles) {
      const role = response.role;
      if (typeof role === 'string' && role !== '') {
        const known = roleIndex.get(role);
        if (known === undefined) {
          r = roleNames.length;
          roleIndex.set(role, r);
          roleNames.push(role);
          roleSizes.push(1);
        } else {
          r = known;
          roleSizes[r]!++;
        }
      } else {
        withoutRole++;
      }
    }

    const answers = response.tensions;
    if (answers !== null && typeof answers === 'object') {
      for (const id of Object.keys(answers)) {
        const answer = answers[id];
        if (answer === null || typeof answer !== 'object') continue;
        let acc = tensions.get(id);
        if (acc === undefined) {
          if (only !== null) continue;
          acc = newTensionAcc(points);
          tensions.set(id, acc);
        }
        acc.n++;
        const c = classify(answer.current, points);
        const d = classify(answer.desired, points);
        if (c > 0) acc.current[c]!++;
        else if (c === UNSURE) acc.unsureCurrent++;
        else acc.ignored++;
        if (d > 0) acc.desired[d]!++;
        else if (d === UNSURE) acc.unsureDesired++;
        else acc.ignored++;
        if (c > 0 && d > 0) {
          acc.gaps[d - c + offset]!++;
          acc.absGapSum += d > c ? d - c : c - d;
        }
        if (r >= 0) {
          let ra = acc.roles[r];
          if (ra === undefined) {
            ra = {
              n: 0,
              current: new Uint32Array(points + 1),
              desired: new Uint32Array(points + 1),
            };
            acc.roles[r] = ra;
          }
          ra.n++;
          if (c > 0) ra.current[c]!++;
          if (d > 0) ra.desired[d]!++;
        }
      }
    }

    const ratings = response.rubric;
    if (ratings !== null && typeof ratings === 'object') {
      for (const dimension of Object.keys(ratings)) {
        if (onlyDimensions !== null && !onlyDimensions.has(dimension)) continue;
        const rating = ratings[dimension];
        if (rating === null || typeof rating !== 'object') continue;
        const s = stageIndex(rating.stage);
        const t = stageIndex(rating.target);
        if (s < 0 && t < 0) continue;
        let acc = rubric.get(dimension);
        if (acc === undefined) {
          acc = { counts: [0, 0, 0, 0], targets: [0, 0, 0, 0] };
          rubric.set(dimension, acc);
        }
        if (s >= 0) acc.counts[s]!++;
        if (t >= 0) acc.targets[t]!++;
      }
    }
  }
  return { tensions, rubric, roleNames, roleSizes, withoutRole };
}

// ---------------------------------------------------------------------------------------------
// Reading statistics from counts
// ---------------------------------------------------------------------------------------------

const EMPTY_STATS: Readonly<Stats> = {
  n: 0,
  mean: null,
  median: null,
  min: null,
  max: null,
  sd: null,
};

/** Stats of values where counts[i] is how many times the value i - offset occurs. */
function statsFromCounts(counts: Uint32Array, offset: number): Stats {
  let n = 0;
  let sum = 0;
  let lo = -1;
  let hi = -1;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c === 0) continue;
    if (lo < 0) lo = i;
    hi = i;
    n += c;
    sum += c * i;
  }
  if (n === 0) return { ...EMPTY_STATS };
  const meanIndex = sum / n;
  let squares = 0;
  for (let i = lo; i <= hi; i++) {
    const c = counts[i]!;
    if (c !== 0) squares += c * (i - meanIndex) * (i - meanIndex);
  }
  // Positions of the two middle values (0-based); equal for an odd n.
  const lowRank = (n - 1) >> 1;
  const highRank = n >> 1;
  let seen = 0;
  let lowMiddle = -1;
  let highMiddle = -1;
  for (let i = lo; i <= hi; i++) {
    seen += counts[i]!;
    if (lowMiddle < 0 && seen > lowRank) lowMiddle = i;
    if (seen > highRank) {
      highMiddle = i;
      break;
    }
  }
  return {
    n,
    mean: meanIndex - offset,
    median: (lowMiddle + highMiddle) / 2 - offset,
    min: lo - offset,
    max: hi - offset,
    sd: Math.sqrt(squares / n),
  };
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function larger(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

function countsToArray(counts: Uint32Array): number[] {
  return Array.from(counts.subarray(1));
}

function stageCounts(values: readonly number[]): StageCounts {
  return {
    exploring: values[0] ?? 0,
    emerging: values[1] ?? 0,
    proficient: values[2] ?? 0,
    breakthrough: values[3] ?? 0,
  };
}

function stageShares(values: readonly number[], n: number): StageCounts {
  return stageCounts(values.map((v) => (n > 0 ? v / n : 0)));
}

function stageMedian(values: readonly number[], n: number): StageId | null {
  if (n === 0) return null;
  const rank = (n - 1) >> 1;
  let seen = 0;
  for (let i = 0; i < STAGE_IDS.length; i++) {
    seen += values[i] ?? 0;
    if (seen > rank) return STAGE_IDS[i]!;
  }
  return null;
}

function stageMode(values: readonly number[], n: number): StageId | null {
  if (n === 0) return null;
  let best = 0;
  for (let i = 1; i < STAGE_IDS.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  return STAGE_IDS[best]!;
}

function rubricDistribution(acc: RubricAcc | undefined): RubricBaseline {
  const counts = acc?.counts ?? [0, 0, 0, 0];
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    n,
    counts: stageCounts(counts),
    shares: stageShares(counts, n),
    median: stageMedian(counts, n),
    mode: stageMode(counts, n),
  };
}

// ---------------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------------

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function validPoints(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_POINTS &&
    value <= MAX_POINTS
  );
}

function inferPoints(sets: readonly (readonly SurveyResponse[])[]): number {
  let points = 0;
  for (const set of sets) {
    for (const response of set) {
      const p = response?.points;
      const value = validPoints(p) ? p : DEFAULT_POINTS;
      if (value > points) points = value;
    }
  }
  return points || DEFAULT_POINTS;
}

function sanitizeCount(value: unknown, fallback: number, min: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.max(min, Math.ceil(value));
}

function uniqueStrings(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const v of values) if (typeof v === 'string') seen.add(v);
  return [...seen];
}

// ---------------------------------------------------------------------------------------------
// aggregate
// ---------------------------------------------------------------------------------------------

/**
 * Team statistics for a set of responses: per tension (team, per role, baseline and movement),
 * ranked lists of what to talk about, and the rubric's stage distribution. Pure, linear in the
 * number of responses, never throws on malformed responses (bad values are skipped and counted).
 */
export function aggregate(
  responses: readonly SurveyResponse[],
  options: AggregateOptions = {},
): Aggregate {
  const list: readonly SurveyResponse[] = Array.isArray(responses) ? responses : [];
  const baselineList: readonly SurveyResponse[] | null = Array.isArray(options.baseline)
    ? options.baseline
    : null;
  const points = validPoints(options.points)
    ? options.points
    : inferPoints(baselineList ? [list, baselineList] : [list]);
  const minGroupSize = sanitizeCount(options.minGroupSize, 3, 1);
  const top = options.top === Infinity ? Infinity : sanitizeCount(options.top, 3, 0);

  const requested = Array.isArray(options.tensions) ? uniqueStrings(options.tensions) : null;
  const requestedDimensions = Array.isArray(options.dimensions)
    ? uniqueStrings(options.dimensions)
    : null;

  const preset = (): Map<string, TensionAcc> | null =>
    requested ? new Map(requested.map((id) => [id, newTensionAcc(points)])) : null;
  const dimensionFilter = requestedDimensions ? new Set(requestedDimensions) : null;

  const now = accumulate(list, points, preset(), dimensionFilter, true);
  const before = baselineList
    ? accumulate(baselineList, points, preset(), dimensionFilter, false)
    : null;

  // Report order of the tensions.
  let order: string[];
  if (requested) {
    order = requested;
  } else {
    const present = new Set<string>(now.tensions.keys());
    if (before) for (const id of before.tensions.keys()) present.add(id);
    const builtIn = (TENSION_IDS as readonly string[]).filter((id) => present.has(id));
    const builtInSet = new Set(builtIn);
    const others = [...present].filter((id) => !builtInSet.has(id)).sort(compareText);
    order = [...builtIn, ...others];
  }

  // Roles, sorted by name; r -> position in the sorted list.
  const roleOrder = now.roleNames
    .map((_, r) => r)
    .sort((a, b) => compareText(now.roleNames[a]!, now.roleNames[b]!));
  const roles: RoleCount[] = roleOrder.map((r) => ({
    role: now.roleNames[r]!,
    n: now.roleSizes[r]!,
    shown: now.roleSizes[r]! >= minGroupSize,
  }));

  const tensions: TensionSummary[] = [];
  const roleDifferences: RoleDifference[] = [];
  for (const id of order) {
    const acc = now.tensions.get(id) ?? newTensionAcc(points);
    const current = statsFromCounts(acc.current, 0);
    const desired = statsFromCounts(acc.desired, 0);
    const gap = difference(desired.mean, current.mean);
    const spread = larger(current.sd, desired.sd);
    const enough = Math.max(current.n, desired.n) >= 2;
    const individualGap = statsFromCounts(acc.gaps, points - 1);

    // Role groups.
    const byRole = Object.create(null) as Record<string, RoleTensionSummary>;
    const suppressedRoles: string[] = [];
    const shownRoles: { role: string; current: number | null; desired: number | null }[] = [];
    for (const r of roleOrder) {
      const ra = acc.roles[r];
      if (ra === undefined) continue;
      const role = now.roleNames[r]!;
      const rc = statsFromCounts(ra.current, 0);
      const rd = statsFromCounts(ra.desired, 0);
      if (now.roleSizes[r]! < minGroupSize || rc.n < minGroupSize || rd.n < minGroupSize) {
        suppressedRoles.push(role);
        continue;
      }
      byRole[role] = {
        n: ra.n,
        current: rc,
        desired: rd,
        gap: difference(rd.mean, rc.mean),
        spread: larger(rc.sd, rd.sd),
      };
      shownRoles.push({ role, current: rc.mean, desired: rd.mean });
    }
    const widest = widestRoleDifference(id, shownRoles);
    if (widest) roleDifferences.push(widest);

    // Baseline and movement.
    let baseline: TensionBaseline | null = null;
    let movement: Movement | null = null;
    if (before) {
      const bacc = before.tensions.get(id) ?? newTensionAcc(points);
      const bc = statsFromCounts(bacc.current, 0);
      const bd = statsFromCounts(bacc.desired, 0);
      const bgap = difference(bd.mean, bc.mean);
      const bspread = larger(bc.sd, bd.sd);
      baseline = { n: bacc.n, current: bc, desired: bd, gap: bgap, spread: bspread };
      movement = {
        current: difference(current.mean, bc.mean),
        desired: difference(desired.mean, bd.mean),
        gap: difference(gap, bgap),
        absGap: difference(
          gap === null ? null : Math.abs(gap),
          bgap === null ? null : Math.abs(bgap),
        ),
        spread: difference(spread, bspread),
      };
    }

    tensions.push({
      tension: id,
      n: acc.n,
      current,
      desired,
      unsure: { current: acc.unsureCurrent, desired: acc.unsureDesired },
      ignored: acc.ignored,
      gap,
      absGap: gap === null ? null : Math.abs(gap),
      individualGap,
      individualAbsGap: individualGap.n > 0 ? acc.absGapSum / individualGap.n : null,
      currentSpread: current.sd,
      desiredSpread: desired.sd,
      spread,
      alignment: enough ? alignmentOf(spread, points) : null,
      distribution: { current: countsToArray(acc.current), desired: countsToArray(acc.desired) },
      byRole,
      suppressedRoles,
      suppressed: suppressedRoles.length,
      baseline,
      movement,
    });
  }

  const largestGaps = rank(
    tensions.flatMap((t) =>
      t.gap === null || t.absGap === null
        ? []
        : [{ tension: t.tension, gap: t.gap, absGap: t.absGap }],
    ),
    (item) => item.absGap,
    top,
  );
  const leastAligned = rank(
    tensions.flatMap((t) =>
      t.spread === null ? [] : [{ tension: t.tension, spread: t.spread, alignment: t.alignment }],
    ),
    (item) => item.spread,
    top,
  );
  const largestMovements = rank(
    tensions.flatMap((t): RankedMovement[] => {
      const m = t.movement;
      if (!m) return [];
      if (m.current === null && m.desired === null) return [];
      const useDesired =
        m.current === null || (m.desired !== null && Math.abs(m.desired) > Math.abs(m.current));
      return [
        useDesired
          ? { tension: t.tension, measure: 'desired', delta: m.desired! }
          : { tension: t.tension, measure: 'current', delta: m.current! },
      ];
    }),
    (item) => Math.abs(item.delta),
    top,
  );

  // Rubric.
  let dimensionOrder: string[];
  if (requestedDimensions) {
    dimensionOrder = requestedDimensions;
  } else {
    const present = new Set<string>(now.rubric.keys());
    if (before) for (const id of before.rubric.keys()) present.add(id);
    dimensionOrder = [...present].sort(compareText);
  }
  const rubric: RubricSummary[] = dimensionOrder.map((dimension) => {
    const acc = now.rubric.get(dimension);
    const base = rubricDistribution(acc);
    const targets = acc?.targets ?? [0, 0, 0, 0];
    return {
      dimension,
      ...base,
      targetN: targets.reduce((a, b) => a + b, 0),
      targetCounts: stageCounts(targets),
      baseline: before ? rubricDistribution(before.rubric.get(dimension)) : null,
    };
  });

  return {
    respondents: list.length,
    baselineRespondents: baselineList ? baselineList.length : null,
    points,
    minGroupSize,
    roles,
    withoutRole: now.withoutRole,
    tensions,
    largestGaps,
    leastAligned,
    roleDifferences: rank(roleDifferences, (item) => item.difference, top),
    largestMovements,
    rubric,
  };
}

/** Sorts by key, largest first; ties keep their (report) order. */
function rank<T>(items: T[], key: (item: T) => number, top: number): T[] {
  const sorted = items.slice().sort((a, b) => key(b) - key(a));
  return Number.isFinite(top) ? sorted.slice(0, top) : sorted;
}

/** The largest difference between two role means on either question; null with fewer than two groups. */
function widestRoleDifference(
  tension: string,
  groups: readonly { role: string; current: number | null; desired: number | null }[],
): RoleDifference | null {
  if (groups.length < 2) return null;
  let best: RoleDifference | null = null;
  for (const measure of ['current', 'desired'] as const) {
    let lo: { role: string; mean: number } | null = null;
    let hi: { role: string; mean: number } | null = null;
    for (const g of groups) {
      const mean = g[measure];
      if (mean === null) continue;
      if (lo === null || mean < lo.mean) lo = { role: g.role, mean };
      if (hi === null || mean > hi.mean) hi = { role: g.role, mean };
    }
    if (lo === null || hi === null || lo.role === hi.role) continue;
    const diff = hi.mean - lo.mean;
    if (best === null || diff > best.difference) {
      best = { tension, roles: [lo.role, hi.role], measure, difference: diff };
    }
  }
  return best;
}
