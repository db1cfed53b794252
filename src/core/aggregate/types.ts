/** The shapes of {@link aggregate}'s options and result. Types only. */
import type { StageId } from '../ids.js';
import type { SurveyResponse } from '../schema.js';

/** Options for {@link aggregate}. Every field is optional; nonsense values fall back to defaults. */
export interface AggregateOptions {
  /**
   * Smallest role group whose figures are shown (privacy). Default 3; at least 1. Suppression is
   * complementary: see {@link Aggregate.roles} and {@link TensionSummary.byRole}.
   */
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
   * Without `tensions`: the order to report the tensions that appear in (a survey's own order,
   * custom tensions among built-in ones); ids not in it follow in the default order.
   */
  order?: readonly string[];
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

/** A role group's figures on one tension (only for groups shown: see {@link TensionSummary.byRole}). */
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

/**
 * The respondents on a tension who are in no shown role group, as one group ("Other roles"): the
 * hidden roles and the people without a role. At least `minGroupSize` on every count, so the
 * shown groups and this one add up to the team and nothing subtracts down to a person.
 */
export interface OtherRolesSummary extends RoleTensionSummary {
  /** The roles hidden on this tension, sorted (as {@link TensionSummary.suppressedRoles}). */
  roles: string[];
  /** Whether the team has people without a role (counted here where they answered). */
  withoutRole: boolean;
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
  /**
   * Role groups shown, keyed by role (sorted by role name). Null-prototype object. A role is shown
   * when it is shown in {@link Aggregate.roles}, at least `minGroupSize` of its members answered
   * each question, and the respondents left out of the shown groups are none or at least
   * `minGroupSize` on every count (complementary suppression: otherwise the smallest shown role
   * is hidden too). People without a role are never a group of their own.
   */
  byRole: Record<string, RoleTensionSummary>;
  /** Everyone on this tension outside the shown groups, when at least one role is shown; else null. */
  otherRoles: OtherRolesSummary | null;
  /**
   * Roles whose figures are not shown on their own on this tension, sorted: those with members
   * here, and every role hidden in {@link Aggregate.roles} (whether or not its members answered
   * here, so that the list does not tell who skipped a tension).
   */
  suppressedRoles: string[];
  /**
   * Of those, the roles with enough answers, hidden only so that a smaller group cannot be
   * worked out from the team (complementary suppression), sorted.
   */
  heldBackRoles: string[];
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
  /** Respondents with this role; null when the role is hidden (its size is not given). */
  n: number | null;
  /**
   * Whether the role is shown on its own (it can still be hidden on a tension with few answers).
   * Roles under the minimum are hidden, and so is the next smallest role while the hidden total
   * is under it (complementary suppression).
   */
  shown: boolean;
  /** Fewer than minGroupSize respondents: to be told as "fewer than {minGroupSize}", never as a count. */
  small: boolean;
}

/** The respondents in no shown role, as one group ("Other roles"); at least minGroupSize. */
export interface OtherRoles {
  /** The hidden roles, sorted. */
  roles: string[];
  /** Whether people without a role are among them. */
  withoutRole: boolean;
  /** How many respondents. */
  n: number;
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
  /** The hidden roles (and hidden people without a role) together, when some role is shown; else null. */
  otherRoles: OtherRoles | null;
  /**
   * Respondents without a role (they count in the team figures, in no role group); null when
   * they are hidden like a role (fewer than minGroupSize, or hidden to protect a smaller role).
   */
  withoutRole: number | null;
  /** Per tension, in report order. */
  tensions: TensionSummary[];
  /** Tensions by |gap|, largest first (ties in report order); top N. */
  largestGaps: RankedGap[];
  /** Tensions by spread, largest first; top N. */
  leastAligned: RankedSpread[];
  /**
   * Per tension, the widest difference between the means of two shown role groups (on either
   * question; tensions where the groups agree exactly, or with fewer than two shown groups, are
   * left out; "Other roles" is not a role and takes no part), largest first; top N.
   */
  roleDifferences: RoleDifference[];
  /** Tensions by the larger |change| of their two means since the baseline; top N; empty without a baseline. */
  largestMovements: RankedMovement[];
  /** Rubric dimensions. */
  rubric: RubricSummary[];
}
