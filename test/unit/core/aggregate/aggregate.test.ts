import { describe, expect, it } from 'vitest';
import { aggregate, alignmentOf } from '../../../../src/core/aggregate/index.js';
import type { Aggregate, TensionSummary } from '../../../../src/core/aggregate/index.js';
import type { StageId, SurveyResponse, TensionAnswer } from '../../../../src/core/schema.js';

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

let serial = 0;
function response(
  role: string | undefined,
  tensions: Record<string, [number | null, number | null]>,
  rubric?: Record<string, { stage: StageId; target?: StageId }>,
): SurveyResponse {
  serial++;
  const answers: Record<string, TensionAnswer> = {};
  for (const [id, [current, desired]] of Object.entries(tensions))
    answers[id] = { current, desired };
  return {
    version: 1,
    id: `r${serial}`,
    survey: 'tensions',
    ...(role === undefined ? {} : { role }),
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, serial)).toISOString(),
    locale: 'en',
    tensions: answers,
    ...(rubric === undefined ? {} : { rubric }),
  };
}

function tension(result: Aggregate, id: string): TensionSummary {
  const found = result.tensions.find((t) => t.tension === id);
  if (!found) throw new Error(`no tension ${id}`);
  return found;
}

const LOCUS = 'locus-of-control';
const PACE = 'pace';

// Five responses over two tensions and two roles (plus one without a role).
//            pace (now, should)   locus (now, should)   rubric shared-vision
// teacher    2, 5                 4, 4                  emerging → proficient
// teacher    3, 6                 5, 3                  exploring
// principal  6, 6                 1, 2                  emerging
// principal  5, unsure            2, 2                  proficient → breakthrough
// (none)     unsure, 4            4, 6                  —
const team = [
  response(
    'teacher',
    { pace: [2, 5], [LOCUS]: [4, 4] },
    { 'shared-vision': { stage: 'emerging', target: 'proficient' } },
  ),
  response(
    'teacher',
    { pace: [3, 6], [LOCUS]: [5, 3] },
    { 'shared-vision': { stage: 'exploring' } },
  ),
  response(
    'principal',
    { pace: [6, 6], [LOCUS]: [1, 2] },
    { 'shared-vision': { stage: 'emerging' } },
  ),
  response(
    'principal',
    { pace: [5, null], [LOCUS]: [2, 2] },
    { 'shared-vision': { stage: 'proficient', target: 'breakthrough' } },
  ),
  response(undefined, { pace: [null, 4], [LOCUS]: [4, 6] }),
];

// An earlier check-in of three people.
const baseline = [
  response(
    'teacher',
    { pace: [1, 5], [LOCUS]: [4, 4] },
    { 'shared-vision': { stage: 'exploring' } },
  ),
  response('principal', { pace: [3, 5], [LOCUS]: [2, 5] }),
  response(undefined, { pace: [2, 5] }, { 'shared-vision': { stage: 'exploring' } }),
];

// ---------------------------------------------------------------------------------------------
// Hand-computed case
// ---------------------------------------------------------------------------------------------

