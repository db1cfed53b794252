/**
 * The payload of a share code: a response packed into one big number of mixed-radix digits, and
 * read back, refusing anything the packer would not have written (one response, one code). No DOM.
 */
import { DEFAULT_SURVEY_ID, STAGE_IDS, TENSION_IDS, isTensionId, stageIndex } from '../ids.js';
import {
  DEFAULT_POINTS,
  MAX_POINTS,
  MIN_POINTS,
  RESPONSE_VERSION,
  isoDateTimeToMillis,
} from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { SHARE_CODE_RUBRIC_DIMENSIONS } from './shared.js';

/** The longest share code `encodeShareCode` makes and `decodeShareCode` reads. */
export const MAX_SHARE_CODE_LENGTH = 2000;

const SHARE_CODE_LOCALES = ['en', 'es'] as const;
const POINTS_KINDS = MAX_POINTS - MIN_POINTS + 2; // 0 = not given (the default scale)
const TIME_EPOCH = Date.UTC(2020, 0, 1);
const TIME_RANGE = 2 ** 25; // minutes from 2020-01-01: until 2083
const SLUG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const LOCALE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
const BUILT_IN_DIMENSIONS = new Set<string>(SHARE_CODE_RUBRIC_DIMENSIONS);

/** Thrown inside the reader on anything non-canonical; `decodeShareCode` turns it into a problem. */
export class DamagedCode extends Error {}

/** Writes digits of mixed radixes into one big number, the first digit least significant. */
class Packer {
  value = 0n;
  private scale = 1n;
  push(digit: number, radix: number): void {
    this.value += BigInt(digit) * this.scale;
    this.scale *= BigInt(radix);
  }
  flag(on: boolean): boolean {
    this.push(on ? 1 : 0, 2);
    return on;
  }
  varint(value: number): void {
    let rest = value;
    do {
      this.push(rest % 128, 128);
      rest = Math.floor(rest / 128);
      this.push(rest > 0 ? 1 : 0, 2);
    } while (rest > 0);
  }
  chars(text: string, charset: string): void {
    for (const ch of text) {
      const digit = charset.indexOf(ch);
      if (digit < 0) throw new RangeError(`Can't put "${ch}" in a share code.`);
      this.push(digit, charset.length);
    }
  }
  slug(text: string): void {
    this.push(text.length - 1, 64);
    this.chars(text, SLUG_CHARS);
  }
  text(text: string): void {
    const mode = textMode(text);
    this.push(mode, 3);
    if (mode === 0) {
      this.varint(text.length);
      for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i) - 32, 95);
    } else if (mode === 1) {
      const bytes = new TextEncoder().encode(text);
      this.varint(bytes.length);
      for (const byte of bytes) this.push(byte, 256);
    } else {
      this.varint(text.length);
      for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i), 65536);
    }
  }
}

/** Reads what `Packer` wrote, in the same order; throws `DamagedCode` on anything non-canonical. */
class Unpacker {
  constructor(private value: bigint) {}
  take(radix: number): number {
    const r = BigInt(radix);
    const digit = Number(this.value % r);
    this.value /= r;
    return digit;
  }
  flag(): boolean {
    return this.take(2) === 1;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let group = 0; ; group++) {
      const digit = this.take(128);
      const more = this.take(2) === 1;
      if (group > 0 && !more && digit === 0) throw new DamagedCode();
      value += digit * scale;
      scale *= 128;
      if (!Number.isSafeInteger(value) || scale > 2 ** 60) throw new DamagedCode();
      if (!more) return value;
    }
  }
  length(): number {
    const length = this.varint();
    if (length > MAX_SHARE_CODE_LENGTH * 5) throw new DamagedCode();
    return length;
  }
  chars(count: number, charset: string): string {
    let out = '';
    for (let i = 0; i < count; i++) out += charset[this.take(charset.length)];
    return out;
  }
  slug(): string {
    return this.chars(this.take(64) + 1, SLUG_CHARS);
  }
  text(): string {
    const mode = this.take(3);
    const length = this.length();
    let text = '';
    if (mode === 0) {
      for (let i = 0; i < length; i++) text += String.fromCharCode(this.take(95) + 32);
    } else if (mode === 1) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = this.take(256);
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } else {
      for (let i = 0; i < length; i++) text += String.fromCharCode(this.take(65536));
    }
    if (textMode(text) !== mode) throw new DamagedCode();
    return text;
  }
  end(): void {
    if (this.value !== 0n) throw new DamagedCode();
  }
}

