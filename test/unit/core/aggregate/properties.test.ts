import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate } from '../../../../src/core/aggregate/index.js';
import { parseResponse } from '../../../../src/core/schema.js';
import type { StageId, SurveyResponse } from '../../../../src/core/schema.js';

const LOCUS = 'locus-of-control';
const PACE = 'pace';

// ---------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------

const TENSION_POOL = [PACE, LOCUS, 'flexibility', 'custom-one'];
const ROLE_POOL = ['teacher', 'principal', 'coach', 'board member'];
const STAGES: StageId[] = ['exploring', 'emerging', 'proficient', 'breakthrough'];
const DIMENSIONS = ['shared-vision', 'roadmap', 'ownership'];

/** Valid responses on a scale of `points`, with unique ids. */
function responsesArb(points: number, maxLength = 25) {
  const position = fc.option(fc.integer({ min: 1, max: points }), { nil: null, freq: 4 });
  const raw = fc.record({
    role: fc.option(fc.constantFrom(...ROLE_POOL), { nil: undefined, freq: 5 }),
    tensions: fc.dictionary(
      fc.constantFrom(...TENSION_POOL),
      fc.record({ current: position, desired: position }),
      {
        maxKeys: TENSION_POOL.length,
      },
    ),
    rubric: fc.option(
      fc.dictionary(
        fc.constantFrom(...DIMENSIONS),
        fc.record({
          stage: fc.constantFrom(...STAGES),
          target: fc.option(fc.constantFrom(...STAGES), { nil: undefined }),
        }),
        { maxKeys: DIMENSIONS.length },
      ),
      { nil: undefined },
    ),
    time: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 0, 1) }),
  });
  return fc.array(raw, { maxLength }).map((list) =>
    list.map((r, i): SurveyResponse => {
      const rubric: NonNullable<SurveyResponse['rubric']> = {};
      for (const [id, rating] of Object.entries(r.rubric ?? {})) {
        rubric[id] =
          rating.target === undefined
            ? { stage: rating.stage }
            : { stage: rating.stage, target: rating.target };
      }
      return {
        version: 1,
        id: `p${i}`,
        survey: 'tensions',
        ...(r.role === undefined ? {} : { role: r.role }),
        submittedAt: new Date(r.time).toISOString(),
        locale: 'en',
        ...(points === 7 ? {} : { points }),
        tensions: { ...r.tensions },
        ...(r.rubric === undefined ? {} : { rubric }),
      };
    }),
  );
}

const setup = fc
  .record({ points: fc.integer({ min: 3, max: 11 }), minGroupSize: fc.integer({ min: 1, max: 5 }) })
  .chain(({ points, minGroupSize }) =>
    fc.record({
      points: fc.constant(points),
      minGroupSize: fc.constant(minGroupSize),
      responses: responsesArb(points),
    }),
  );

function values(
  list: readonly SurveyResponse[],
  id: string,
  side: 'current' | 'desired',
  role?: string,
) {
  return list
    .filter((r) => role === undefined || r.role === role)
    .map((r) => r.tensions[id]?.[side])
    .filter((v): v is number => typeof v === 'number');
}