describe('aggregate: a hand-computed team', () => {
  const result = aggregate(team, { minGroupSize: 2, baseline });
  const pace = tension(result, PACE);
  const locus = tension(result, LOCUS);
  // The same team without the respondent who gave no role: nobody is left over to protect.
  const roled = aggregate(team.slice(0, 4), { minGroupSize: 2 });

  it('counts respondents and roles, and orders tensions as the catalog does', () => {
    expect(result.respondents).toBe(5);
    expect(result.baselineRespondents).toBe(3);
    expect(result.points).toBe(7);
    expect(result.minGroupSize).toBe(2);
    // One person without a role is under the minimum of 2, so the smallest role (principal, the
    // first of two of 2) is hidden with them: together they are "Other roles", 3 people.
    expect(result.roles).toEqual([
      { role: 'principal', n: null, shown: false, small: false },
      { role: 'teacher', n: 2, shown: true, small: false },
    ]);
    expect(result.otherRoles).toEqual({ roles: ['principal'], withoutRole: true, n: 3 });
    expect(result.withoutRole).toBeNull();
    expect(roled.roles).toEqual([
      { role: 'principal', n: 2, shown: true, small: false },
      { role: 'teacher', n: 2, shown: true, small: false },
    ]);
    expect(roled.otherRoles).toBeNull();
    expect(roled.withoutRole).toBe(0);
    expect(result.tensions.map((t) => t.tension)).toEqual([LOCUS, PACE]);
  });

  it('computes the team statistics of pace (even n: median is the mean of the middle two)', () => {
    expect(pace.n).toBe(5);
    expect(pace.unsure).toEqual({ current: 1, desired: 1 });
    expect(pace.ignored).toBe(0);
    // now: 2, 3, 5, 6
    expect(pace.current).toMatchObject({ n: 4, mean: 4, median: 4, min: 2, max: 6 });
    expect(pace.current.sd).toBeCloseTo(Math.sqrt(10 / 4), 12);
    // should: 4, 5, 6, 6
    expect(pace.desired).toMatchObject({ n: 4, mean: 5.25, median: 5.5, min: 4, max: 6 });
    expect(pace.desired.sd).toBeCloseTo(Math.sqrt(2.75 / 4), 12);
    expect(pace.gap).toBeCloseTo(1.25, 12);
    expect(pace.absGap).toBeCloseTo(1.25, 12);
    expect(pace.distribution).toEqual({
      current: [0, 1, 1, 0, 1, 1, 0],
      desired: [0, 0, 0, 1, 1, 2, 0],
    });
  });

  it('computes the per-person gaps over people who answered both', () => {
    // pace: 3, 3, 0
    expect(pace.individualGap).toMatchObject({ n: 3, mean: 2, median: 3, min: 0, max: 3 });
    expect(pace.individualGap.sd).toBeCloseTo(Math.sqrt(2), 12);
    expect(pace.individualAbsGap).toBe(2);
    // locus: 0, -2, 1, 0, 2
    expect(locus.individualGap).toMatchObject({ n: 5, median: 0, min: -2, max: 2 });
    expect(locus.individualGap.mean).toBeCloseTo(0.2, 12);
    expect(locus.individualAbsGap).toBe(1);
  });

  it('computes spread and alignment', () => {
    expect(pace.currentSpread).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(pace.desiredSpread).toBeCloseTo(Math.sqrt(0.6875), 12);
    expect(pace.spread).toBeCloseTo(Math.sqrt(2.5), 12);
    expect(pace.alignment).toBe('mixed');
    // locus now: 4, 5, 1, 2, 4 (mean 3.2); should: 4, 3, 2, 2, 6 (mean 3.4)
    expect(locus.current).toMatchObject({ n: 5, median: 4, min: 1, max: 5 });
    expect(locus.current.mean).toBeCloseTo(3.2, 12);
    expect(locus.current.sd).toBeCloseTo(Math.sqrt(2.16), 12);
    expect(locus.desired).toMatchObject({ n: 5, median: 3, min: 2, max: 6 });
    expect(locus.desired.mean).toBeCloseTo(3.4, 12);
    expect(locus.desired.sd).toBeCloseTo(Math.sqrt(2.24), 12);
    expect(locus.spread).toBeCloseTo(Math.sqrt(2.24), 12);
    expect(locus.gap).toBeCloseTo(0.2, 12);
  });

  it('shows role groups with enough answers and hides the others', () => {
    // On pace only one principal answered "should be": the principals are hidden there.
    expect(Object.keys(pace.byRole)).toEqual(['teacher']);
    expect(pace.byRole.teacher).toMatchObject({ n: 2, gap: 3 });
    expect(pace.byRole.teacher!.current).toMatchObject({ n: 2, mean: 2.5, median: 2.5 });
    expect(pace.byRole.teacher!.desired).toMatchObject({ n: 2, mean: 5.5, median: 5.5 });
    expect(pace.suppressedRoles).toEqual(['principal']);
    expect(pace.heldBackRoles).toEqual([]);
    expect(pace.suppressed).toBe(1);
    // Everyone else on pace (two principals, the person without a role): now 6, 5; should 6, 4.
    expect(pace.otherRoles).toMatchObject({ n: 3, roles: ['principal'], withoutRole: true });
    expect(pace.otherRoles!.current).toMatchObject({ n: 2, mean: 5.5 });
    expect(pace.otherRoles!.desired).toMatchObject({ n: 2, mean: 5 });

    expect(Object.keys(roled.tensions[0]!.byRole)).toEqual(['principal', 'teacher']);
    const roledLocus = tension(roled, LOCUS);
    expect(roledLocus.byRole.principal).toMatchObject({ n: 2, gap: 0.5 });
    expect(roledLocus.byRole.principal!.current.mean).toBe(1.5);
    expect(roledLocus.byRole.teacher).toMatchObject({ n: 2, gap: -1 });
    expect(roledLocus.byRole.teacher!.current.mean).toBe(4.5);
    expect(roledLocus.suppressed).toBe(0);
    expect(roledLocus.otherRoles).toBeNull();
    // Without the team's third group, hiding the principals on pace would leave them alone in
    // the team minus the teachers: the teachers are held back too.
    expect(tension(roled, PACE).byRole).toEqual({});
    expect(tension(roled, PACE).heldBackRoles).toEqual(['teacher']);

    // With the person without a role, the principals (hidden in the role list) join them on
    // locus as "Other roles": now 1, 2, 4; should 2, 2, 6.
    expect(Object.keys(locus.byRole)).toEqual(['teacher']);
    expect(locus.heldBackRoles).toEqual(['principal']);
    expect(locus.otherRoles!.current.mean).toBeCloseTo(7 / 3, 12);
    expect(locus.otherRoles!.desired.mean).toBeCloseTo(10 / 3, 12);
  });

  it('hides every role under the default group size of 3', () => {
    const strict = aggregate(team);
    expect(strict.roles.every((r) => !r.shown)).toBe(true);
    for (const t of strict.tensions) {
      expect(Object.keys(t.byRole)).toEqual([]);
      expect(t.suppressedRoles).toEqual(['principal', 'teacher']);
    }
    expect(strict.roleDifferences).toEqual([]);
  });

  it('ranks gaps, spreads and role differences', () => {
    expect(result.largestGaps.map((g) => g.tension)).toEqual([PACE, LOCUS]);
    expect(result.largestGaps[0]!.gap).toBeCloseTo(1.25, 12);
    expect(result.leastAligned.map((g) => g.tension)).toEqual([PACE, LOCUS]);
    expect(result.leastAligned[0]!.alignment).toBe('mixed');
    // Only locus has two shown groups: now 4.5 (teacher) vs 1.5 (principal); should 3.5 vs 2.
    // ("Other roles" is not a role: with it, no tension of the whole team has two roles shown.)
    expect(result.roleDifferences).toEqual([]);
    expect(roled.roleDifferences).toEqual([
      { tension: LOCUS, roles: ['principal', 'teacher'], measure: 'current', difference: 3 },
    ]);
    const one = aggregate(team, { minGroupSize: 2, top: 1 });
    expect(one.largestGaps.map((g) => g.tension)).toEqual([PACE]);
    expect(one.leastAligned).toHaveLength(1);
  });

  it('measures movement against the baseline', () => {
    // baseline pace: now 1, 3, 2 (mean 2, sd √(2/3)); should 5, 5, 5 (mean 5, sd 0)
    expect(pace.baseline).toMatchObject({ n: 3, gap: 3 });
    expect(pace.baseline!.current.mean).toBe(2);
    expect(pace.movement!.current).toBeCloseTo(2, 12);
    expect(pace.movement!.desired).toBeCloseTo(0.25, 12);
    expect(pace.movement!.gap).toBeCloseTo(-1.75, 12);
    expect(pace.movement!.absGap).toBeCloseTo(-1.75, 12);
    expect(pace.movement!.spread).toBeCloseTo(Math.sqrt(2.5) - Math.sqrt(2 / 3), 12);
    // baseline locus: now 4, 2 (mean 3, sd 1); should 4, 5 (mean 4.5, sd 0.5)
    expect(locus.movement!.current).toBeCloseTo(0.2, 12);
    expect(locus.movement!.desired).toBeCloseTo(-1.1, 12);
    expect(locus.movement!.gap).toBeCloseTo(-1.3, 12);
    expect(locus.movement!.spread).toBeCloseTo(Math.sqrt(2.24) - 1, 12);

    expect(result.largestMovements.map((m) => [m.tension, m.measure])).toEqual([
      [PACE, 'current'],
      [LOCUS, 'desired'],
    ]);
    expect(result.largestMovements[1]!.delta).toBeCloseTo(-1.1, 12);
    expect(aggregate(team).largestMovements).toEqual([]);
    expect(aggregate(team).tensions.every((t) => t.movement === null && t.baseline === null)).toBe(
      true,
    );
  });

  it('summarizes the rubric with its baseline', () => {
    expect(result.rubric).toEqual([
      {
        dimension: 'shared-vision',
        n: 4,
        counts: { exploring: 1, emerging: 2, proficient: 1, breakthrough: 0 },
        shares: { exploring: 0.25, emerging: 0.5, proficient: 0.25, breakthrough: 0 },
        median: 'emerging',
        mode: 'emerging',
        targetN: 2,
        targetCounts: { exploring: 0, emerging: 0, proficient: 1, breakthrough: 1 },
        baseline: {
          n: 2,
          counts: { exploring: 2, emerging: 0, proficient: 0, breakthrough: 0 },
          shares: { exploring: 1, emerging: 0, proficient: 0, breakthrough: 0 },
          median: 'exploring',
          mode: 'exploring',
        },
      },
    ]);
  });
});

