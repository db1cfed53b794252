import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dedupeResponses,
  detectFormat,
  encodeShareCode,
  importResponses,
  toCSV,
  toJSON,
  unimportedText,
} from '../../../../src/core/codec/index.js';
import { parseResponse } from '../../../../src/core/schema.js';
import { response, responseArb } from './arbitraries.js';

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

  it('counts a response once when it comes as a share code and as its CSV row or JSON', () => {
    const teacher = response({
      id: 'form-row-17',
      role: 'Teacher',
      submittedAt: '2026-03-01T09:30:42.5+01:00',
      rubric: { roadmap: { stage: 'emerging', target: 'proficient', evidence: 'Our plan, p. 3' } },
    });
    const other = response({ id: 'form-row-18', role: 'Teacher' });
    const code = encodeShareCode(teacher);
    const fromCsv = importResponses(toCSV([teacher, other])).responses;
    const fromCode = importResponses(code).responses;
    const fromJson = importResponses(toJSON([teacher])).responses;
    expect(fromCode[0]!.id).not.toBe(teacher.id);
    // The row with the real id is kept (with its evidence and seconds), where the first one came.
    expect(dedupeResponses([...fromCsv, ...fromCode])).toEqual({
      responses: [teacher, other],
      duplicates: 1,
    });
    expect(dedupeResponses([...fromCode, ...fromCsv])).toEqual({
      responses: [teacher, other],
      duplicates: 1,
    });
    expect(dedupeResponses([...fromCode, ...fromJson, ...fromCode])).toEqual({
      responses: [teacher],
      duplicates: 2,
    });
  });

  it('keeps responses apart that a share code tells apart, and two people who answered alike', () => {
    const teacher = response({ id: 'a', role: 'Teacher', submittedAt: '2026-03-01T09:30:00Z' });
    const code = importResponses(encodeShareCode(teacher)).responses;
    for (const other of [
      { ...teacher, id: 'b', submittedAt: '2026-03-01T09:31:00Z' },
      { ...teacher, id: 'b', role: 'Principal' },
      { ...teacher, id: 'b', locale: 'es' },
      { ...teacher, id: 'b', points: 7 },
      {
        ...teacher,
        id: 'b',
        tensions: { ...teacher.tensions, pace: { current: 1, desired: null } },
      },
    ]) {
      expect(dedupeResponses([...code, other]).responses).toHaveLength(2);
    }
    // Same answers, same minute, two real ids: two people. The code merges with one of them.
    const twin = { ...teacher, id: 'twin' };
    expect(dedupeResponses([teacher, twin]).responses).toHaveLength(2);
    expect(dedupeResponses([teacher, twin, ...code])).toMatchObject({ duplicates: 1 });
    expect(dedupeResponses([teacher, twin, ...code]).responses).toEqual([teacher, twin]);
  });

  it('matches any response with its own share code (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(responseArb, { maxLength: 6 }), (list) => {
        const unique = list.map((r, i) => ({ ...r, id: `row-${i}` }));
        const codes = unique.flatMap((r) => {
          try {
            return importResponses(encodeShareCode(r)).responses;
          } catch {
            return [];
          }
        });
        const once = dedupeResponses(unique).responses;
        const both = dedupeResponses([...codes, ...unique]).responses;
        expect(both).toHaveLength(once.length);
      }),
      { numRuns: 200 },
    );
  });

  it('leaves in a paste box what was not added: rejected codes whole, or a JSON or CSV with rejects', () => {
    const good = encodeShareCode(response({ role: 'Teacher of the north district' }));
    const damaged = good.slice(0, -1) + (good.endsWith('0') ? '1' : '0');
    const text = `${good}, ${damaged}\n\nhello;${good}`;
    const result = importResponses(text);
    expect(result.rejected.map((r) => r.code)).toEqual([damaged, 'hello']);
    expect(result.rejected[0]!.reason.startsWith(`${damaged}: `)).toBe(true);
    expect(unimportedText(text, result)).toBe(`${damaged}\nhello`);
    expect(unimportedText(good, importResponses(good))).toBe('');
    const csv = toCSV([response()]);
    expect(unimportedText(csv, importResponses(csv))).toBe('');
    const broken = `${csv}r2,tensions,,soon\r\n`;
    expect(unimportedText(broken, importResponses(broken))).toBe(broken);
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
