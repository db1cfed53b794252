import { describe, expect, it } from 'vitest';
import { checkResponses } from '../../src/core/checked.js';
import { importResponses, toJSON } from '../../src/core/codec.js';
import { TENSION_IDS } from '../../src/core/schema.js';
import type { SurveyResponse } from '../../src/core/schema.js';

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
});
