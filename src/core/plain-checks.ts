/**
 * The few checks a respondent's first load needs, written without zod: with them the survey and
 * slider load no zod until a response is built (about 8 KB gzip off their first load, and no
 * schemas built while the page is waiting for its first paint). Each check gives the same answer
 * and the same message as its zod schema in ./schema.ts and ./parse.ts (the unit tests compare
 * them on arbitrary input); change both together. No DOM.
 */
import { MAX_POINTS, MIN_POINTS } from './constants.js';
import type { InputProblem } from './parse.js';

/**
 * The problems with a scale size, as `pointsSchema` words them: a whole number past the safe
 * integers is also checked against the range (zod reports both); anything else stops at the first.
 */
export function pointsProblems(value: unknown): string[] {
  const whole = 'Use a whole number of points, such as 7.';
  if (!Number.isInteger(value)) return [whole];
  const problems = Number.isSafeInteger(value) ? [] : [whole];
  if ((value as number) < MIN_POINTS) problems.push(`A scale needs at least ${MIN_POINTS} points.`);
  if ((value as number) > MAX_POINTS) problems.push(`A scale has at most ${MAX_POINTS} points.`);
  return problems;
}

/** The first of `pointsProblems`, or undefined for a valid size. */
export const pointsProblem = (value: unknown): string | undefined => pointsProblems(value)[0];

/** Whether `positionSchema` takes a value: null, or a whole number from 1. */
export const isPosition = (value: unknown): boolean =>
  value === null || (Number.isSafeInteger(value) && (value as number) >= 1);

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The message of parse.ts's fallback for a value of the wrong type (`expected`: its words). */
export const wrongType = (value: unknown, expected: string) =>
  value === undefined
    ? `This field is missing; it should be ${expected}.`
    : `Expected ${expected} here.`;

/** `slug`'s problem with a value, or undefined. */
export function slugProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return wrongType(value, 'text');
  return SLUG.test(value)
    ? undefined
    : 'Use 1 to 64 lowercase letters, digits and hyphens, such as "pace" or "shared-vision".';
}

/**
 * `text(max)`'s problems with a value. As zod does, something that is not text but has a length
 * (a list, say) is also checked for its length.
 */
export function textProblems(value: unknown, max: number): string[] {
  const empty = 'This text is empty; write something here.';
  const long = `Keep this text under ${max} characters.`;
  if (typeof value === 'string') {
    const length = value.trim().length;
    return length < 1 ? [empty] : length > max ? [long] : [];
  }
  const problems = [wrongType(value, 'text')];
  const length = value == null ? undefined : (value as { length?: number }).length;
  if (length !== undefined) {
    if (!(length >= 1)) problems.push(empty);
    if (!(length <= max)) problems.push(long);
  }
  return problems;
}

/** What zod takes as an object: anything of type object but null and arrays. */
export const isObjectLike = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Collects problems in order, each with its path. */
export function problemList() {
  const problems: InputProblem[] = [];
  return {
    problems,
    add(path: string, message: string | undefined) {
      if (message !== undefined) problems.push({ path, message });
    },
  };
}
