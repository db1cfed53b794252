import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/core/aggregate/index.js';
import type {
  Aggregate,
  RankedGap,
  RankedSpread,
  RoleDifference,
} from '../../../src/core/aggregate/index.js';
import {
  DISCUSSED_GAPS,
  DISCUSSED_ROLE_DIFFERENCES,
  MIN_DISCUSSED_GAP,
  MIN_DISCUSSED_ROLE_DIFFERENCE,
  discussionTopics,
} from '../../../src/core/discussion.js';
import type { SurveyResponse } from '../../../src/core/schema.js';

/** The ranked lists discussionTopics reads, as an aggregate (the rest is not looked at). */
function ranked(lists: {
  gaps?: RankedGap[];
  spreads?: RankedSpread[];
  roles?: RoleDifference[];
}): Aggregate {
  return {
    largestGaps: lists.gaps ?? [],
    leastAligned: lists.spreads ?? [],
    roleDifferences: lists.roles ?? [],
  } as Partial<Aggregate> as Aggregate;
}

const gap = (tension: string, value: number): RankedGap => ({
  tension,
  gap: value,
  absGap: Math.abs(value),
});
const spread = (tension: string, alignment: RankedSpread['alignment']): RankedSpread => ({
  tension,
  spread: 2.5,
  alignment,
});
const roles = (tension: string, difference: number): RoleDifference => ({
  tension,
  roles: ['Teacher', 'Principal'],
  measure: 'current',
  difference,
});

let serial = 0;
function response(role: string, tensions: Record<string, [number, number]>): SurveyResponse {
  serial++;
  return {
    version: 1,
    id: `r${serial}`,
    survey: 'tensions',
    role,
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, serial)).toISOString(),
    locale: 'en',
    tensions: Object.fromEntries(
      Object.entries(tensions).map(([id, [current, desired]]) => [id, { current, desired }]),
    ),
  };
}

describe('discussionTopics', () => {
  it('names its thresholds', () => {
    expect(MIN_DISCUSSED_GAP).toBe(0.5);
    expect(MIN_DISCUSSED_ROLE_DIFFERENCE).toBe(1);
    expect(DISCUSSED_GAPS).toBe(3);
    expect(DISCUSSED_ROLE_DIFFERENCES).toBe(2);
  });

  it('offers nothing when nothing qualifies', () => {
    expect(discussionTopics(aggregate([]))).toEqual([]);
    expect(
      discussionTopics(
        ranked({
          gaps: [gap('pace', 0.49)],
          spreads: [spread('pace', 'mixed')],
          roles: [roles('pace', 0.99)],
        }),
      ),
    ).toEqual([]);
  });

  it('takes gaps from half a point, toward the pole the team wants to move to', () => {
    const topics = discussionTopics(
      ranked({ gaps: [gap('pace', -3.25), gap('flexibility', 0.5)] }),
    );
    expect(topics).toEqual([
      { tension: 'pace', reasons: [{ kind: 'gap', gap: -3.25, absGap: 3.25, toward: 'left' }] },
      {
        tension: 'flexibility',
        reasons: [{ kind: 'gap', gap: 0.5, absGap: 0.5, toward: 'right' }],
      },
    ]);
  });

  it('takes split tensions only, and role differences from one point', () => {
    const topics = discussionTopics(
      ranked({
        spreads: [spread('pace', 'split'), spread('model-type', 'mixed')],
        roles: [roles('model-type', 1), roles('flexibility', 0.5)],
      }),
    );
    expect(topics).toEqual([
      { tension: 'pace', reasons: [{ kind: 'split', spread: 2.5 }] },
      {
        tension: 'model-type',
        reasons: [{ kind: 'roles', roles: ['Teacher', 'Principal'], difference: 1 }],
      },
    ]);
  });

  it('considers the top three gaps and splits and the top two role differences', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const topics = discussionTopics(
      ranked({
        gaps: ids.map((id) => gap(`gap-${id}`, 3)),
        spreads: ids.map((id) => spread(`split-${id}`, 'split')),
        roles: ids.map((id) => roles(`roles-${id}`, 2)),
      }),
    );
    expect(topics.map((topic) => topic.tension)).toEqual([
      'gap-a',
      'gap-b',
      'gap-c',
      'split-a',
      'split-b',
      'split-c',
      'roles-a',
      'roles-b',
    ]);
  });

  it('lists a tension once with every reason: gap, then split, then roles', () => {
    const topics = discussionTopics(
      ranked({
        gaps: [gap('locus-of-control', 1), gap('pace', 2)],
        spreads: [spread('pace', 'split')],
        roles: [roles('pace', 3)],
      }),
    );
    expect(topics.map((topic) => topic.tension)).toEqual(['locus-of-control', 'pace']);
    expect(topics[1]!.reasons.map((reason) => reason.kind)).toEqual(['gap', 'split', 'roles']);
  });

  it('reads a real aggregate: a team that wants to slow down, split by role', () => {
    const team = [
      ...[1, 2, 3].map(() => response('Teacher', { pace: [7, 2], flexibility: [4, 4] })),
      ...[1, 2, 3].map(() => response('Principal', { pace: [3, 2], flexibility: [4, 4] })),
    ];
    expect(discussionTopics(aggregate(team))).toEqual([
      {
        tension: 'pace',
        reasons: [
          { kind: 'gap', gap: -3, absGap: 3, toward: 'left' },
          { kind: 'split', spread: 2 },
          { kind: 'roles', roles: ['Principal', 'Teacher'], difference: 4 },
        ],
      },
    ]);
  });
});
