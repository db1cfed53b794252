/**
 * Lists of responses checked by the schema once per object. On a results page one list passes
 * through several hands (`importResponses`, `<team-results>`, its `<gap-chart>`) and is set again
 * on every change; remembering each checked object keeps a 1,000-response update from paying for
 * the schema more than once (about 4 ms in Chromium). Like a Lit property, this relies on
 * identity: a response is not mutated after it is handed over, a changed one is a new object.
 */
import { DEFAULT_POINTS, formatPath, isoDateTimeToMillis, parseResponse } from './schema.js';
import type { InputProblem, SurveyResponse, TensionAnswer } from './schema.js';

/** Each object that passed the schema, mapped to the schema's output (or to itself, if it is one). */
const checked = new WeakMap<object, SurveyResponse>();

// The schema's rules for a response (./schema.ts), for the fast path below.
const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

const isPlain = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype;

/** A position the schema takes on a `points`-point scale: null or a whole number 1 to points. */
const isPosition = (value: unknown, points: number): value is number | null =>
  value === null ||
  (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= points);

const digitsAt = (text: string, from: number, count: number): number => {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const code = text.charCodeAt(i) - 48;
    if (code < 0 || code > 9) return -1;
    value = value * 10 + code;
  }
  return value;
};

/**
 * Whether `isoDateTimeToMillis` takes the time: at once for the form surveys write
 * (2026-03-01T09:30:00Z, a real date and time), through it for any other.
 */
function isDateTime(text: string): boolean {
  if (
    text.length === 20 &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    text[16] === ':' &&
    text[19] === 'Z'
  ) {
    const y = digitsAt(text, 0, 4);
    const mo = digitsAt(text, 5, 2);
    const d = digitsAt(text, 8, 2);
    const h = digitsAt(text, 11, 2);
    const mi = digitsAt(text, 14, 2);
    const s = digitsAt(text, 17, 2);
    if (y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && h >= 0 && h < 24 && mi >= 0 && mi < 60) {
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const days =
        mo === 2 ? (leap ? 29 : 28) : mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
      return d <= days && s >= 0 && s < 60;
    }
  }
  return !Number.isNaN(isoDateTimeToMillis(text));
}

/**
 * The schema's output for a response in the shape a survey writes (plain objects, no rubric,
 * every rule met), built by hand: zod took about 6 ms and most of the garbage of a 1,000-response
 * update. Anything else (a problem to word, a rubric, an unusual object) gives undefined, and
 * zod decides. Same output as `parseResponse`; test/unit/checked.test.ts compares the two.
 */
function fastCheck(input: Record<string, unknown>): SurveyResponse | undefined {
  if ('rubric' in input) return undefined;
  const { version, id, survey, role, submittedAt, locale, points, tensions } = input;
  if (
    version !== 1 ||
    typeof id !== 'string' ||
    id.length < 1 ||
    id.length > 64 ||
    typeof survey !== 'string' ||
    !SLUG.test(survey) ||
    typeof submittedAt !== 'string' ||
    typeof locale !== 'string' ||
    !LANGUAGE_TAG.test(locale) ||
    !isPlain(tensions) ||
    Object.getOwnPropertySymbols(tensions).length > 0
  ) {
    return undefined;
  }
  const hasRole = 'role' in input;
  const trimmed = typeof role === 'string' ? role.trim() : '';
  if (hasRole && (trimmed.length < 1 || trimmed.length > 60)) return undefined;
  const hasPoints = 'points' in input;
  if (
    hasPoints &&
    !(Number.isSafeInteger(points) && (points as number) >= 3 && (points as number) <= 11)
  ) {
    return undefined;
  }
  const scale = hasPoints ? (points as number) : DEFAULT_POINTS;
  const answers: Record<string, TensionAnswer> = {};
  for (const key of Object.keys(tensions)) {
    const answer = tensions[key];
    if (key === '__proto__' || !SLUG.test(key) || !isPlain(answer)) return undefined;
    const { current, desired } = answer;
    if (!('current' in answer) || !('desired' in answer)) return undefined;
    if (!isPosition(current, scale) || !isPosition(desired, scale)) return undefined;
    answers[key] = { current, desired };
  }
  if (!isDateTime(submittedAt)) return undefined;
  // In the schema's order of keys, the optional ones only when given.
  const out = { version, id, survey } as SurveyResponse;
  if (hasRole) out.role = trimmed;
  out.submittedAt = submittedAt;
  out.locale = locale;
  if (hasPoints) out.points = scale;
  out.tensions = answers;
  return out;
}

/** Remembers responses that are already the schema's output (as `importResponses` returns). */
export function rememberChecked(responses: readonly SurveyResponse[]): void {
  for (const response of responses) checked.set(response, response);
}

export interface CheckedResponses {
  /** The responses that pass the schema, as it outputs them, in their order. */
  responses: SurveyResponse[];
  /** One problem per rejected response (its first), with a path such as `responses[3].id`. */
  problems: InputProblem[];
}

/**
 * Keeps the responses of `list` that pass the schema and names every other one by its path
 * under `path`. Objects checked before are not checked again. Never throws.
 */
export function checkResponses(list: unknown, path: string): CheckedResponses {
  const responses: SurveyResponse[] = [];
  const problems: InputProblem[] = [];
  if (!Array.isArray(list)) {
    problems.push({ path, message: 'Expected a list of responses.' });
    return { responses, problems };
  }
  list.forEach((input: unknown, index) => {
    const isObject = input !== null && typeof input === 'object';
    const known = isObject ? checked.get(input) : undefined;
    if (known) {
      responses.push(known);
      return;
    }
    const fast = isPlain(input) ? fastCheck(input) : undefined;
    if (fast) {
      checked.set(input as object, fast);
      responses.push(fast);
      return;
    }
    const result = parseResponse(input);
    if (result.ok) {
      // Only the input is remembered: the output stays inside the element that asked.
      if (isObject) checked.set(input, result.value);
      responses.push(result.value);
      return;
    }
    const first = result.problems[0];
    const where = formatPath([path, index]);
    problems.push({
      path: first?.path ? `${where}.${first.path}` : where,
      message: first?.message ?? 'This response could not be read.',
    });
  });
  return { responses, problems };
}
