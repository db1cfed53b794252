import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeRespondent } from '../../../src/core/merge.js';
import type { SurveyResponse } from '../../../src/core/schema.js';

function response(id: string, minute: number, pace = 4): SurveyResponse {
  return {
    version: 1,
    id,
    survey: 'tensions',
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString(),
    locale: 'en',
    tensions: { pace: { current: pace, desired: 4 } },
  };
}

describe('mergeRespondent', () => {
  it('returns the team itself without a respondent', () => {
    const team = [response('a', 1), response('b', 2)];
    expect(mergeRespondent(team, null)).toBe(team);
  });

  it('adds a new respondent at the end', () => {
    const team = [response('a', 1), response('b', 2)];
    const own = response('me', 3);
    expect(mergeRespondent(team, own)).toEqual([...team, own]);
  });

  it('puts the respondent in place of their earlier response, and never mutates the team', () => {
    const team = [response('a', 1), response('me', 2, 1), response('b', 3)];
    const copy = structuredClone(team);
    const own = response('me', 4, 7);
    expect(mergeRespondent(team, own).map((r) => [r.id, r.tensions.pace?.current])).toEqual([
      ['a', 4],
      ['b', 4],
      ['me', 7],
    ]);
    expect(team).toEqual(copy);
  });

  it('keeps the respondent even when the team holds a later response under the same id', () => {
    // Unlike dedupeResponses (latest submittedAt wins): the respondent's answer is the one the
    // chart draws as "You", so the team's figures count that one.
    const later = response('me', 59, 1);
    const own = response('me', 0, 7);
    expect(mergeRespondent([later, later], own)).toEqual([own]);
  });

  it('holds every other respondent once and the respondent exactly once (property)', () => {
    const ids = fc.constantFrom('a', 'b', 'c', 'me');
    fc.assert(
      fc.property(fc.uniqueArray(ids), ids, (teamIds, ownId) => {
        const team = teamIds.map((id, i) => response(id, i));
        const merged = mergeRespondent(team, response(ownId, 30));
        expect(merged.filter((r) => r.id === ownId)).toHaveLength(1);
        expect(merged.at(-1)!.id).toBe(ownId);
        expect(new Set(merged.map((r) => r.id))).toEqual(new Set([...teamIds, ownId]));
      }),
    );
  });
});
