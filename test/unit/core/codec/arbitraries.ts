/**
 * Responses and fast-check arbitraries the codec's tests share: free text that trips CSV writers
 * and spreadsheets, dates in several zones, custom tensions and dimensions, and what each form
 * gives back after a round trip.
 */
import fc from 'fast-check';
import {
  DEFAULT_SURVEY_ID,
  SHARE_CODE_ALPHABET,
  SHARE_CODE_RUBRIC_DIMENSIONS,
} from '../../../../src/core/codec/index.js';
import {
  MAX_POINTS,
  MIN_POINTS,
  STAGE_IDS,
  TENSION_IDS,
  parseResponse,
} from '../../../../src/core/schema.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

export function response(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
  const candidate = {
    version: 1,
    id: 'r1',
    survey: DEFAULT_SURVEY_ID,
    submittedAt: '2026-03-01T09:30:00Z',
    locale: 'en',
    tensions: Object.fromEntries(
      TENSION_IDS.map((id, i) => [id, { current: (i % 7) + 1, desired: ((i * 3) % 7) + 1 }]),
    ),
    ...overrides,
  };
  const result = parseResponse(candidate);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,15}$/);
const customTension = slug.filter((id) => !(TENSION_IDS as readonly string[]).includes(id));
const dimension = fc.oneof(fc.constantFrom(...SHARE_CODE_RUBRIC_DIMENSIONS), slug);

/** Text that trips CSV writers and spreadsheets, plus arbitrary Unicode (lone surrogates too). */
const tricky = fc.constantFrom(
  'a, b',
  'say "hi"',
  'line\nbreak',
  'crlf\r\nand cr\ronly',
  '=SUM(A1:A9)',
  "'=already quoted",
  "''+two",
  '@cmd',
  '-1',
  '+1',
  '\tTab first',
  '\rCR first',
  'ñandú 🦆 日本',
  ' padded ',
  "'plain apostrophe",
  ';semi;colons;',
  '"',
  '',
);
export const text = fc.oneof(
  tricky,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);
export const id = fc.oneof(fc.uuid(), text).filter((s) => s.length >= 1 && s.length <= 64);

const offsets = [0, 60, -300, 330, -720, 840];
const isoDate = fc
  .record({
    ms: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 0, 1) }),
    offset: fc.constantFrom(...offsets),
    fraction: fc.boolean(),
  })
  .map(({ ms, offset, fraction }) => {
    const local = new Date(ms + offset * 60000).toISOString();
    const base = fraction ? local.slice(0, 23) : local.slice(0, 19);
    if (offset === 0) return `${base}Z`;
    const abs = Math.abs(offset);
    const hh = String(Math.floor(abs / 60)).padStart(2, '0');
    const mm = String(abs % 60).padStart(2, '0');
    return `${base}${offset < 0 ? '-' : '+'}${hh}:${mm}`;
  });

const stage = fc.constantFrom(...STAGE_IDS);

export const responseArb: fc.Arbitrary<SurveyResponse> = fc
  .option(fc.integer({ min: MIN_POINTS, max: MAX_POINTS }), { nil: undefined })
  .chain((points) => {
    const position = fc.option(fc.integer({ min: 1, max: points ?? 7 }), { nil: null });
    return fc.record(
      {
        version: fc.constant(1),
        id,
        survey: fc.oneof(fc.constant(DEFAULT_SURVEY_ID), slug),
        role: text,
        submittedAt: isoDate,
        locale: fc.constantFrom('en', 'es', 'fr', 'pt-BR', 'EN', 'zh-Hant-TW'),
        points: fc.constant(points),
        tensions: fc.dictionary(
          fc.oneof(fc.constantFrom(...TENSION_IDS), customTension),
          fc.record({ current: position, desired: position }),
          { maxKeys: 9 },
        ),
        rubric: fc.dictionary(
          dimension,
          fc.record({ stage, target: stage, evidence: text }, { requiredKeys: ['stage'] }),
          { maxKeys: 5 },
        ),
      },
      { requiredKeys: ['version', 'id', 'survey', 'submittedAt', 'locale', 'tensions'] },
    );
  })
  .map((candidate) => parseResponse(candidate))
  .filter((result) => result.ok)
  .map((result) => (result as { ok: true; value: SurveyResponse }).value);

/** The seven built-in tensions answered (or not), nothing else: the everyday share code. */
export const everydayArb: fc.Arbitrary<SurveyResponse> = fc
  .option(fc.integer({ min: MIN_POINTS, max: MAX_POINTS }), { nil: undefined })
  .chain((points) => {
    const position = fc.option(fc.integer({ min: 1, max: points ?? 7 }), { nil: null });
    return fc.record({
      submittedAt: fc.oneof(
        isoDate,
        fc.constantFrom(
          '1999-12-31T23:59:59Z',
          '2150-06-01T12:00:00+02:00',
          '0001-01-01T00:00:00Z',
        ),
      ),
      locale: fc.constantFrom('en', 'es'),
      answers: fc.tuple(
        ...TENSION_IDS.map(() => fc.record({ current: position, desired: position })),
      ),
      points: fc.constant(points),
    });
  })
  .map(({ submittedAt, locale, answers, points }) =>
    response({
      submittedAt,
      locale,
      ...(points === undefined ? {} : { points }),
      tensions: Object.fromEntries(TENSION_IDS.map((tid, i) => [tid, answers[i]!])),
    }),
  );

function mapValues<T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
}

/** What a CSV round trip gives back: absent tensions as unanswered, no empty rubric or evidence. */
export function afterCSV(responses: readonly SurveyResponse[]): SurveyResponse[] {
  const ids = new Set(responses.flatMap((r) => Object.keys(r.tensions)));
  return responses.map((r) => {
    const tensions = Object.fromEntries(
      [...ids].map((tid) => [tid, r.tensions[tid] ?? { current: null, desired: null }]),
    );
    const rubric =
      r.rubric && Object.keys(r.rubric).length > 0
        ? mapValues(r.rubric, ({ stage, target, evidence }) => ({
            stage,
            ...(target === undefined ? {} : { target }),
            ...(evidence ? { evidence } : {}),
          }))
        : undefined;
    const out: SurveyResponse = { ...r, tensions };
    if (rubric) out.rubric = rubric;
    else delete out.rubric;
    return out;
  });
}

/** To the minute, in UTC: what a share code keeps of submittedAt. */
function toMinute(iso: string): string {
  const ms = Math.floor(Date.parse(iso) / 60000) * 60000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** What a share code round trip gives back (its id aside). */
export function afterCode(r: SurveyResponse): Omit<SurveyResponse, 'id'> {
  const { id: _id, ...rest } = r;
  const out: Omit<SurveyResponse, 'id'> = { ...rest, submittedAt: toMinute(r.submittedAt) };
  if (r.rubric) {
    out.rubric = mapValues(r.rubric, ({ stage, target }) =>
      target === undefined ? { stage } : { stage, target },
    );
  }
  return out;
}

/** The documented check characters, computed independently of the codec. */
export function sign(unsigned: string): string {
  let sum = 0;
  for (let i = 0; i < unsigned.length; i++) {
    sum = (sum + SHARE_CODE_ALPHABET.indexOf(unsigned[i]!) * ((i % 1020) + 1)) % 1021;
  }
  return unsigned + SHARE_CODE_ALPHABET[sum >> 5]! + SHARE_CODE_ALPHABET[sum & 31]!;
}
