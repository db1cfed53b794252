/**
 * A valid response read without zod. A chart of 1,000 responses spent about a third of each
 * update in zod's parse of input that was almost always valid; this check takes the common shape
 * (plain objects, as JSON and structuredClone give) in a few plain comparisons and builds what
 * the schema outputs. It answers only "certainly valid, and here is the schema's output": anything
 * else (a problem, or an unusual object such as a class instance) is left to the schema in
 * ./schema.ts, which names the field. The unit tests hold the two together on arbitrary input:
 * whatever this takes, the schema takes with the same output. Change both together. No DOM.
 */
import { DEFAULT_POINTS, MAX_POINTS, MIN_POINTS, RESPONSE_VERSION } from './constants.js';
import { STAGE_IDS } from './ids.js';
import type { RubricRating, SurveyResponse, TensionAnswer } from './schema.js';

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Ids seen valid: a team's responses repeat the same few, so each is tested once. */
const slugs = new Set<string>();
function isSlug(value: string): boolean {
  if (slugs.has(value)) return true;
  if (!SLUG.test(value)) return false;
  if (slugs.size < 512) slugs.add(value);
  return true;
}

const daysIn = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;

/** The number written by the two digits at `at` (the pattern above has checked they are digits). */
const twoDigits = (value: string, at: number) =>
  (value.charCodeAt(at) - 48) * 10 + value.charCodeAt(at + 1) - 48;

/**
 * Whether `isoDateTimeToMillis` (./schema.ts) reads `value` as a real date and time, in plain
 * arithmetic: the pattern tested (no match array), then the digits read where the pattern put
 * them (it runs once per response: the match's arrays were a quarter of a response's check).
 */
export function isIsoDateTime(value: string): boolean {
  if (!ISO_DATE_TIME.test(value)) return false;
  const year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const second = value.charCodeAt(16) === 58 /* ':' */ ? twoDigits(value, 17) : 0;
  // "Z", or an offset "+hh:mm" in the last six characters.
  const utc = value.endsWith('Z');
  const zone = value.length - 6;
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    twoDigits(value, 11) < 24 &&
    twoDigits(value, 14) < 60 &&
    second < 60 &&
    (utc || (twoDigits(value, zone + 1) < 24 && twoDigits(value, zone + 4) < 60))
  );
}

type Plain = Record<string, unknown>;

/** An object literal's kind of object (or one without a prototype); nothing else is taken here. */
function isPlain(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Its own keys, when they are all enumerable text keys (else undefined: left to the schema). */
function ownKeys(value: Plain): string[] | undefined {
  const keys = Object.keys(value);
  return keys.length === Reflect.ownKeys(value).length ? keys : undefined;
}

/** `text(max)`'s output: the text trimmed, or undefined when the schema would refuse it. */
function trimmedText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed.length >= 1 && trimmed.length <= max ? trimmed : undefined;
}

const isPosition = (value: unknown, points: number): boolean =>
  value === null ||
  (Number.isSafeInteger(value) && (value as number) >= 1 && (value as number) <= points);

const isStage = (value: unknown): boolean => (STAGE_IDS as readonly unknown[]).includes(value);

/** The answers, as the schema outputs them (unknown fields dropped), or undefined. */
function plainTensions(value: unknown, points: number): Record<string, TensionAnswer> | undefined {
  if (!isPlain(value)) return undefined;
  const keys = ownKeys(value);
  if (!keys) return undefined;
  const out: Record<string, TensionAnswer> = {};
  for (const key of keys) {
    const answer = value[key];
    if (!isSlug(key) || !isPlain(answer)) return undefined;
    const { current, desired } = answer;
    if (!isPosition(current, points) || !isPosition(desired, points)) return undefined;
    out[key] = { current: current as number | null, desired: desired as number | null };
  }
  return out;
}

/** The rubric's ratings, as the schema outputs them, or undefined. */
function plainRubric(value: unknown): Record<string, RubricRating> | undefined {
  if (!isPlain(value)) return undefined;
  const keys = ownKeys(value);
  if (!keys) return undefined;
  const out: Record<string, RubricRating> = {};
  for (const key of keys) {
    const rating = value[key];
    if (!isSlug(key) || !isPlain(rating) || !isStage(rating.stage)) return undefined;
    const made: Plain = { stage: rating.stage };
    if ('evidence' in rating) {
      const { evidence } = rating;
      if (evidence !== undefined && (typeof evidence !== 'string' || evidence.length > 2000))
        return undefined;
      made.evidence = evidence;
    }
    if ('target' in rating) {
      if (rating.target !== undefined && !isStage(rating.target)) return undefined;
      made.target = rating.target;
    }
    out[key] = made as RubricRating;
  }
  return out;
}

/**
 * The schema's output for `input` when it is a valid response in plain objects; undefined for
 * anything else, which the caller gives to the schema (`parseResponse`) for the problems.
 */
export function plainResponse(input: unknown): SurveyResponse | undefined {
  if (!isPlain(input)) return undefined;
  const { version, id, survey, submittedAt, locale } = input;
  if (
    version !== RESPONSE_VERSION ||
    typeof id !== 'string' ||
    id.length < 1 ||
    id.length > 64 ||
    typeof survey !== 'string' ||
    !isSlug(survey) ||
    typeof submittedAt !== 'string' ||
    !isIsoDateTime(submittedAt) ||
    typeof locale !== 'string' ||
    !LANGUAGE_TAG.test(locale)
  )
    return undefined;
  // The schema's fields in its order, the optional ones only when the input has the key (as zod).
  const out: Plain = { version, id, survey };
  if ('role' in input && input.role !== undefined) {
    const role = trimmedText(input.role, 60);
    if (role === undefined) return undefined;
    out.role = role;
  } else if ('role' in input) out.role = undefined;
  out.submittedAt = submittedAt;
  out.locale = locale;
  let points = DEFAULT_POINTS;
  if ('points' in input) {
    const given = input.points;
    if (given !== undefined) {
      if (
        !Number.isSafeInteger(given) ||
        (given as number) < MIN_POINTS ||
        (given as number) > MAX_POINTS
      )
        return undefined;
      points = given as number;
    }
    out.points = given;
  }
  const tensions = plainTensions(input.tensions, points);
  if (!tensions) return undefined;
  out.tensions = tensions;
  if ('rubric' in input) {
    if (input.rubric === undefined) out.rubric = undefined;
    else {
      const rubric = plainRubric(input.rubric);
      if (!rubric) return undefined;
      out.rubric = rubric;
    }
  }
  return out as SurveyResponse;
}
