import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  readRatings,
  ratingsOf,
  stageIndex,
  summarizeRatings,
} from '../../../src/core/rubric-ratings.js';
import { rubricStrings, targetWords } from '../../../src/core/i18n/stage-rubric.js';
import { teamStrings, teamWords } from '../../../src/core/i18n/stage-rubric-team.js';
import { STAGE_IDS } from '../../../src/core/schema.js';
import type { StageId } from '../../../src/core/schema.js';

const dims = ['a', 'b', 'c'];

describe('ratingsOf', () => {
  it('keeps rated dimensions in rubric order, with notes and targets only when given', () => {
    const value = ratingsOf(
      {
        c: { stage: 'proficient', evidence: '  ' },
        a: { stage: 'exploring', target: 'emerging', evidence: 'x' },
        b: { evidence: 'only a note' },
      },
      dims,
    );
    expect(value).toEqual({
      a: { stage: 'exploring', target: 'emerging', evidence: 'x' },
      c: { stage: 'proficient' },
    });
    expect(Object.keys(value)).toEqual(['a', 'c']);
  });

  it('leaves out dimensions the rubric does not have', () => {
    expect(ratingsOf({ z: { stage: 'emerging' } }, dims)).toEqual({});
  });
});

describe('summarizeRatings', () => {
  it('counts stages, targets and the first unrated dimension', () => {
    const s = summarizeRatings(
      {
        a: { stage: 'exploring', target: 'proficient' },
        c: { stage: 'breakthrough', target: 'emerging' },
      },
      dims,
    );
    expect(s).toMatchObject({
      total: 3,
      rated: 2,
      withTarget: 2,
      belowTarget: 1,
      stepsToTarget: 2,
      firstUnrated: 'b',
    });
    expect(s.counts).toEqual({ exploring: 1, emerging: 0, proficient: 0, breakthrough: 1 });
  });

  it('rated never exceeds total, and the counts add up to rated (property)', () => {
    const stage = fc.option(fc.constantFrom(...STAGE_IDS), { nil: undefined });
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.record({ stage, target: stage })),
        (drafts) => {
          const s = summarizeRatings(drafts, dims);
          expect(s.rated).toBeLessThanOrEqual(s.total);
          expect(Object.values(s.counts).reduce((x, y) => x + y, 0)).toBe(s.rated);
          expect(s.firstUnrated === null).toBe(s.rated === s.total);
          expect(s.stepsToTarget).toBeGreaterThanOrEqual(s.belowTarget);
        },
      ),
    );
  });

  it('orders the stages', () => {
    expect(STAGE_IDS.map(stageIndex)).toEqual([0, 1, 2, 3]);
    expect(stageIndex('done')).toBe(-1);
  });
});

describe('readRatings', () => {
  it('keeps good entries and names the field of bad ones', () => {
    const { ratings, problems } = readRatings({
      a: { stage: 'emerging' },
      b: { stage: 'done' },
      c: { stage: 'proficient', target: 'x' },
    });
    expect(ratings).toEqual({ a: { stage: 'emerging' } });
    expect(problems.map((p) => p.path)).toEqual(['value.b.stage', 'value.c.target']);
  });

  it('accepts a note without a stage as a draft only', () => {
    expect(readRatings({ a: { evidence: 'x' } }, { drafts: true }).ratings).toEqual({
      a: { evidence: 'x' },
    });
    expect(readRatings({ a: { evidence: 'x' } }).problems[0]?.path).toBe('value.a.stage');
  });

  it('never throws on nonsense', () => {
    for (const input of [null, undefined, 3, 'x', [], [1]])
      expect(() => readRatings(input)).not.toThrow();
    expect(readRatings([1]).problems).toHaveLength(1);
  });
});

describe('words', () => {
  const label = (s: StageId) => s.toUpperCase();
  it('says the distance to the targets', () => {
    const base = summarizeRatings({}, dims);
    expect(targetWords(rubricStrings.en, base)).toBe('No targets set.');
    const s = summarizeRatings({ a: { stage: 'exploring', target: 'proficient' } }, dims);
    expect(targetWords(rubricStrings.en, s)).toBe('Below target: 1 of 1 (stages to climb: 2).');
    expect(targetWords(rubricStrings.es, s)).toContain('Por debajo de la meta: 1 de 1');
  });

  it('says a team distribution', () => {
    const counts = { exploring: 1, emerging: 3, proficient: 1, breakthrough: 0 };
    expect(
      teamWords(
        teamStrings.en,
        'Roadmap',
        { n: 5, counts, mode: 'emerging', median: 'emerging' },
        label,
      ),
    ).toBe('Roadmap: most at EMERGING (3 of 5); median EMERGING.');
    expect(
      teamWords(teamStrings.en, 'Roadmap', { n: 0, counts, mode: null, median: null }, label),
    ).toBe('Roadmap: no ratings yet.');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(rubricStrings.es).sort()).toEqual(Object.keys(rubricStrings.en).sort());
    expect(Object.keys(teamStrings.es).sort()).toEqual(Object.keys(teamStrings.en).sort());
  });
});

describe('readRatings and __proto__', () => {
  const hostile = () =>
    JSON.parse('{"__proto__": {"x": {"stage": "emerging"}, "stage": "emerging"}}');

  it('refuses a __proto__ key, naming it, and keeps the prototype', () => {
    for (const drafts of [false, true]) {
      const { ratings, problems } = readRatings(hostile(), { drafts });
      expect(Object.getPrototypeOf(ratings)).toBe(Object.prototype);
      expect(Object.keys(ratings)).toEqual([]);
      expect((ratings as Record<string, unknown>).x).toBeUndefined();
      expect(problems.map((problem) => problem.path)).toEqual(['value.__proto__']);
    }
  });

  it('keeps the other entries beside it', () => {
    const input = JSON.parse('{"__proto__": {}, "roadmap": {"stage": "emerging"}}');
    expect(readRatings(input).ratings).toEqual({ roadmap: { stage: 'emerging' } });
  });
});
