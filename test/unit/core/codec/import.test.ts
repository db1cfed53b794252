import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dedupeResponses,
  detectFormat,
  encodeShareCode,
  importResponses,
  toJSON,
} from '../../../../src/core/codec/index.js';
import { parseResponse } from '../../../../src/core/schema.js';
import { response } from './arbitraries.js';

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
