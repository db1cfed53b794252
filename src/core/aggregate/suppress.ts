/**
 * Complementary suppression, as statistical agencies apply it to tables: hiding a small group is
 * not enough when the total is shown, because the total minus the shown groups gives the hidden
 * group back. So the respondents left out of the shown groups are either none or at least
 * `minGroupSize`: groups under the minimum are hidden, the hidden ones are pooled into one group
 * ("Other roles") when the pool reaches the minimum, and otherwise the next smallest shown group
 * is hidden too. Pure; no DOM.
 */

/**
 * A group that may be shown or hidden. `sizes` are its counts for every figure the group would
 * show (members; answers to "where we are"; answers to "where we should be"); each must reach the
 * minimum for the group to be shown, and each pooled total must be 0 or reach it.
 */
export interface SuppressionUnit {
  sizes: readonly number[];
  /** Hidden whatever its size (respondents without a role; a role hidden in the role list). */
  alwaysHidden?: boolean;
}

function poolIsSafe(units: readonly SuppressionUnit[], hidden: readonly boolean[], min: number) {
  const width = units.reduce((widest, unit) => Math.max(widest, unit.sizes.length), 0);
  for (let k = 0; k < width; k++) {
    let total = 0;
    units.forEach((unit, i) => {
      if (hidden[i]) total += unit.sizes[k] ?? 0;
    });
    if (total > 0 && total < min) return false;
  }
  return true;
}

/**
 * Which units to hide (true) so that what is hidden, on every count, is none or at least
 * `minGroupSize`. Units under the minimum on any count are hidden; while the hidden pool is
 * under the minimum on some count, the shown unit with the fewest members (the earlier one on a
 * tie, so list units in a stable order) is hidden too. Every unit ends up hidden when no choice
 * works (a team smaller than the minimum).
 */
export function complementaryHidden(
  units: readonly SuppressionUnit[],
  minGroupSize: number,
): boolean[] {
  const hidden = units.map(
    (unit) => unit.alwaysHidden === true || unit.sizes.some((size) => size < minGroupSize),
  );
  while (!poolIsSafe(units, hidden, minGroupSize)) {
    let next = -1;
    units.forEach((unit, i) => {
      if (hidden[i]) return;
      if (next < 0 || (unit.sizes[0] ?? 0) < (units[next]!.sizes[0] ?? 0)) next = i;
    });
    if (next < 0) break;
    hidden[next] = true;
  }
  return hidden;
}