/** 0: printable ASCII; 1: other well-formed text (as UTF-8); 2: text with lone surrogates. */
function textMode(text: string): 0 | 1 | 2 {
  if (/^[\x20-\x7e]*$/.test(text)) return 0;
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
    ? 2
    : 1;
}

/*
 * The payload, in reading order (mixed radix, so absent trailing parts cost nothing):
 *   points       10: 0 = not given, else 3..11
 *   locale       3: en, es, other (spelled out at the end)
 *   minutes      2^25 + 1: minutes since 2020-01-01T00:00Z, or 2^25 = outside that range,
 *                then a zigzag varint of the minutes
 *   tensions     2^7: which built-in tensions are answered; then current and desired of each,
 *                radix points + 1 (0 = null)
 *   role         flag, then text
 *   rubric       flag; 2^12: which SHARE_CODE_RUBRIC_DIMENSIONS; stage (4) and target (5, 0 = none)
 *                of each; then a varint count of other dimensions (id, stage, target), sorted
 *   survey       flag (set unless DEFAULT_SURVEY_ID), then the id
 *   custom       flag; varint count - 1 of custom tensions: id, current, desired, sorted by id
 *   locale text  if the locale is "other": varint length, characters
 */
export function pack(r: SurveyResponse): bigint {
  const w = new Packer();
  const points = r.points ?? DEFAULT_POINTS;
  w.push(r.points === undefined ? 0 : r.points - MIN_POINTS + 1, POINTS_KINDS);
  const localeIndex = (SHARE_CODE_LOCALES as readonly string[]).indexOf(r.locale);
  const otherLocale = localeIndex < 0;
  w.push(otherLocale ? SHARE_CODE_LOCALES.length : localeIndex, SHARE_CODE_LOCALES.length + 1);

  const minutes = Math.floor((isoDateTimeToMillis(r.submittedAt) - TIME_EPOCH) / 60000);
  if (!Number.isSafeInteger(minutes)) throw new RangeError('submittedAt is not a date.');
  if (minutes >= 0 && minutes < TIME_RANGE) {
    w.push(minutes, TIME_RANGE + 1);
  } else {
    w.push(TIME_RANGE, TIME_RANGE + 1);
    w.varint(minutes >= 0 ? minutes * 2 : -minutes * 2 - 1);
  }

  const position = (value: number | null) => w.push(value ?? 0, points + 1);
  let mask = 0;
  TENSION_IDS.forEach((id, bit) => {
    if (Object.hasOwn(r.tensions, id)) mask |= 1 << bit;
  });
  w.push(mask, 1 << TENSION_IDS.length);
  for (const id of TENSION_IDS) {
    const answer = Object.hasOwn(r.tensions, id) ? r.tensions[id] : undefined;
    if (!answer) continue;
    position(answer.current);
    position(answer.desired);
  }

  if (w.flag(r.role !== undefined)) w.text(r.role!);

  if (w.flag(r.rubric !== undefined)) {
    const rubric = r.rubric!;
    const rating = (id: string) => {
      const { stage, target } = rubric[id]!;
      w.push(stageIndex(stage), STAGE_IDS.length);
      w.push(target === undefined ? 0 : stageIndex(target) + 1, STAGE_IDS.length + 1);
    };
    let dimensionMask = 0;
    SHARE_CODE_RUBRIC_DIMENSIONS.forEach((id, bit) => {
      if (Object.hasOwn(rubric, id)) dimensionMask += 2 ** bit;
    });
    w.push(dimensionMask, 2 ** SHARE_CODE_RUBRIC_DIMENSIONS.length);
    for (const id of SHARE_CODE_RUBRIC_DIMENSIONS) if (Object.hasOwn(rubric, id)) rating(id);
    const others = Object.keys(rubric)
      .filter((id) => !BUILT_IN_DIMENSIONS.has(id))
      .sort();
    w.varint(others.length);
    for (const id of others) {
      w.slug(id);
      rating(id);
    }
  }

  if (w.flag(r.survey !== DEFAULT_SURVEY_ID)) w.slug(r.survey);

  const custom = Object.keys(r.tensions)
    .filter((id) => !isTensionId(id))
    .sort();
  if (w.flag(custom.length > 0)) {
    w.varint(custom.length - 1);
    for (const id of custom) {
      w.slug(id);
      position(r.tensions[id]!.current);
      position(r.tensions[id]!.desired);
    }
  }

  if (otherLocale) {
    w.varint(r.locale.length);
    w.chars(r.locale, LOCALE_CHARS);
  }
  return w.value;
}

