import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyPlanTension, parsePlan } from '../../../../src/core/plan/index.js';
import { fixturePlan } from '../../../fixtures/plan.js';
import { planArb } from './arbitraries.js';

describe('parsePlan', () => {
  it('accepts a full plan and returns it unchanged', () => {
    const { plan, problems } = parsePlan(fixturePlan());
    expect(problems).toEqual([]);
    expect(plan).toEqual(fixturePlan());
  });

  it('fills defaults for fields a plan leaves out', () => {
    const { plan } = parsePlan({
      version: 1,
      id: 'p',
      decidedAt: '2026-03-10T17:00:00Z',
      locale: 'es',
      tensions: { pace: { aim: 2 } },
    });
    expect(plan).toEqual({
      version: 1,
      id: 'p',
      title: '',
      decidedAt: '2026-03-10T17:00:00Z',
      locale: 'es',
      points: 7,
      tensions: { pace: emptyPlanTension(2) },
    });
  });

  it('names the path of each bad field', () => {
    const bad = fixturePlan();
    bad.tensions.pace!.aim = 9;
    bad.tensions['locus-of-control']!.steps[1]!.due = '2026-02-30';
    bad.tensions['locus-of-control']!.warningSigns.push('   ');
    bad.decidedAt = 'yesterday';
    const { plan, problems } = parsePlan(bad);
    expect(plan).toBeNull();
    const paths = problems.map((p) => p.path);
    expect(paths).toContain('tensions.pace.aim');
    expect(paths).toContain('tensions.locus-of-control.steps[1].due');
    expect(paths).toContain('tensions.locus-of-control.warningSigns[2]');
    expect(paths).toContain('decidedAt');
  });

  it('says a step needs its "what" and that the version is 1', () => {
    const bad = fixturePlan();
    (bad as { version: number }).version = 2;
    bad.tensions.pace!.steps[0]!.what = ' ';
    const { problems } = parsePlan(bad);
    expect(problems).toContainEqual({ path: 'version', message: 'This plan format is version 1.' });
    expect(problems).toContainEqual({
      path: 'tensions.pace.steps[0].what',
      message: 'Say what the step is.',
    });
  });

  it('refuses non-objects and hostile objects without throwing', () => {
    for (const input of [null, undefined, 7, 'plan', [], { tensions: [] }]) {
      const { plan, problems } = parsePlan(input);
      expect(plan).toBeNull();
      expect(problems.length).toBeGreaterThan(0);
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
        ownKeys() {
          throw new Error('no');
        },
      },
    );
    expect(parsePlan(hostile).plan).toBeNull();
  });

  it('never throws on arbitrary input (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parsePlan(input);
        expect(result.plan === null).toBe(result.problems.length > 0);
      }),
    );
  });

  it('accepts every generated plan as it is (property)', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        expect(parsePlan(plan)).toEqual({ plan, problems: [] });
      }),
    );
  });
});
