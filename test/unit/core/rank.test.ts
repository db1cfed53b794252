import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankTensionsByGap } from '../../../src/core/rank.js';

describe('rankTensionsByGap', () => {
  it('puts the largest gap first, equal gaps in the order asked, unanswered or Unsure last', () => {
    const tensions = {
      pace: { current: 2, desired: 6 },
      flexibility: { current: null, desired: 4 },
      'model-type': { current: 5, desired: 4 },
      'locus-of-control': { current: 1, desired: 2 },
      'sharing-learnings': { current: 3, desired: 3 },
    };
    const ranked = rankTensionsByGap({ tensions });
    expect(ranked.map((row) => [row.tension, row.gap])).toEqual([
      ['pace', 4],
      ['model-type', 1],
      ['locus-of-control', 1],
      ['sharing-learnings', 0],
      ['flexibility', null],
    ]);
    expect(ranked[0]).toEqual({ tension: 'pace', current: 2, desired: 6, gap: 4 });
  });

  it('ranks only the tensions asked, in their order for ties; a missing one has no gap', () => {
    const response = {
      tensions: { pace: { current: 1, desired: 2 }, flexibility: { current: 3, desired: 4 } },
    };
    expect(rankTensionsByGap(response, ['flexibility', 'pace', 'model-type'])).toEqual([
      { tension: 'flexibility', current: 3, desired: 4, gap: 1 },
      { tension: 'pace', current: 1, desired: 2, gap: 1 },
      { tension: 'model-type', current: null, desired: null, gap: null },
    ]);
  });

  it('is a permutation ordered by gap, for any answers', () => {
    const position = fc.option(fc.integer({ min: 1, max: 11 }), { nil: null });
    const answers = fc.dictionary(
      fc.string({ minLength: 1 }),
      fc.record({ current: position, desired: position }),
    );
    fc.assert(
      fc.property(answers, (tensions) => {
        const ranked = rankTensionsByGap({ tensions });
        expect(ranked.map((row) => row.tension).sort()).toEqual(Object.keys(tensions).sort());
        const gaps = ranked.map((row) => row.gap ?? -1);
        expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
      }),
    );
  });
});
