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
 *   should be", and suppression is complementary (groups.ts): the respondents left out of the
 *   shown groups are none or at least `minGroupSize`, so the team minus the shown groups never
 *   gives one person's answer. Role names are not private; the figures of small groups are.
 */
import { isTensionId, TENSION_IDS } from '../ids.js';
import type { SurveyResponse } from '../schema.js';
import { accumulate, newTensionAcc } from './accumulate.js';
import type { TensionAcc } from './accumulate.js';
import { roleList, tensionGroups } from './groups.js';
import { compareText, inferPoints, sanitizeCount, uniqueStrings, validPoints } from './options.js';
import { rank, rankTensions, widestRoleDifference } from './rank.js';
import { summarizeRubric } from './rubric.js';
import { alignmentOf, countsToArray, difference, larger, statsFromCounts } from './stats.js';
import type {
  Aggregate,
  AggregateOptions,
  Movement,
  RoleDifference,
  TensionBaseline,
  TensionSummary,
} from './types.js';

export type {
  Aggregate,
  AggregateOptions,
  Alignment,
  Movement,
  OtherRoles,
  OtherRolesSummary,
  RankedGap,
  RankedMovement,
  RankedSpread,
  RoleCount,
  RoleDifference,
  RoleTensionSummary,
  RubricBaseline,
  RubricSummary,
  Stats,
  StageCounts,
  TensionBaseline,
  TensionSummary,
} from './types.js';
export { ALIGNED_MAX_SPREAD, SPLIT_MIN_SPREAD, alignmentOf } from './stats.js';
export { complementaryHidden } from './suppress.js';
export type { SuppressionUnit } from './suppress.js';

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
    const builtIn = TENSION_IDS.filter((id) => present.has(id));
    const others = [...present].filter((id) => !isTensionId(id)).sort(compareText);
    order = [...builtIn, ...others];
    const listed = Array.isArray(options.order) ? uniqueStrings(options.order) : [];
    const given = new Map(listed.map((id, index) => [id, index]));
    // A stable sort: ids the given order does not name keep the default order, after it.
    if (given.size)
      order.sort((a, b) => (given.get(a) ?? given.size) - (given.get(b) ?? given.size));
  }

  // Roles, sorted by name; r -> position in the sorted list.
  const roleOrder = now.roleNames
    .map((_, r) => r)
    .sort((a, b) => compareText(now.roleNames[a]!, now.roleNames[b]!));
  const roleGroups = roleList(now, roleOrder, minGroupSize);

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

    // Role groups (complementary suppression, see groups.ts).
    const groups = tensionGroups(acc, now, roleOrder, roleGroups, minGroupSize);
    const widest = widestRoleDifference(id, groups.means);
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
      byRole: groups.byRole,
      otherRoles: groups.otherRoles,
      suppressedRoles: groups.suppressedRoles,
      heldBackRoles: groups.heldBackRoles,
      suppressed: groups.suppressedRoles.length,
      baseline,
      movement,
    });
  }

  const { largestGaps, leastAligned, largestMovements } = rankTensions(tensions, top);

  const rubric = summarizeRubric(now, before, requestedDimensions);

  return {
    respondents: list.length,
    baselineRespondents: baselineList ? baselineList.length : null,
    points,
    minGroupSize,
    roles: roleGroups.roles,
    otherRoles: roleGroups.otherRoles,
    withoutRole: roleGroups.withoutRole,
    tensions,
    largestGaps,
    leastAligned,
    roleDifferences: rank(roleDifferences, (item) => item.difference, top),
    largestMovements,
    rubric,
  };
}