export function unpack(value: bigint, id: string): Record<string, unknown> {
  const r = new Unpacker(value);
  const candidate: Record<string, unknown> = { version: RESPONSE_VERSION, id };
  const pointsKind = r.take(POINTS_KINDS);
  const points = pointsKind === 0 ? DEFAULT_POINTS : pointsKind + MIN_POINTS - 1;
  const localeKind = r.take(SHARE_CODE_LOCALES.length + 1);

  let minutes = r.take(TIME_RANGE + 1);
  if (minutes === TIME_RANGE) {
    const zigzag = r.varint();
    minutes = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    if (minutes >= 0 && minutes < TIME_RANGE) throw new DamagedCode();
  }
  const iso = new Date(TIME_EPOCH + minutes * 60000).toISOString(); // throws if out of range
  candidate.submittedAt = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;

  const position = () => {
    const digit = r.take(points + 1);
    return digit === 0 ? null : digit;
  };
  const tensions: Record<string, unknown> = {};
  const mask = r.take(1 << TENSION_IDS.length);
  TENSION_IDS.forEach((tension, bit) => {
    if (mask & (1 << bit)) tensions[tension] = { current: position(), desired: position() };
  });

  if (r.flag()) candidate.role = r.text();

  if (r.flag()) {
    const rubric: Record<string, unknown> = {};
    const rating = () => {
      const stage = STAGE_IDS[r.take(STAGE_IDS.length)];
      const target = r.take(STAGE_IDS.length + 1);
      return target === 0 ? { stage } : { stage, target: STAGE_IDS[target - 1] };
    };
    const dimensionMask = r.take(2 ** SHARE_CODE_RUBRIC_DIMENSIONS.length);
    SHARE_CODE_RUBRIC_DIMENSIONS.forEach((dimension, bit) => {
      if (Math.floor(dimensionMask / 2 ** bit) % 2 === 1) rubric[dimension] = rating();
    });
    const count = r.length();
    let previous = '';
    for (let i = 0; i < count; i++) {
      const dimension = r.slug();
      if (dimension <= previous || BUILT_IN_DIMENSIONS.has(dimension)) throw new DamagedCode();
      previous = dimension;
      rubric[dimension] = rating();
    }
    candidate.rubric = rubric;
  }

  if (r.flag()) {
    const survey = r.slug();
    if (survey === DEFAULT_SURVEY_ID) throw new DamagedCode();
    candidate.survey = survey;
  } else {
    candidate.survey = DEFAULT_SURVEY_ID;
  }

  if (r.flag()) {
    const count = r.length() + 1;
    let previous = '';
    for (let i = 0; i < count; i++) {
      const tension = r.slug();
      if (tension <= previous || isTensionId(tension)) throw new DamagedCode();
      previous = tension;
      tensions[tension] = { current: position(), desired: position() };
    }
  }
  candidate.tensions = tensions;
  if (pointsKind !== 0) candidate.points = points;

  if (localeKind < SHARE_CODE_LOCALES.length) {
    candidate.locale = SHARE_CODE_LOCALES[localeKind];
  } else {
    const locale = r.chars(r.length(), LOCALE_CHARS);
    if ((SHARE_CODE_LOCALES as readonly string[]).includes(locale)) throw new DamagedCode();
    candidate.locale = locale;
  }
  r.end();
  return candidate;
}
