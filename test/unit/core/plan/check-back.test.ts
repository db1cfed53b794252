import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkBack,
  movementTowardAim,
  positionAgainstAim,
} from '../../../../src/core/plan/index.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';
import { fixturePlan } from '../../../fixtures/plan.js';

/** A team whose answers on each tension are [current, desired] pairs, one per person. */
function team(
  answers: Record<string, [number | null, number | null][]>,
  prefix = 'r',
): SurveyResponse[] {
  const size = Math.max(...Object.values(answers).map((list) => list.length));
  return Array.from({ length: size }, (_, person) => ({
    version: 1,
    id: `${prefix}-${person}`,
    survey: 'tensions',
    submittedAt: '2026-09-10T09:00:00Z',
    locale: 'en',
    tensions: Object.fromEntries(
      Object.entries(answers)
        .filter(([, list]) => list[person])
        .map(([id, list]) => [id, { current: list[person]![0], desired: list[person]![1] }]),
    ),
  }));
}

describe('checkBack', () => {
  // Aims: locus-of-control 5, pace 3, flexibility 4 (not decided).
  const baseline = team(
    {
      'locus-of-control': [
        [2, 5],
        [3, 5],
        [2, 6],
      ],
      pace: [
        [6, 3],
        [7, 3],
        [6, 2],
      ],
      flexibility: [
        [4, 4],
        [4, 4],
        [4, 4],
      ],
    },
    'b',
  );
  const checkIn = team({
    'locus-of-control': [
      [5, 5],
      [4, 5],
      [5, 5],
    ],
    pace: [
      [7, 1],
      [7, 7],
      [7, 4],
    ],
    flexibility: [
      [6, 4],
      [6, 4],
      [7, 4],
    ],
  });
  const result = checkBack(fixturePlan(), checkIn, baseline);
  const by = (id: string) => result.find((entry) => entry.tension === id)!;

  it('gives one entry per tension with an aim, in the plan order', () => {
    expect(result.map((entry) => entry.tension)).toEqual([
      'locus-of-control',
      'pace',
      'flexibility',
    ]);
    expect(by('flexibility').decided).toBe(false);
  });

  it('says where the team sees itself against the aim and how it moved', () => {
    expect(by('locus-of-control')).toMatchObject({
      aim: 5,
      n: 3,
      position: 'at-aim',
      movement: 'toward',
      aligned: true,
      warningSigns: [],
    });
    expect(by('locus-of-control').now).toBeCloseTo(14 / 3);
    expect(by('locus-of-control').before).toBeCloseTo(7 / 3);
    expect(by('pace')).toMatchObject({
      position: 'short-of-aim',
      movement: 'away',
      aligned: false,
    });
    expect(by('flexibility')).toMatchObject({
      position: 'past-aim',
      movement: 'away',
      aligned: true,
    });
  });

  it('lists the warning signs when the team is past its aim or no longer aligned', () => {
    expect(by('pace').warningSigns).toEqual(['Pilot schools wait a year for an answer']);
    const past = checkBack(
      fixturePlan(),
      team({
        'locus-of-control': [
          [7, 5],
          [7, 5],
        ],
      }),
    );
    expect(past[0]).toMatchObject({ position: 'past-aim', aligned: true });
    expect(past[0]!.warningSigns).toEqual(fixturePlan().tensions['locus-of-control']!.warningSigns);
  });

  it('leaves movement null without a baseline and figures null without answers', () => {
    const alone = checkBack(fixturePlan(), checkIn);
    expect(alone.every((entry) => entry.movement === null && entry.before === null)).toBe(true);
    const empty = checkBack(fixturePlan(), []);
    expect(empty[0]).toMatchObject({
      n: 0,
      now: null,
      position: null,
      aligned: null,
      warningSigns: [],
    });
  });

  it('skips tensions without an aim and positions past the scale', () => {
    const plan = fixturePlan();
    plan.tensions.pace!.aim = null;
    const entries = checkBack(
      plan,
      team({
        'locus-of-control': [
          [9, 5],
          [5, 5],
        ],
      }),
    );
    expect(entries.map((entry) => entry.tension)).toEqual(['locus-of-control', 'flexibility']);
    expect(entries[0]).toMatchObject({ n: 1, now: 5 });
  });

  it('takes its tolerances as options', () => {
    const strict = checkBack(fixturePlan(), checkIn, baseline, { atAimTolerance: 0.1 });
    expect(strict[0]).toMatchObject({ position: 'short-of-aim' });
    const loose = checkBack(fixturePlan(), checkIn, baseline, { alignedSpreadShare: 1 });
    expect(loose[1]).toMatchObject({ aligned: true, warningSigns: [] });
    // Nonsense options fall back to the defaults.
    const nonsense = checkBack(fixturePlan(), checkIn, baseline, { atAimTolerance: -1 });
    expect(nonsense).toEqual(result);
  });
});

describe('positionAgainstAim and movementTowardAim', () => {
  it('treats a balanced aim as past on either side', () => {
    expect(positionAgainstAim(2, 4, 7)).toBe('past-aim');
    expect(positionAgainstAim(6, 4, 7)).toBe('past-aim');
    expect(positionAgainstAim(4.4, 4, 7)).toBe('at-aim');
    expect(positionAgainstAim(3, 2, 7)).toBe('short-of-aim');
    expect(positionAgainstAim(1, 2, 7)).toBe('past-aim');
  });

  it('is steady within the tolerance', () => {
    expect(movementTowardAim(3, 3.2, 5)).toBe('steady');
    expect(movementTowardAim(3, 3.5, 5)).toBe('toward');
    expect(movementTowardAim(3, 2.5, 5)).toBe('away');
    // Crossing the aim to the same distance on the other side is no movement toward it.
    expect(movementTowardAim(4, 6, 5)).toBe('steady');
  });

  const position = (points: number) => fc.double({ min: 1, max: points, noNaN: true });

  it('gives the same verdict on the mirrored scale (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 11 })
          .chain((points) =>
            fc.tuple(
              fc.constant(points),
              position(points),
              position(points),
              fc.integer({ min: 1, max: points }),
            ),
          ),
        ([points, before, now, aim]) => {
          const mirror = (x: number) => points + 1 - x;
          expect(movementTowardAim(mirror(before), mirror(now), mirror(aim))).toBe(
            movementTowardAim(before, now, aim),
          );
          expect(positionAgainstAim(mirror(now), mirror(aim), points)).toBe(
            positionAgainstAim(now, aim, points),
          );
        },
      ),
    );
  });

  it('turns toward into away when the check-in and the baseline swap (property)', () => {
    const opposite = { toward: 'away', away: 'toward', steady: 'steady' } as const;
    fc.assert(
      fc.property(
        position(11),
        position(11),
        fc.integer({ min: 1, max: 11 }),
        (before, now, aim) => {
          expect(movementTowardAim(now, before, aim)).toBe(
            opposite[movementTowardAim(before, now, aim)],
          );
        },
      ),
    );
  });

  it('moves toward whenever the check-in is at the aim and the baseline was far (property)', () => {
    fc.assert(
      fc.property(position(7), fc.integer({ min: 1, max: 7 }), (before, aim) => {
        fc.pre(Math.abs(before - aim) > 0.3);
        expect(movementTowardAim(before, aim, aim)).toBe('toward');
      }),
    );
  });
});
