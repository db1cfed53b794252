import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importResponses, parseJSON, toJSON } from '../../../../src/core/codec/index.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';
import { response, responseArb } from './arbitraries.js';

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
