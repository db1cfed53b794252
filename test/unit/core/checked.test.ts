import { describe, expect, it } from 'vitest';
import { checkResponses } from '../../../src/core/checked.js';
import { importResponses, toJSON } from '../../../src/core/codec/index.js';
import { TENSION_IDS, parseResponse } from '../../../src/core/schema.js';
import type { SurveyResponse } from '../../../src/core/schema.js';

function response(id: string, role?: string): SurveyResponse {
  return {
    version: 1,
    id,
    survey: 'tensions',
    ...(role === undefined ? {} : { role }),
    submittedAt: '2026-03-01T09:30:00Z',
    locale: 'en',
    tensions: Object.fromEntries(TENSION_IDS.map((t) => [t, { current: 3, desired: 5 }])),
  };
}

describe('checkResponses', () => {
  it('keeps the responses that pass and names each other one by its path', () => {
    const bad = { ...response('b'), tensions: { pace: { current: 9, desired: 2 } } };
    const result = checkResponses([response('a'), bad, 'text', response('c')], 'responses');
    expect(result.responses.map((r) => r.id)).toEqual(['a', 'c']);
    expect(result.problems.map((p) => p.path)).toEqual([
      'responses[1].tensions.pace.current',
      'responses[2]',
    ]);
    expect(result.problems[0]!.message).not.toBe('');
  });

  it('reports a value that is not a list, and never throws', () => {
    expect(checkResponses(null, 'baseline')).toEqual({
      responses: [],
      problems: [{ path: 'baseline', message: 'Expected a list of responses.' }],
    });
    expect(checkResponses([null, undefined, 42], 'responses').problems).toHaveLength(3);
  });

  it('returns what the schema outputs (a role trimmed), the same object on a second check', () => {
    const input = response('a', '  Teacher ');
    const first = checkResponses([input], 'responses').responses[0]!;
    expect(first.role).toBe('Teacher');
    expect(checkResponses([input], 'responses').responses[0]).toBe(first);
  });

  it('checks an object once: it is remembered by identity, as a Lit property is', () => {
    const input = response('a');
    expect(checkResponses([input], 'responses').responses).toHaveLength(1);
    // Mutating a response after handing it over is outside the contract: not seen again.
    (input.tensions as Record<string, unknown>).pace = { current: 99, desired: 1 };
    expect(checkResponses([input], 'responses').problems).toEqual([]);
    // A new object with the same content is checked.
    expect(checkResponses([{ ...input }], 'responses').problems).toHaveLength(1);
  });

  it('takes what importResponses returns as checked already', () => {
    const imported = importResponses(toJSON([response('a'), response('b')])).responses;
    expect(imported).toHaveLength(2);
    // Broken after import: still taken as checked, which shows the import was remembered.
    (imported[0]!.tensions as Record<string, unknown>).pace = { current: 99, desired: 1 };
    const result = checkResponses(imported, 'responses');
    expect(result.problems).toEqual([]);
    expect(result.responses[0]).toBe(imported[0]);
  });

  it('gives what the schema gives, response by response, for valid and broken input alike', () => {
    // Whatever checkResponses remembers or skips, each variant must come out as the schema says.
    const base = (): Record<string, unknown> => ({ ...response('a', 'Teacher') });
    const tensions = (answer: unknown, key = 'pace') => ({
      ...response('a').tensions,
      [key]: answer,
    });
    const variants: unknown[] = [
      base(),
      response('a'),
      { ...base(), role: '  Coach  ' },
      { ...base(), role: '   ' },
      { ...base(), role: 'x'.repeat(61) },
      { ...base(), role: ` ${'x'.repeat(60)} ` },
      { ...base(), role: undefined },
      { ...base(), role: 3 },
      { ...base(), version: 2 },
      { ...base(), version: '1' },
      { ...base(), id: '' },
      { ...base(), id: 'x'.repeat(64) },
      { ...base(), id: 'x'.repeat(65) },
      { ...base(), id: 7 },
      { ...base(), survey: 'Tensions' },
      { ...base(), survey: '-tensions' },
      { ...base(), submittedAt: '2026-02-30T09:00:00Z' },
      { ...base(), submittedAt: '2026-03-01T09:00:00.123+02:00' },
      { ...base(), submittedAt: '2026-03-01' },
      ...[
        '2024-02-29T23:59:59Z',
        '2023-02-29T09:00:00Z',
        '2000-02-29T09:00:00Z',
        '1900-02-29T09:00:00Z',
        '0000-02-29T09:00:00Z',
        '2026-04-31T09:00:00Z',
        '2026-12-31T09:00:00Z',
        '2026-13-01T09:00:00Z',
        '2026-00-01T09:00:00Z',
        '2026-03-00T09:00:00Z',
        '2026-03-01T24:00:00Z',
        '2026-03-01T09:60:00Z',
        '2026-03-01T09:00:60Z',
        '2026-03-01T09:00:0xZ',
        '2026-03-01 09:00:00Z',
        '2026-03-01T09:00Z',
        '2026-03-01T09:00:00+01:00',
      ].map((submittedAt) => ({ ...base(), submittedAt })),
      { ...base(), locale: 'es-MX' },
      { ...base(), locale: 'e' },
      { ...base(), points: 5 },
      { ...base(), points: 5, tensions: tensions({ current: 6, desired: 1 }) },
      { ...base(), points: 11, tensions: tensions({ current: 11, desired: 10 }) },
      { ...base(), points: 2 },
      { ...base(), points: 12 },
      { ...base(), points: 7.5 },
      { ...base(), points: undefined },
      { ...base(), extra: 'dropped' },
      { ...base(), tensions: {} },
      { ...base(), tensions: tensions({ current: null, desired: null }) },
      { ...base(), tensions: tensions({ current: 8, desired: 1 }) },
      { ...base(), tensions: tensions({ current: 0, desired: 1 }) },
      { ...base(), tensions: tensions({ current: 2.5, desired: 1 }) },
      { ...base(), tensions: tensions({ current: '2', desired: 1 }) },
      { ...base(), tensions: tensions({ current: 2 }) },
      { ...base(), tensions: tensions({ current: 2, desired: undefined }) },
      { ...base(), tensions: tensions({ current: 2, desired: 3, note: 'dropped' }) },
      { ...base(), tensions: tensions(null) },
      { ...base(), tensions: tensions([1, 2]) },
      { ...base(), tensions: tensions({ current: 1, desired: 2 }, 'Not a slug') },
      { ...base(), tensions: tensions({ current: 1, desired: 2 }, 'shared-vision') },
      { ...base(), tensions: [] },
      { ...base(), tensions: null },
      { ...base(), rubric: { vision: { stage: 'emerging' } } },
      { ...base(), rubric: { vision: { stage: 'nowhere' } } },
      Object.assign(Object.create(null), base()),
    ];
    for (const input of variants) {
      const expected = parseResponse(input);
      const result = checkResponses([input], 'responses');
      if (expected.ok) {
        expect(result.problems).toEqual([]);
        expect(result.responses[0]).toStrictEqual(expected.value);
        expect(Object.keys(result.responses[0]!)).toEqual(Object.keys(expected.value));
      } else {
        expect(result.responses).toEqual([]);
        const first = expected.problems[0]!;
        expect(result.problems[0]!.message).toBe(first.message);
      }
    }
  });
});
