/** The ranked lists of what to talk about: largest gaps, least aligned, role differences, movement. */
import type {
  RankedGap,
  RankedMovement,
  RankedSpread,
  RoleDifference,
  TensionSummary,
} from './types.js';

/** Sorts by key, largest first; ties keep their (report) order. */
export function rank<T>(items: T[], key: (item: T) => number, top: number): T[] {
  const sorted = items.slice().sort((a, b) => key(b) - key(a));
  return Number.isFinite(top) ? sorted.slice(0, top) : sorted;
}

/** The largest difference between two role means on either question; null with fewer than two groups. */
export function widestRoleDifference(
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

/** The tensions ranked three ways: by |gap|, by spread, and by movement since the baseline. */
export function rankTensions(
  tensions: readonly TensionSummary[],
  top: number,
): { largestGaps: RankedGap[]; leastAligned: RankedSpread[]; largestMovements: RankedMovement[] } {
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
  return { largestGaps, leastAligned, largestMovements };
}