describe('aggregate: options and edges', () => {
  it('handles an empty list', () => {
    const empty = aggregate([]);
    expect(empty).toMatchObject({
      respondents: 0,
      baselineRespondents: null,
      points: 7,
      roles: [],
      withoutRole: 0,
      tensions: [],
      largestGaps: [],
      leastAligned: [],
      roleDifferences: [],
      largestMovements: [],
      rubric: [],
    });
    const listed = aggregate([], { tensions: [PACE], baseline: [] });
    const pace = tension(listed, PACE);
    const none = { n: 0, mean: null, median: null, min: null, max: null, sd: null };
    expect(pace).toMatchObject({ n: 0, current: none, desired: none, individualGap: none });
    expect(pace).toMatchObject({ gap: null, absGap: null, spread: null, alignment: null });
    expect(pace.movement).toEqual({
      current: null,
      desired: null,
      gap: null,
      absGap: null,
      spread: null,
    });
    expect(pace.distribution.current).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('restricts and orders tensions; puts custom ids after built-in ones', () => {
    const custom = [...team, response(undefined, { 'zz-custom': [1, 2], 'aa-custom': [3, 3] })];
    expect(aggregate(custom).tensions.map((t) => t.tension)).toEqual([
      LOCUS,
      PACE,
      'aa-custom',
      'zz-custom',
    ]);
    const only = aggregate(custom, { tensions: [PACE, 'zz-custom', PACE, 'missing'] });
    expect(only.tensions.map((t) => t.tension)).toEqual([PACE, 'zz-custom', 'missing']);
    expect(tension(only, 'missing').n).toBe(0);
  });

  it('reports the tensions that appear in a survey definition’s order, the others after', () => {
    const custom = [...team, response(undefined, { 'zz-custom': [1, 2], 'aa-custom': [3, 3] })];
    // The survey asked pace, its own zz-custom, then locus; aa-custom is not in its order.
    const ordered = aggregate(custom, { order: [PACE, 'zz-custom', 'flexibility', LOCUS] });
    expect(ordered.tensions.map((t) => t.tension)).toEqual([PACE, 'zz-custom', LOCUS, 'aa-custom']);
    // Only what appears: flexibility, in the order but unanswered, is not added.
    expect(ordered.tensions.some((t) => t.tension === 'flexibility')).toBe(false);
    // `tensions` wins over `order`.
    const listed = aggregate(custom, { tensions: [LOCUS, PACE], order: [PACE, LOCUS] });
    expect(listed.tensions.map((t) => t.tension)).toEqual([LOCUS, PACE]);
  });

  it('includes tensions that only the baseline has', () => {
    const result = aggregate(team, { baseline: [response(undefined, { flexibility: [2, 3] })] });
    expect(result.tensions.map((t) => t.tension)).toEqual([LOCUS, PACE, 'flexibility']);
    expect(tension(result, 'flexibility').movement!.current).toBeNull();
  });

  it('ignores positions off the scale and counts them', () => {
    const result = aggregate(
      [response(undefined, { pace: [9, 2.5] }), response(undefined, { pace: [3, 4] })],
      {
        points: 7,
      },
    );
    const pace = tension(result, PACE);
    expect(pace.ignored).toBe(2);
    expect(pace.current).toMatchObject({ n: 1, mean: 3 });
    expect(pace.desired).toMatchObject({ n: 1, mean: 4 });
  });

  it('uses the scale size of the responses, or the option', () => {
    const five = { ...response(undefined, { pace: [1, 5] }), points: 5 };
    expect(aggregate([five]).points).toBe(5);
    expect(tension(aggregate([five]), PACE).distribution.current).toHaveLength(5);
    expect(aggregate([five], { points: 11 }).points).toBe(11);
    expect(aggregate([five], { points: 99 }).points).toBe(5);
  });

  it('labels alignment by thresholds relative to the scale', () => {
    expect(alignmentOf(1, 7)).toBe('aligned');
    expect(alignmentOf(1.5, 7)).toBe('mixed');
    expect(alignmentOf(2, 7)).toBe('split');
    expect(alignmentOf(0.5, 4)).toBe('aligned');
    expect(alignmentOf(null, 7)).toBeNull();
    const together = aggregate([1, 2, 3].map(() => response(undefined, { pace: [4, 5] })));
    expect(tension(together, PACE).alignment).toBe('aligned');
    const apart = aggregate([1, 7, 1, 7].map((p) => response(undefined, { pace: [p, 4] })));
    expect(tension(apart, PACE).spread).toBe(3);
    expect(tension(apart, PACE).alignment).toBe('split');
    expect(tension(aggregate([response(undefined, { pace: [4, 5] })]), PACE).alignment).toBeNull();
  });

  it('does not throw on malformed input', () => {
    const bad = [
      null,
      { ...response('x', {}), tensions: null },
      {
        ...response('x', {}),
        tensions: { pace: null, flexibility: { current: 'a', desired: undefined } },
      },
      { ...response('x', {}), rubric: { v: { stage: 'nope' }, w: null } },
    ] as unknown as SurveyResponse[];
    expect(() =>
      aggregate(bad, { minGroupSize: Number.NaN, top: -1, points: Number.NaN }),
    ).not.toThrow();
    const result = aggregate(bad);
    expect(tension(result, 'flexibility')).toMatchObject({
      n: 1,
      ignored: 1,
      unsure: { current: 0, desired: 1 },
    });
    expect(result.rubric).toEqual([]);
  });

  it('keeps a role named like an Object property as data', () => {
    const odd = [1, 2, 3].map(() => response('__proto__', { pace: [2, 3] }));
    const pace = tension(aggregate(odd), PACE);
    expect(Object.keys(pace.byRole)).toEqual(['__proto__']);
    expect(pace.byRole['__proto__']!.n).toBe(3);
  });
});
