/** Statistics read from per-value counts, and the alignment labels. Pure. */
import type { Alignment, Stats } from './types.js';

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

const EMPTY_STATS: Readonly<Stats> = {
  n: 0,
  mean: null,
  median: null,
  min: null,
  max: null,
  sd: null,
};

/** Stats of values where counts[i] is how many times the value i - offset occurs. */
export function statsFromCounts(counts: Uint32Array, offset: number): Stats {
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

export function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

export function larger(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export function countsToArray(counts: Uint32Array): number[] {
  return Array.from(counts.subarray(1));
}
