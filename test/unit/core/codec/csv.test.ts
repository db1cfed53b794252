import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SURVEY_ID,
  importResponses,
  parseCSV,
  toCSV,
} from '../../../../src/core/codec/index.js';
import { response, responseArb, afterCSV } from './arbitraries.js';

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
