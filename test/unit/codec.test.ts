import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SURVEY_ID,
  MAX_SHARE_CODE_LENGTH,
  SHARE_CODE_ALPHABET,
  SHARE_CODE_PREFIX,
  SHARE_CODE_RUBRIC_DIMENSIONS,
  decodeShareCode,
  dedupeResponses,
  detectFormat,
  encodeShareCode,
  importResponses,
  parseCSV,
  parseJSON,
  parseShareCodes,
  toCSV,
  toJSON,
} from '../../src/core/codec/index.js';
import {
  MAX_POINTS,
  MIN_POINTS,
  STAGE_IDS,
  TENSION_IDS,
  parseResponse,
} from '../../src/core/schema.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { DISTRICT_DIMENSION_IDS } from '../../src/core/catalog/index.js';

// ---------------------------------------------------------------------------------------------
// Fixtures and arbitraries

function response(overrides: Partial<SurveyResponse> = {}): SurveyResponse {
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
const text = fc.oneof(
  tricky,
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);
const id = fc.oneof(fc.uuid(), text).filter((s) => s.length >= 1 && s.length <= 64);

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

const responseArb: fc.Arbitrary<SurveyResponse> = fc
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
const everydayArb: fc.Arbitrary<SurveyResponse> = fc
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
function afterCSV(responses: readonly SurveyResponse[]): SurveyResponse[] {
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
function afterCode(r: SurveyResponse): Omit<SurveyResponse, 'id'> {
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
function sign(unsigned: string): string {
  let sum = 0;
  for (let i = 0; i < unsigned.length; i++) {
    sum = (sum + SHARE_CODE_ALPHABET.indexOf(unsigned[i]!) * ((i % 1020) + 1)) % 1021;
  }
  return unsigned + SHARE_CODE_ALPHABET[sum >> 5]! + SHARE_CODE_ALPHABET[sum & 31]!;
}

// ---------------------------------------------------------------------------------------------
// JSON

describe('JSON', () => {
  it('round-trips any valid responses, as a list, one response or { responses }', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 5 }), (responses) => {
        expect(parseJSON(toJSON(responses))).toEqual({ responses, rejected: [] });
        expect(parseJSON(JSON.stringify({ responses }))).toEqual({ responses, rejected: [] });
        if (responses[0]) {
          expect(parseJSON(toJSON(responses[0])).responses).toEqual([responses[0]]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the good records and names the record and field of each bad one', () => {
    const good = response({ id: 'good' });
    const text = toJSON([
      good,
      { ...good, id: 'late', tensions: { pace: { current: 9, desired: 1 } } },
      { ...good, id: 'undated', submittedAt: undefined },
    ] as SurveyResponse[]);
    const result = importResponses(text);
    expect(result.format).toBe('json');
    expect(result.responses).toEqual([good]);
    expect(result.rejected).toEqual([
      {
        source: 'json',
        index: 1,
        path: 'tensions.pace.current',
        reason: expect.stringMatching(
          /^Response 2 \(id "late"\): tensions\.pace\.current: 9 is past/,
        ),
      },
      {
        source: 'json',
        index: 2,
        path: 'submittedAt',
        reason: expect.stringMatching(/^Response 3 \(id "undated"\): submittedAt: /),
      },
    ]);
  });

  it('reports malformed JSON as one rejected entry with its line, without throwing', () => {
    const result = importResponses('[\n  {"id": "a",\n  oops\n]');
    expect(result.responses).toEqual([]);
    expect(result.rejected).toHaveLength(1);
    expect(result.rejected[0]).toMatchObject({ source: 'json', path: '', line: 3 });
    expect(result.rejected[0]!.reason).toMatch(/^This is not valid JSON/);
    expect(parseJSON('42').rejected[0]!.reason).toMatch(/Expected a response/);
    expect(importResponses('{"responses": 3}').rejected[0]).toMatchObject({ path: 'responses' });
  });
});

// ---------------------------------------------------------------------------------------------
// CSV

describe('CSV', () => {
  it('round-trips any valid responses (free text with commas, quotes, line breaks, formulas)', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 6 }), (responses) => {
        const csv = toCSV(responses);
        expect(parseCSV(csv)).toEqual({ responses: afterCSV(responses), rejected: [] });
        expect(importResponses(csv).format).toBe('csv');
      }),
      { numRuns: 300 },
    );
  });

  it('writes the documented columns, CRLF line ends and RFC 4180 quoting', () => {
    const csv = toCSV([
      response({
        id: 'a',
        role: 'Principal, "North"',
        points: 5,
        tensions: {
          pace: { current: 1, desired: null },
          zeta: { current: 2, desired: 3 },
          alpha: { current: null, desired: 1 },
        },
        rubric: {
          'implementation-dip': { stage: 'emerging', evidence: 'two\nlines' },
          roadmap: { stage: 'exploring', target: 'proficient' },
        },
      }),
    ]);
    expect(csv.split('\r\n')).toEqual([
      'id,survey,role,submittedAt,locale,points,pace.current,pace.desired,alpha.current,alpha.desired,zeta.current,zeta.desired,' +
        'rubric.roadmap.stage,rubric.roadmap.target,rubric.roadmap.evidence,' +
        'rubric.implementation-dip.stage,rubric.implementation-dip.target,rubric.implementation-dip.evidence',
      'a,tensions,"Principal, ""North""",2026-03-01T09:30:00Z,en,5,1,,,1,2,3,exploring,proficient,,emerging,,"two\nlines"',
      '',
    ]);
    expect(toCSV([])).toBe('id,survey,role,submittedAt,locale,points\r\n');
  });

  it('guards free text a spreadsheet would run as a formula, and reads it back unchanged', () => {
    const risky = response({
      id: '=1+2',
      role: '@SUM(A1)',
      rubric: { roadmap: { stage: 'emerging', evidence: '=HYPERLINK("http://x","y")' } },
    });
    const csv = toCSV([risky]);
    const row = csv.split('\r\n')[1]!;
    expect(row.startsWith("'=1+2,tensions,'@SUM(A1),")).toBe(true);
    expect(row).toContain('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(row).not.toMatch(/(^|,)[=+\-@]/);
    expect(parseCSV(csv).responses).toEqual([risky]);
  });

  it('reads a spreadsheet export: BOM, CRLF, quoted fields, shuffled columns, extra columns', () => {
    const csv =
      '\uFEFF' +
      [
        ' Submitted At ,Role,PACE.current,pace.desired,Notes,ID,locus-of-control.current,Locus-of-Control.Desired,Rubric.Roadmap.Stage,rubric.roadmap.evidence,points',
        '2026-03-01T09:30:00Z,"Principal, North", 2 , 5 ,"He said ""slow down""",r1,,4,Emerging,"We wrote it down,\r\nthen ""forgot""", 7 ',
        '',
        ',,,,,,,,,,',
        '2026-03-02T10:00:00-05:00,Teacher,3,3,,r2,1,2,,,',
      ].join('\r\n') +
      '\r\n';
    const result = importResponses(csv);
    expect(result.format).toBe('csv');
    expect(result.rejected).toEqual([]);
    expect(result.responses).toEqual([
      {
        version: 1,
        id: 'r1',
        survey: 'tensions',
        role: 'Principal, North',
        submittedAt: '2026-03-01T09:30:00Z',
        locale: 'en',
        points: 7,
        tensions: {
          pace: { current: 2, desired: 5 },
          'locus-of-control': { current: null, desired: 4 },
        },
        rubric: { roadmap: { stage: 'emerging', evidence: 'We wrote it down,\r\nthen "forgot"' } },
      },
      {
        version: 1,
        id: 'r2',
        survey: 'tensions',
        role: 'Teacher',
        submittedAt: '2026-03-02T10:00:00-05:00',
        locale: 'en',
        tensions: {
          pace: { current: 3, desired: 3 },
          'locus-of-control': { current: 1, desired: 2 },
        },
      },
    ]);
  });

  it('reads semicolon- and tab-separated files, and LF or lone CR line ends', () => {
    const semicolon =
      'id;submittedAt;pace.current;pace.desired;role;locale\n' +
      'r1;2026-03-01T09:30:00Z;2;6;"Coach; data";es\n' +
      'r2;2026-03-01T09:31:00Z;;1;;\n';
    const result = importResponses(semicolon);
    expect(result.format).toBe('csv');
    expect(result.rejected).toEqual([]);
    expect(result.responses.map((r) => [r.id, r.role, r.locale, r.tensions.pace])).toEqual([
      ['r1', 'Coach; data', 'es', { current: 2, desired: 6 }],
      ['r2', undefined, 'en', { current: null, desired: 1 }],
    ]);
    const tabs = semicolon.replaceAll(';', '\t').replace('"Coach\t data"', 'Coach');
    expect(parseCSV(tabs).responses).toHaveLength(2);
    expect(parseCSV(semicolon.replaceAll('\n', '\r')).responses).toHaveLength(2);
  });

  it('keeps good rows and lists bad ones with their line and field path', () => {
    const csv = [
      'id,submittedAt,pace.current,pace.desired,rubric.roadmap.stage',
      'ok1,2026-03-01T09:30:00Z,1,2,',
      'far,2026-03-01T09:30:00Z,9,2,',
      'undated,,1,2,',
      'ok2,2026-03-01T09:30:00Z,"3",4,"exploring"',
      '"multi',
      'line",2026-03-01T09:30:00Z,1,1,',
      'badstage,2026-03-01T09:30:00Z,1,2,great',
      'word,2026-03-01T09:30:00Z,three,2,',
      'ok3,2026-03-01T09:30:00Z,,,',
    ].join('\n');
    const result = importResponses(csv);
    expect(result.responses.map((r) => r.id)).toEqual(['ok1', 'ok2', 'multi\nline', 'ok3']);
    expect(result.rejected.map(({ line, path, source }) => ({ line, path, source }))).toEqual([
      { source: 'csv', line: 3, path: 'tensions.pace.current' },
      { source: 'csv', line: 4, path: 'submittedAt' },
      { source: 'csv', line: 8, path: 'rubric.roadmap.stage' },
      { source: 'csv', line: 9, path: 'tensions.pace.current' },
    ]);
    expect(result.rejected[0]!.reason).toBe(
      'Line 3: tensions.pace.current: 9 is past the end of a 7-point scale; use 1 to 7.',
    );
    expect(result.rejected[1]!.reason).toMatch(/^Line 4: submittedAt: Use an ISO 8601 date/);
  });

  it('fills in version, survey, locale and a stable content-derived id when columns are missing', () => {
    const csv =
      'submittedAt,pace.current,pace.desired\n2026-03-01T09:30:00Z,1,2\n2026-03-01T09:30:00Z,2,2\n';
    const first = parseCSV(csv);
    const again = parseCSV(csv);
    expect(first.rejected).toEqual([]);
    expect(first.responses).toEqual(again.responses);
    const [a, b] = first.responses;
    expect(a).toMatchObject({ version: 1, survey: DEFAULT_SURVEY_ID, locale: 'en' });
    expect(a!.id).toMatch(/^csv-[0-9a-f]{16}$/);
    expect(a!.id).not.toBe(b!.id);
    // The same row in a file with other column order and an extra column gets the same id.
    const shuffled =
      'Comment,pace.desired,pace.current,SubmittedAt\nhello,2,1,2026-03-01T09:30:00Z\n';
    expect(parseCSV(shuffled).responses[0]!.id).toBe(a!.id);
  });

  it('says so when no column is one it reads, and when a quote is never closed', () => {
    const strange = importResponses('Name,Email\nAna,ana@example.org\n');
    expect(strange.format).toBe('csv');
    expect(strange.rejected).toHaveLength(1);
    expect(strange.rejected[0]).toMatchObject({ source: 'csv', line: 1 });
    const open = parseCSV('id,submittedAt,pace.current\nr1,2026-03-01T09:30:00Z,"1\nr2,x,2\n');
    expect(open.rejected.some((r) => r.line === 2 && /never closed/.test(r.reason))).toBe(true);
  });

  it('reads 100,000 rows in linear time', () => {
    const base = response();
    const responses = Array.from({ length: 100_000 }, (_, i) => ({
      ...base,
      id: `r${i}`,
      role: i % 3 ? 'Teacher' : 'Principal, "Central"',
    }));
    const started = performance.now();
    const csv = toCSV(responses);
    const parsed = parseCSV(csv);
    const elapsed = performance.now() - started;
    expect(parsed.rejected).toEqual([]);
    expect(parsed.responses).toHaveLength(100_000);
    expect(parsed.responses[99_999]).toEqual(responses[99_999]);
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Share codes

describe('share codes', () => {
  const everyday = response();
  const everydayCode = encodeShareCode(everyday);
  const full = response({
    role: 'Directora de matemáticas',
    survey: 'spring-check-in',
    locale: 'es-MX',
    points: 11,
    submittedAt: '2031-11-05T23:59:59.999+09:30',
    tensions: { ...everyday.tensions, 'family-voice': { current: 11, desired: null } },
    rubric: {
      'shared-vision': { stage: 'emerging', target: 'proficient', evidence: 'not carried' },
      'implementation-dip': { stage: 'breakthrough' },
      'local-extra': { stage: 'exploring', target: 'breakthrough' },
    },
  });
  const fullCode = encodeShareCode(full);
  const sampleCodes = [
    everydayCode,
    encodeShareCode(response({ role: 'Teacher', locale: 'es' })),
    encodeShareCode(
      response({
        tensions: { pace: { current: null, desired: null } },
        submittedAt: '2020-01-01T00:00:00Z',
      }),
    ),
    fullCode,
  ];

  it('is under 40 characters for seven answered tensions without role or rubric', () => {
    expect(everydayCode).toMatch(/^TK1[0-9A-HJKMNP-TV-Z]+$/);
    expect(everydayCode.length).toBeLessThan(40);
    expect(everydayCode.length).toBe(21);
    fc.assert(
      fc.property(everydayArb, (r) => {
        expect(encodeShareCode(r).length).toBeLessThan(40);
      }),
    );
  });

  it('decodes what it encodes: everything but evidence, to the minute, with an id from the code', () => {
    const decoded = decodeShareCode(everydayCode);
    expect(decoded).toEqual({
      ok: true,
      value: { ...everyday, id: `sc-${everydayCode}` },
    });
    const back = decodeShareCode(fullCode);
    expect(back.ok && back.value).toEqual({
      ...afterCode(full),
      id: expect.stringMatching(/^sc-[0-9a-f]{16}$/),
      submittedAt: '2031-11-05T14:29:00Z',
    });
  });

  it('round-trips any valid response (fast-check)', () => {
    fc.assert(
      fc.property(responseArb, (r) => {
        const code = encodeShareCode(r);
        expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(code.startsWith(SHARE_CODE_PREFIX)).toBe(true);
        const decoded = decodeShareCode(code);
        if (!decoded.ok) throw new Error(JSON.stringify(decoded.problems));
        const { id, ...value } = decoded.value;
        expect(value).toEqual(afterCode(r));
        if (code.length <= 61) expect(id).toBe(`sc-${code}`);
        else expect(id).toMatch(/^sc-[0-9a-f]{16}$/);
        expect(id).toMatch(/^sc-[0-9A-Za-z]+$/);
        expect(encodeShareCode(decoded.value)).toBe(code);
        expect(decodeShareCode(code, { id: 'mine' })).toMatchObject({
          ok: true,
          value: { id: 'mine' },
        });
      }),
      { numRuns: 300 },
    );
  });

  it('catches every single changed character (exhaustive over positions and alphabet)', () => {
    let tried = 0;
    for (const code of sampleCodes) {
      for (let i = 0; i < code.length; i++) {
        for (const ch of SHARE_CODE_ALPHABET) {
          if (ch === code[i]) continue;
          const typo = code.slice(0, i) + ch + code.slice(i + 1);
          expect(decodeShareCode(typo).ok, typo).toBe(false);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(31 * 100);
  });

  it('catches swapped neighbours, and a dropped or doubled character', () => {
    for (const code of sampleCodes) {
      for (let i = 0; i + 1 < code.length; i++) {
        if (code[i] === code[i + 1]) continue;
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2);
        expect(decodeShareCode(swapped).ok, swapped).toBe(false);
      }
      for (let i = 0; i < code.length; i++) {
        expect(decodeShareCode(code.slice(0, i) + code.slice(i + 1)).ok).toBe(false);
      }
    }
  });

  it('reads codes in any case, with I and L for 1 and O for 0, and the same id', () => {
    const code = encodeShareCode(response({ submittedAt: '2026-01-10T00:01:00Z' }));
    const decoded = decodeShareCode(code);
    expect(decodeShareCode(`  ${code.toLowerCase()}\n`)).toEqual(decoded);
    expect(decodeShareCode(code.replaceAll('1', 'l').replaceAll('0', 'O'))).toEqual(decoded);
  });

  it('explains what is wrong with a code that is not right', () => {
    const message = (code: string) => {
      const result = decodeShareCode(code);
      return result.ok ? '' : result.problems[0]!.message;
    };
    expect(message('')).toMatch(/empty/);
    expect(message('hello')).toMatch(/not a tensionkit share code/);
    expect(message(`${everydayCode.slice(0, 5)}!${everydayCode.slice(6)}`)).toMatch(/"!" can't be/);
    expect(message(`TK2${everydayCode.slice(3)}`)).toMatch(/newer version/);
    const i = 8;
    const typo =
      everydayCode.slice(0, i) + (everydayCode[i] === 'A' ? 'B' : 'A') + everydayCode.slice(i + 1);
    expect(message(typo)).toMatch(/typo/);
    expect(message('TK1')).toMatch(/too short/);
    expect(message('TK1' + 'Z'.repeat(MAX_SHARE_CODE_LENGTH))).toMatch(/too long/);
  });

  it('reads a code back only in its one canonical form (fast-check over signed random bodies)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...SHARE_CODE_ALPHABET), minLength: 1, maxLength: 40 }),
        (body) => {
          const code = sign(SHARE_CODE_PREFIX + body);
          const decoded = decodeShareCode(code);
          if (decoded.ok) expect(encodeShareCode(decoded.value)).toBe(code);
        },
      ),
      { numRuns: 2000 },
    );
    // A valid payload padded with a leading zero digit is not the same code.
    expect(decodeShareCode(sign(`${SHARE_CODE_PREFIX}0${everydayCode.slice(3, -2)}`)).ok).toBe(
      false,
    );
  });

  it('refuses to encode an invalid response, with the reason', () => {
    const bad = { ...everyday, tensions: { pace: { current: 0, desired: 1 } } } as SurveyResponse;
    expect(() => encodeShareCode(bad)).toThrow(/tensions\.pace\.current/);
  });

  it('uses the rubric dimensions of the built-in district rubric', () => {
    expect([...SHARE_CODE_RUBRIC_DIMENSIONS].sort()).toEqual([...DISTRICT_DIMENSION_IDS].sort());
  });

  it('imports pasted codes and names the bad ones with their line', () => {
    const text = `Ana: ${everydayCode}\n\n${fullCode.toLowerCase()}, TK1ABC\n`;
    const result = importResponses(text);
    expect(result.format).toBe('code');
    expect(result.responses).toEqual(
      [decodeShareCode(everydayCode), decodeShareCode(fullCode)].map((d) => d.ok && d.value),
    );
    expect(result.rejected).toEqual([
      {
        source: 'code',
        line: 1,
        code: 'Ana:',
        path: '',
        reason: expect.stringMatching(/^Ana:: This is not a tensionkit share code/),
      },
      {
        source: 'code',
        line: 3,
        code: 'TK1ABC',
        path: '',
        reason: expect.stringMatching(/^TK1ABC: /),
      },
    ]);
    expect(parseShareCodes(`${everydayCode} ${everydayCode}`).responses).toHaveLength(2);
  });
});

// ---------------------------------------------------------------------------------------------
// importResponses

describe('importResponses', () => {
  it('tells the formats apart', () => {
    expect(detectFormat('')).toBe('empty');
    expect(detectFormat(' \n ')).toBe('empty');
    expect(detectFormat('\uFEFF[]')).toBe('json');
    expect(detectFormat('  {"a":1}')).toBe('json');
    expect(detectFormat('\n\nid,submittedAt\n')).toBe('csv');
    expect(detectFormat('pace.current;pace.desired\n1;2')).toBe('csv');
    expect(detectFormat('TK1AAAA, TK1BBBB\nTK1CCCC')).toBe('code');
    expect(detectFormat('TK1AAAA')).toBe('code');
    expect(importResponses('')).toEqual({
      format: 'empty',
      responses: [],
      rejected: [],
      duplicates: 0,
    });
  });

  it('keeps one response per id, the latest submittedAt, and counts the duplicates', () => {
    const early = response({ id: 'x', submittedAt: '2026-03-01T10:00:00+02:00', role: 'early' });
    const late = response({ id: 'x', submittedAt: '2026-03-01T09:00:00Z', role: 'late' });
    const other = response({ id: 'y' });
    for (const order of [
      [early, other, late],
      [late, other, early],
    ]) {
      const result = importResponses(toJSON(order));
      expect(result.responses).toEqual([late, other]);
      expect(result.duplicates).toBe(1);
      expect(result.rejected).toEqual([]);
    }
    // Same code pasted twice: one respondent.
    const code = encodeShareCode(other);
    expect(importResponses(`${code}\n${code.toLowerCase()}`)).toMatchObject({
      responses: [{ survey: 'tensions' }],
      duplicates: 1,
    });
    // Same CSV rows twice (no id column): the derived ids match.
    const csv = 'submittedAt,pace.current\n2026-03-01T09:30:00Z,1\n2026-03-01T09:30:00Z,1\n';
    expect(importResponses(csv)).toMatchObject({ duplicates: 1 });
    expect(dedupeResponses([other, other]).duplicates).toBe(1);
  });

  it('never throws, whatever the text (fast-check)', () => {
    const noise = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: 'grapheme' }),
      fc.string(),
      fc.string({ unit: fc.constantFrom(...'{}[]",:;\n\r\t TK1ABC0-=\'') }),
    );
    const prefix = fc.constantFrom(
      '',
      '{',
      '[',
      '\uFEFF',
      'id,submittedAt,pace.current,pace.desired,rubric.roadmap.stage\n',
      'id;submittedAt;pace.current\r\n"',
      'TK1',
      '{"responses":',
    );
    fc.assert(
      fc.property(prefix, noise, (head, tail) => {
        const result = importResponses(head + tail);
        expect(Array.isArray(result.responses)).toBe(true);
        for (const r of result.responses) expect(parseResponse(r).ok).toBe(true);
        for (const r of result.rejected) expect(typeof r.reason).toBe('string');
      }),
      { numRuns: 1000 },
    );
    expect(() => importResponses(undefined as unknown as string)).not.toThrow();
  });
});
