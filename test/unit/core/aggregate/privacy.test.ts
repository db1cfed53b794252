/**
 * Privacy of the role groups (complementary suppression): from everything `aggregate` shows by
 * role, no one's answer, and no size under the minimum, can be worked out by subtraction.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate, complementaryHidden } from '../../../../src/core/aggregate/index.js';
import type { Aggregate } from '../../../../src/core/aggregate/index.js';
import { gapTable, summarize } from '../../../../src/core/summary.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

const TENSIONS = ['pace', 'locus-of-control'] as const;
const ROLE_NAMES = ['board member', 'coach', 'principal', 'teacher', 'counselor'];

type Answer = { current: number | null; desired: number | null } | null;

function person(index: number, role: string | null, answers: readonly Answer[]): SurveyResponse {
  const tensions: SurveyResponse['tensions'] = {};
  answers.forEach((answer, t) => {
    if (answer) tensions[TENSIONS[t]!] = answer;
  });
  return {
    version: 1,
    id: `p${index}`,
    survey: 'tensions',
    ...(role === null ? {} : { role }),
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, index % 60)).toISOString(),
    locale: 'en',
    tensions,
  };
}

/** A row-echelon basis of the span of `sets` (as 0/1 vectors over `size` respondents). */
function basisOf(sets: readonly (readonly number[])[], size: number) {
  const basis: { pivot: number; row: number[] }[] = [];
  for (const set of sets) {
    const row = Array<number>(size).fill(0);
    for (const m of set) row[m] = 1;
    const rest = reduce(basis, row);
    const pivot = rest.findIndex((x) => Math.abs(x) > 1e-9);
    if (pivot >= 0) basis.push({ pivot, row: rest });
  }
  return basis;
}

function reduce(basis: readonly { pivot: number; row: number[] }[], vector: number[]): number[] {
  const out = vector.slice();
  for (const { pivot, row } of basis) {
    const factor = out[pivot]! / row[pivot]!;
    if (factor !== 0) for (let k = 0; k < out.length; k++) out[k]! -= factor * row[k]!;
  }
  return out;
}

/**
 * Whether the sum over `target` (a set of respondent indexes) can be worked out from sums shown
 * over `sets`: exactly when its indicator vector lies in their span (Gaussian elimination).
 */
function inSpan(sets: readonly (readonly number[])[], target: readonly number[]): boolean {
  return spanTest(sets)(target);
}

function spanTest(sets: readonly (readonly number[])[]) {
  const size = Math.max(0, ...sets.flat()) + 1;
  const basis = basisOf(sets, size);
  return (target: readonly number[]) => {
    if (target.some((m) => m >= size)) return false;
    const v = Array<number>(size).fill(0);
    for (const m of target) v[m] = 1;
    return reduce(basis, v).every((x) => Math.abs(x) < 1e-9);
  };
}

/** Whether one person's answer can be worked out from sums shown over `sets`. */
function singlesOut(sets: readonly (readonly number[])[], people: readonly number[]): boolean {
  const test = spanTest(sets);
  return people.some((p) => test([p]));
}

/** Everything the aggregate shows by role on one tension and one question, as sets of people. */
function shownSets(
  agg: Aggregate,
  team: readonly SurveyResponse[],
  id: string,
  key: 'current' | 'desired' | 'n',
): { sets: number[][]; answered: number[]; outside: number[] } {
  const t = agg.tensions.find((x) => x.tension === id)!;
  const answered = team.flatMap((r, i) => {
    const a = r.tensions[id];
    if (!a) return [];
    return key === 'n' || typeof a[key] === 'number' ? [i] : [];
  });
  const shownRoles = new Set(Object.keys(t.byRole));
  const inRole = (i: number) => shownRoles.has(team[i]!.role ?? '');
  const sets = [answered];
  for (const role of shownRoles) sets.push(answered.filter((i) => team[i]!.role === role));
  const outside = answered.filter((i) => !inRole(i));
  if (t.otherRoles) sets.push(outside);
  return { sets, answered, outside };
}

