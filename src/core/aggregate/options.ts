/** Reading {@link aggregate}'s options: nonsense values fall back to defaults. */
import { DEFAULT_POINTS, MAX_POINTS, MIN_POINTS } from '../schema.js';
import type { SurveyResponse } from '../schema.js';

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function validPoints(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_POINTS &&
    value <= MAX_POINTS
  );
}

export function inferPoints(sets: readonly (readonly SurveyResponse[])[]): number {
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

export function sanitizeCount(value: unknown, fallback: number, min: number): number {
  if (typeof value !== 'number' || Number.isNaN(value)) return fallback;
  return Math.max(min, Math.ceil(value));
}

export function uniqueStrings(values: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const v of values) if (typeof v === 'string') seen.add(v);
  return [...seen];
}
