/**
 * The `strings` property every element takes: word overrides by key, or a JSON attribute. Lit's
 * own Object converter turns text that is not JSON into null, silently; this one keeps the text,
 * so the element's willUpdate can report it the contract's way (a `strings` that is not an object).
 */
import type { InputProblem } from '../core/parse.js';

export const stringsProperty = {
  attribute: 'strings',
  converter: (value: string | null): unknown => {
    if (value === null) return null;
    try {
      return JSON.parse(value) as unknown;
    } catch {
      return value;
    }
  },
};

/** `strings` as overrides: an object of words by key, or null for anything else (reported). */
export const stringsOrNull = <T>(value: T | string | null | undefined): T | null =>
  value && typeof value === 'object' ? value : null;

/**
 * The `strings` an element passes to the elements inside it (a survey's sliders and rubric, the
 * results board's chart): its own, with the section named after the inner element on top, so a
 * key both use can differ (`{"unsure": "…", "tension-slider": {"unsure": "…"}}`).
 */
export function stringsFor(value: unknown, tag: string): Record<string, unknown> | null {
  const outer = stringsOrNull(value as Record<string, unknown> | null);
  return outer && { ...outer, ...stringsOrNull(outer[tag] as Record<string, unknown> | null) };
}

/** The problem with a `strings` that is not an object of words (an attribute that is not JSON). */
export const stringsProblems = (value: unknown): InputProblem[] =>
  value == null || (typeof value === 'object' && !Array.isArray(value))
    ? []
    : [
        {
          path: 'strings',
          message: 'Use a JSON object of words by key, such as {"submit": "Send"}.',
        },
      ];
