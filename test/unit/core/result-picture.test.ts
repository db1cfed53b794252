import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/core/aggregate/index.js';
import { pictureRows, positionAt } from '../../../src/core/result-picture.js';
import { RESPONSE_VERSION } from '../../../src/core/schema.js';
import type { SurveyResponse } from '../../../src/core/schema.js';

const response = (id: string, tensions: SurveyResponse['tensions']): SurveyResponse => ({
  version: RESPONSE_VERSION,
  id,
  survey: 'test',
  submittedAt: '2026-11-29T00:00:00.000Z',
  locale: 'en',
  tensions,
});

const mine = response('me', {
  pace: { current: 2, desired: 3 },
  flexibility: { current: 1, desired: 7 },
  'model-type': { current: null, desired: 4 },
});

describe('pictureRows', () => {
  it('orders the rows by gap, largest first, unsure last', () => {
    const rows = pictureRows(mine, ['pace', 'flexibility', 'model-type']);
    expect(rows.map((row) => [row.tension, row.gap])).toEqual([
      ['flexibility', 6],
      ['pace', 1],
      ['model-type', null],
    ]);
    expect(rows[0]).toEqual({ tension: 'flexibility', now: 1, should: 7, gap: 6 });
  });

  it("adds the team's medians on the same rows when a team is given", () => {
    const team = aggregate([
      response('a', { pace: { current: 5, desired: 2 }, flexibility: { current: 4, desired: 6 } }),
      response('b', { pace: { current: 6, desired: 3 }, flexibility: { current: 2, desired: 6 } }),
      response('c', { pace: { current: 7, desired: 2 } }),
    ]);
    const rows = pictureRows(mine, ['pace', 'flexibility', 'model-type'], team);
    expect(rows.map((row) => [row.tension, row.team])).toEqual([
      ['flexibility', { now: 3, should: 6 }],
      ['pace', { now: 6, should: 2 }],
      ['model-type', { now: null, should: null }],
    ]);
  });
});

describe('positionAt', () => {
  it('puts 1 at the start, the last point at the end, and the middle halfway', () => {
    expect(positionAt(1, 7, 10, 70)).toBe(10);
    expect(positionAt(7, 7, 10, 70)).toBe(70);
    expect(positionAt(4, 7, 10, 70)).toBe(40);
    expect(positionAt(2.5, 5, 0, 100)).toBe(37.5);
  });
});