function checkTeam(team: readonly SurveyResponse[], min: number) {
  const agg = aggregate(team, { minGroupSize: min });
  const rolesOf = new Map<string, number[]>();
  team.forEach((r, i) => {
    if (r.role) rolesOf.set(r.role, [...(rolesOf.get(r.role) ?? []), i]);
  });

  // The role list: no count under the minimum; what is left out is none or at least the minimum.
  for (const r of agg.roles) {
    const size = rolesOf.get(r.role)!.length;
    expect(r.small).toBe(size < min);
    if (r.shown) expect(r.n).toBe(size);
    else expect(r.n).toBeNull();
    if (r.n !== null) expect(r.n).toBeGreaterThanOrEqual(min);
  }
  if (agg.withoutRole !== null && agg.withoutRole > 0)
    expect(agg.withoutRole).toBeGreaterThanOrEqual(min);
  const shownSizes = agg.roles.reduce((sum, r) => sum + (r.n ?? 0), 0) + (agg.withoutRole ?? 0);
  const leftOut = agg.respondents - shownSizes;
  if (agg.roles.some((r) => r.shown)) expect(leftOut === 0 || leftOut >= min).toBe(true);
  if (agg.otherRoles) {
    expect(agg.otherRoles.n).toBe(leftOut);
    expect(agg.otherRoles.n).toBeGreaterThanOrEqual(min);
  }
  // No hidden small role's size can be worked out from the sizes shown.
  const everyone = team.map((_, i) => i);
  const sizeSets = [everyone];
  for (const r of agg.roles) if (r.shown) sizeSets.push(rolesOf.get(r.role)!);
  if (agg.withoutRole !== null) sizeSets.push(everyone.filter((i) => !team[i]!.role));
  if (agg.otherRoles) {
    const shownRoles = new Set(agg.roles.filter((r) => r.shown).map((r) => r.role));
    sizeSets.push(
      everyone.filter((i) => {
        const role = team[i]!.role;
        return role ? !shownRoles.has(role) : agg.withoutRole === null;
      }),
    );
  }
  for (const r of agg.roles) {
    // Were a small role's members in the span of the shown sets, its size would be known.
    if (r.small) expect(inSpan(sizeSets, rolesOf.get(r.role)!), r.role).toBe(false);
  }

  for (const id of TENSIONS) {
    const t = agg.tensions.find((x) => x.tension === id);
    if (!t) continue;
    for (const g of Object.values(t.byRole)) {
      expect(g.n).toBeGreaterThanOrEqual(min);
      expect(g.current.n).toBeGreaterThanOrEqual(min);
      expect(g.desired.n).toBeGreaterThanOrEqual(min);
    }
    // "Other roles" may hold no answers to a question (all unsure), else at least the minimum.
    const other = t.otherRoles;
    if (other) {
      expect(other.n).toBeGreaterThanOrEqual(min);
      for (const n of [other.current.n, other.desired.n]) expect(n === 0 || n >= min).toBe(true);
    }
    const anyShown = Object.keys(t.byRole).length > 0;
    for (const key of ['n', 'current', 'desired'] as const) {
      const { sets, answered, outside } = shownSets(agg, team, id, key);
      // The respondents not covered by a shown role group: none or at least the minimum.
      if (anyShown) expect(outside.length === 0 || outside.length >= min).toBe(true);
      // Team count minus the shown groups' counts never singles out one person.
      const shownCount = Object.values(t.byRole).reduce(
        (sum, g) => sum + (key === 'n' ? g.n : g[key].n),
        0,
      );
      const teamCount = key === 'n' ? t.n : t[key].n;
      const rest = teamCount - shownCount;
      if (anyShown) expect(rest === 0 || rest >= min).toBe(true);
      // And no one's answer is in the span of the groups whose sums are shown.
      if (anyShown) expect(singlesOut(sets, answered)).toBe(false);
      if (t.otherRoles && key !== 'n') {
        expect(t.otherRoles[key].n).toBe(outside.length);
        const values = outside.map((i) => team[i]!.tensions[id]![key]!);
        if (values.length === 0) expect(t.otherRoles[key].mean).toBeNull();
        else
          expect(t.otherRoles[key].mean).toBeCloseTo(
            values.reduce((a, b) => a + b) / values.length,
            9,
          );
      }
    }
    // A role hidden in the role list is named hidden on every tension.
    for (const r of agg.roles) if (!r.shown) expect(t.suppressedRoles).toContain(r.role);
    for (const d of agg.roleDifferences)
      if (d.tension === id) for (const role of d.roles) expect(t.byRole[role]).toBeDefined();
  }

  // What the chart's table and summary show by role follows the same rule.
  const table = gapTable(agg, { groupByRole: true });
  for (const row of table.rows) {
    if (row[1] === 'Whole team') continue;
    expect(Number(row[2])).toBeGreaterThanOrEqual(min);
  }
  const [who] = summarize(agg);
  for (const match of who!.matchAll(/: (\d+)/g))
    expect(Number(match[1])).toBeGreaterThanOrEqual(min);
  return agg;
}

