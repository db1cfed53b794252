import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  finishPlan,
  refreshPlan,
  startPlan,
  teamFigures,
  workingFromPlan,
} from '../../../../src/core/plan/index.js';
import { TENSION_IDS } from '../../../../src/core/ids.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';
import { fixturePlan } from '../../../fixtures/plan.js';
import { planArb } from './arbitraries.js';

const start = { id: 'p1', decidedAt: '2026-03-10T00:00:00Z', locale: 'en' };

describe('working plans', () => {
  it('starts from the team: every answered tension, aim at the median "should be", not decided', () => {
    const working = startPlan(fixtureTeam(), start);
    expect(Object.keys(working.tensions)).toEqual([...TENSION_IDS]);
    // Locus of control: everyone wants 4; pace: desired alternates 2 and 3 (median 2.5 -> 3).
    expect(working.tensions['locus-of-control']).toMatchObject({ aim: 4, decided: false });
    expect(working.tensions.pace!.aim).toBe(3);
    expect(finishPlan(working).plan!.tensions.pace).toMatchObject({ aim: 3, decided: false });
  });

  it('gives the team figures: means, gap and spread', () => {
    const pace = teamFigures(fixtureTeam(), 'pace', 7);
    expect(pace.n).toBe(12);
    expect(pace.currentMean).toBeCloseTo((4 * 6 + 4 * 7 + 3 * 4 + 6) / 12);
    expect(pace.desiredMean).toBe(2.5);
    expect(pace.gap).toBeCloseTo(2.5 - pace.currentMean!);
    expect(teamFigures([], 'pace', 7)).toMatchObject({ n: 0, desiredMedian: null, gap: null });
  });

  it('starts from all seven tensions without responses', () => {
    const working = startPlan([], start);
    expect(Object.keys(working.tensions)).toEqual([...TENSION_IDS]);
    expect(working.tensions.pace!.aim).toBeNull();
  });

  it('refreshes only aims not yet decided', () => {
    const working = startPlan([], start);
    working.tensions.pace = { ...working.tensions.pace!, aim: 6, decided: true };
    const refreshed = refreshPlan(working, fixtureTeam());
    expect(refreshed.tensions.pace!.aim).toBe(6);
    expect(refreshed.tensions['locus-of-control']!.aim).toBe(4);
  });

  it('leaves out blank sign lines and empty step rows when finishing', () => {
    const working = workingFromPlan(fixturePlan());
    working.tensions.pace!.signs = 'One\n\n  \nTwo\n';
    working.tensions.pace!.steps.push({ what: '  ', owner: 'Nobody', due: '' });
    const plan = finishPlan(working).plan!;
    expect(plan.tensions.pace!.warningSigns).toEqual(['One', 'Two']);
    expect(plan.tensions.pace!.steps).toHaveLength(1);
  });

  it('names the field still wrong', () => {
    const working = workingFromPlan(fixturePlan());
    working.tensions.pace!.steps[0]!.due = '2026-13-01';
    expect(finishPlan(working).problems[0]!.path).toBe('tensions.pace.steps[0].due');
  });

  it('round-trips any plan through a working copy (property)', () => {
    fc.assert(
      fc.property(planArb(), (plan) => {
        fc.pre(
          Object.values(plan.tensions).every((t) => t.warningSigns.every((s) => !s.includes('\n'))),
        );
        expect(finishPlan(workingFromPlan(plan))).toEqual({ plan, problems: [] });
      }),
    );
  });
});