describe('aggregate: properties', () => {
  it('generates responses the schema accepts', () => {
    fc.assert(
      fc.property(setup, ({ responses }) => {
        for (const r of responses) expect(parseResponse(r).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps means within [min, max] and [1, points], and counts add up', () => {
    fc.assert(
      fc.property(setup, ({ points, minGroupSize, responses }) => {
        const result = aggregate(responses, { points, minGroupSize });
        expect(result.respondents).toBe(responses.length);
        // Sizes are given only for shown roles; with "Other roles" they add up to the team.
        const size = (role: string) => responses.filter((r) => r.role === role).length;
        for (const r of result.roles) {
          if (r.n !== null) expect(r.n).toBe(size(r.role));
          expect(r.small).toBe(size(r.role) < minGroupSize);
        }
        if (result.roles.some((r) => r.shown)) {
          const shownSizes = result.roles.reduce((a, r) => a + (r.n ?? 0), 0);
          expect(shownSizes + (result.otherRoles?.n ?? 0) + (result.withoutRole ?? 0)).toBe(
            responses.length,
          );
        }
        for (const t of result.tensions) {
          expect(t.n).toBe(responses.filter((r) => t.tension in r.tensions).length);
          for (const side of ['current', 'desired'] as const) {
            const s = t[side];
            const dist = t.distribution[side];
            expect(dist).toHaveLength(points);
            expect(dist.reduce((a, b) => a + b, 0)).toBe(s.n);
            expect(s.n + t.unsure[side]).toBe(t.n);
            const raw = values(responses, t.tension, side);
            expect(s.n).toBe(raw.length);
            if (s.n === 0) {
              expect(s).toEqual({ n: 0, mean: null, median: null, min: null, max: null, sd: null });
              continue;
            }
            expect(s.mean).toBeGreaterThanOrEqual(s.min! - 1e-9);
            expect(s.mean).toBeLessThanOrEqual(s.max! + 1e-9);
            expect(s.median).toBeGreaterThanOrEqual(s.min!);
            expect(s.median).toBeLessThanOrEqual(s.max!);
            expect(s.min).toBeGreaterThanOrEqual(1);
            expect(s.max).toBeLessThanOrEqual(points);
            expect(s.mean).toBeCloseTo(raw.reduce((a, b) => a + b, 0) / raw.length, 9);
            const sorted = raw.slice().sort((a, b) => a - b);
            const mid = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
            expect(s.median).toBe(mid);
            expect(s.sd).toBeGreaterThanOrEqual(0);
            expect(s.sd).toBeLessThanOrEqual((points - 1) / 2 + 1e-9);
          }
          expect(t.ignored).toBe(0);
          expect(t.individualGap.n).toBeLessThanOrEqual(Math.min(t.current.n, t.desired.n));
        }
        for (const d of result.rubric) {
          expect(Object.values(d.counts).reduce((a, b) => a + b, 0)).toBe(d.n);
          expect(Object.values(d.targetCounts).reduce((a, b) => a + b, 0)).toBe(d.targetN);
          expect(Object.values(d.shares).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never shows a role group smaller than minGroupSize', () => {
    fc.assert(
      fc.property(setup, ({ points, minGroupSize, responses }) => {
        const result = aggregate(responses, { points, minGroupSize });
        for (const r of result.roles) {
          expect(r.n === null).toBe(!r.shown);
          if (r.shown) expect(r.n).toBeGreaterThanOrEqual(minGroupSize);
        }
        for (const t of result.tensions) {
          for (const [role, group] of Object.entries(t.byRole)) {
            expect(values(responses, t.tension, 'current', role).length).toBeGreaterThanOrEqual(
              minGroupSize,
            );
            expect(values(responses, t.tension, 'desired', role).length).toBeGreaterThanOrEqual(
              minGroupSize,
            );
            expect(group.current.n).toBeGreaterThanOrEqual(minGroupSize);
            expect(group.desired.n).toBeGreaterThanOrEqual(minGroupSize);
            expect(t.suppressedRoles).not.toContain(role);
          }
          for (const role of t.suppressedRoles) expect(Object.keys(t.byRole)).not.toContain(role);
          expect(t.suppressed).toBe(t.suppressedRoles.length);
        }
        const shown = new Map(
          result.tensions.map((t) => [t.tension, new Set(Object.keys(t.byRole))]),
        );
        for (const d of result.roleDifferences) {
          for (const role of d.roles) expect(shown.get(d.tension)!.has(role)).toBe(true);
          expect(d.difference).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of the responses', () => {
    const shuffled = setup.chain((s) =>
      fc.record({
        s: fc.constant(s),
        other: fc.shuffledSubarray(s.responses, {
          minLength: s.responses.length,
          maxLength: s.responses.length,
        }),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ s, other }) => {
        const options = { points: s.points, minGroupSize: s.minGroupSize, top: 10 };
        expect(aggregate(other, options)).toEqual(aggregate(s.responses, options));
      }),
      { numRuns: 200 },
    );
  });

  it('shows no movement against a baseline equal to the responses', () => {
    fc.assert(
      fc.property(setup, ({ points, minGroupSize, responses }) => {
        const result = aggregate(responses, {
          points,
          minGroupSize,
          baseline: responses.slice().reverse(),
        });
        for (const t of result.tensions) {
          const m = t.movement!;
          expect(m.current).toBe(t.current.n > 0 ? 0 : null);
          expect(m.desired).toBe(t.desired.n > 0 ? 0 : null);
          expect(m.gap).toBe(t.gap === null ? null : 0);
          expect(m.absGap).toBe(t.gap === null ? null : 0);
          expect(m.spread).toBe(t.spread === null ? null : 0);
          expect(t.baseline).toMatchObject({ n: t.n, current: t.current, desired: t.desired });
        }
        for (const mv of result.largestMovements) expect(mv.delta).toBe(0);
        for (const d of result.rubric) {
          expect(d.baseline).toEqual({
            n: d.n,
            counts: d.counts,
            shares: d.shares,
            median: d.median,
            mode: d.mode,
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps ranked lists sorted and at most `top` long', () => {
    fc.assert(
      fc.property(
        setup,
        fc.integer({ min: 0, max: 5 }),
        ({ points, minGroupSize, responses }, top) => {
          const result = aggregate(responses, {
            points,
            minGroupSize,
            top,
            baseline: responses.slice(0, 3),
          });
          const lists = [
            result.largestGaps.map((g) => g.absGap),
            result.leastAligned.map((g) => g.spread),
            result.roleDifferences.map((g) => g.difference),
            result.largestMovements.map((g) => Math.abs(g.delta)),
          ];
          for (const list of lists) {
            expect(list.length).toBeLessThanOrEqual(top);
            for (let i = 1; i < list.length; i++)
              expect(list[i - 1]).toBeGreaterThanOrEqual(list[i]!);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('aggregates an empty list without throwing, whatever the options', () => {
    fc.assert(
      fc.property(
        fc.record({
          minGroupSize: fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }),
          top: fc.option(fc.integer({ min: -2, max: 10 }), { nil: undefined }),
          tensions: fc.option(fc.array(fc.constantFrom(...TENSION_POOL)), { nil: undefined }),
        }),
        (options) => {
          const result = aggregate([], options);
          expect(result.respondents).toBe(0);
          for (const t of result.tensions) {
            expect(t.n).toBe(0);
            expect(t.current.mean).toBeNull();
            expect(t.desired.median).toBeNull();
            expect(t.gap).toBeNull();
            expect(t.spread).toBeNull();
          }
          expect(result.largestGaps).toEqual([]);
        },
      ),
    );
  });
});