const answerArb = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 8,
    arbitrary: fc.record({
      current: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 6 }),
      desired: fc.option(fc.integer({ min: 1, max: 7 }), { nil: null, freq: 6 }),
    }),
  },
);

const teamArb = fc
  .record({
    min: fc.integer({ min: 2, max: 5 }),
    sizes: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 2, maxLength: 5 }),
    withoutRole: fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) },
    ),
  })
  .chain(({ min, sizes, withoutRole }) => {
    const roles = sizes.flatMap((size, r) => Array<string | null>(size).fill(ROLE_NAMES[r]!));
    for (let i = 0; i < withoutRole; i++) roles.push(null);
    return fc.record({
      min: fc.constant(min),
      team: fc
        .tuple(...roles.map(() => fc.tuple(answerArb, answerArb)))
        .map((answers) => answers.map((a, i) => person(i, roles[i]!, a))),
    });
  });

describe('aggregate: privacy of role groups (complementary suppression)', () => {
  it('never lets anyone compute one person’s answer from what is shown (1,000 random teams)', () => {
    fc.assert(
      fc.property(teamArb, ({ min, team }) => {
        checkTeam(team, min);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  // The example: five teachers, five principals, one board member, minGroupSize 3.
  // "Where we are" on pace: the team's sum is 38, the teachers' 14, the principals' 17, so
  // showing both roles gave the board member's 7 away.
  const teachers = [2, 3, 3, 3, 3];
  const principals = [3, 3, 3, 4, 4];
  const team = [
    ...teachers.map((current, i) => person(i, 'teacher', [{ current, desired: 5 }, null])),
    ...principals.map((current, i) => person(5 + i, 'principal', [{ current, desired: 4 }, null])),
    person(10, 'board member', [{ current: 7, desired: 1 }, null]),
  ];

  it('hides the board member, and one more role with them (5 teachers, 5 principals, 1 board member)', () => {
    const agg = checkTeam(team, 3);
    const pace = agg.tensions.find((t) => t.tension === 'pace')!;
    expect(pace.current.mean! * 11).toBeCloseTo(38, 9);
    // The board member is hidden and so is the next smallest role (principal comes first of
    // the two roles of five); together they are shown as "Other roles", six people.
    expect(Object.keys(pace.byRole)).toEqual(['teacher']);
    expect(pace.suppressedRoles).toEqual(['board member', 'principal']);
    expect(pace.heldBackRoles).toEqual(['principal']);
    expect(pace.otherRoles).toMatchObject({ n: 6, roles: ['board member', 'principal'] });
    expect(pace.otherRoles!.current.mean! * 6).toBeCloseTo(24, 9);
    // The role list gives no size under the minimum.
    expect(agg.roles).toEqual([
      { role: 'board member', n: null, shown: false, small: true },
      { role: 'principal', n: null, shown: false, small: false },
      { role: 'teacher', n: 5, shown: true, small: false },
    ]);
    expect(agg.otherRoles).toEqual({
      roles: ['board member', 'principal'],
      withoutRole: false,
      n: 6,
    });
    // The team (38) minus the teachers (14) leaves six people's 24: not anyone's own answer.
    const sums = [pace.current, pace.byRole.teacher!.current, pace.otherRoles!.current].map(
      (s) => s.mean! * s.n,
    );
    expect(sums[0]! - sums[1]! - sums[2]!).toBeCloseTo(0, 9);
    expect(agg.roleDifferences).toEqual([]);
  });

  it('says "fewer than 3" for the board member and never gives their count', () => {
    const lines = summarize(aggregate(team, { minGroupSize: 3 }));
    expect(lines[0]).toBe('11 people responded (teacher: 5 and Other roles: 6).');
    expect(lines[1]).toContain('board member (fewer than 3) and principal');
    expect(lines.join(' ')).not.toMatch(/board member: 1|\b1 (person|people)\b/);
    const es = summarize(aggregate(team, { minGroupSize: 3 }), { locale: 'es' });
    expect(es[0]).toBe('Respondieron 11 personas (teacher: 5 y Otros roles: 6).');
    expect(es[1]).toContain('board member (menos de 3)');
    const rows = gapTable(aggregate(team, { minGroupSize: 3 }), { groupByRole: true }).rows;
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['Whole team', '11'],
      ['teacher', '5'],
      ['Other roles', '6'],
    ]);
  });

  it('does not tell whether a hidden person skipped a tension', () => {
    // The board member answers pace only: locus names them as hidden all the same.
    const skipped = team.map((r) =>
      r.role === 'board member'
        ? r
        : { ...r, tensions: { ...r.tensions, 'locus-of-control': { current: 4, desired: 4 } } },
    );
    const agg = checkTeam(skipped, 3);
    const [locus, pace] = [agg.tensions[0]!, agg.tensions[1]!];
    expect(locus.tension).toBe('locus-of-control');
    expect(locus.n).toBe(10);
    expect(locus.suppressedRoles).toEqual(pace.suppressedRoles);
    expect(locus.otherRoles!.roles).toEqual(pace.otherRoles!.roles);
    expect(locus.otherRoles!.withoutRole).toBe(pace.otherRoles!.withoutRole);
  });

  it('hides every role when no pool can reach the minimum', () => {
    // A teacher and a board member, minimum 3: neither is shown, and no "Other roles".
    const pair = [person(0, 'teacher', [{ current: 1, desired: 2 }, null])];
    pair.push(person(1, 'board member', [{ current: 6, desired: 7 }, null]));
    const agg = checkTeam(pair, 3);
    expect(agg.roles.every((r) => !r.shown && r.n === null)).toBe(true);
    expect(agg.otherRoles).toBeNull();
    expect(agg.tensions[0]!.byRole).toEqual({});
    expect(agg.tensions[0]!.otherRoles).toBeNull();
  });

  it('hides a role on a tension where too few of its members answered, and protects it there', () => {
    // Four of each role; on pace only one principal says where we should be.
    const list = [
      ...[0, 1, 2, 3].map((i) => person(i, 'teacher', [{ current: 2, desired: 5 }, null])),
      ...[4, 5, 6, 7].map((i) =>
        person(i, 'principal', [{ current: 6, desired: i === 4 ? 3 : null }, null]),
      ),
    ];
    const pace = checkTeam(list, 3).tensions[0]!;
    // Hiding the principals alone would leave one "should be" answer: the teachers go too.
    expect(pace.byRole).toEqual({});
    expect(pace.suppressedRoles).toEqual(['principal', 'teacher']);
    expect(pace.heldBackRoles).toEqual(['teacher']);
  });
});

describe('complementaryHidden', () => {
  it('hides units under the minimum, then the next smallest until the pool reaches it', () => {
    expect(complementaryHidden([{ sizes: [5] }, { sizes: [5] }, { sizes: [1] }], 3)).toEqual([
      true,
      false,
      true,
    ]);
    expect(complementaryHidden([{ sizes: [4] }, { sizes: [3] }, { sizes: [2] }], 2)).toEqual([
      false,
      false,
      false,
    ]);
    expect(complementaryHidden([{ sizes: [2] }, { sizes: [2] }], 3)).toEqual([true, true]);
    // A pool of one small unit plus another small one reaches the minimum on its own.
    expect(
      complementaryHidden([{ sizes: [6] }, { sizes: [2] }, { sizes: [1] }, { sizes: [4] }], 3),
    ).toEqual([false, true, true, false]);
    // Every count must be none or at least the minimum: 3 members but only 1 answer.
    expect(complementaryHidden([{ sizes: [5, 5] }, { sizes: [3, 1] }], 3)).toEqual([true, true]);
    // A unit that is always hidden (people without a role) is pooled like a small one.
    expect(
      complementaryHidden([{ sizes: [4] }, { sizes: [4] }, { sizes: [3], alwaysHidden: true }], 3),
    ).toEqual([false, false, true]);
  });
});
