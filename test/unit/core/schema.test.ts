import { describe, expect, it } from 'vitest';
import { parseRubric } from '../../../src/core/rubric-schema.js';
import { describeProblems, isoDateTimeToMillis, parseResponse } from '../../../src/core/schema.js';

const valid = {
  version: 1,
  id: 'r1',
  survey: 'tensions',
  role: 'Teacher',
  submittedAt: '2026-03-01T09:30:00Z',
  locale: 'en',
  tensions: { pace: { current: 2, desired: 5 }, 'locus-of-control': { current: null, desired: 4 } },
};

describe('parseResponse', () => {
  it('accepts a valid response and keeps every answer', () => {
    const result = parseResponse(valid);
    expect(result).toEqual({ ok: true, value: valid });
  });

  it('names the path of every problem with a message an editor can act on', () => {
    const result = parseResponse({
      ...valid,
      submittedAt: 'yesterday',
      tensions: { pace: { current: 9, desired: 'x' } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: 'submittedAt',
        message: 'Use an ISO 8601 date and time, such as 2026-03-01T09:30:00Z.',
      },
      {
        path: 'tensions.pace.desired',
        message: 'Use a whole number from 1 to the number of points, or null.',
      },
    ]);
  });

  it('checks positions against the scale the response declares', () => {
    expect(
      parseResponse({ ...valid, points: 5, tensions: { pace: { current: 5, desired: 6 } } }),
    ).toEqual({
      ok: false,
      problems: [
        {
          path: 'tensions.pace.desired',
          message: '6 is past the end of a 5-point scale; use 1 to 5.',
        },
      ],
    });
    expect(
      parseResponse({ ...valid, points: 11, tensions: { pace: { current: 11, desired: 1 } } }).ok,
    ).toBe(true);
  });

  it('says a missing field is missing', () => {
    const { id: _id, ...withoutId } = valid;
    const result = parseResponse(withoutId);
    expect(result.ok ? [] : result.problems).toEqual([
      { path: 'id', message: 'This field is missing; it should be text.' },
    ]);
  });

  it('never throws, whatever it is given', () => {
    for (const input of [undefined, null, 42, 'text', [], { tensions: 'no' }]) {
      expect(parseResponse(input).ok).toBe(false);
    }
  });
});

describe('parseRubric', () => {
  it('names the dimension and field that are wrong', () => {
    const result = parseRubric({
      id: 'mine',
      title: 'Our rubric',
      groups: [{ id: 'orient', title: 'Orient' }],
      dimensions: [
        {
          id: 'vision',
          group: 'orient',
          title: 'Vision',
          descriptors: { exploring: 'a', emerging: 'b', proficient: 'c' },
        },
        {
          id: 'vision',
          group: 'enable',
          title: 'Again',
          descriptors: { exploring: 'a', emerging: 'b', proficient: 'c', breakthrough: 'd' },
        },
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: 'dimensions[0].descriptors.breakthrough',
        message: 'This field is missing; it should be text.',
      },
      {
        path: 'dimensions[1].group',
        message: 'No group "enable" in this rubric; use one of: orient.',
      },
      {
        path: 'dimensions[1].id',
        message: 'The dimension id "vision" is used twice; each needs its own.',
      },
    ]);
  });
});

describe('describeProblems', () => {
  it('lists the first few problems and counts the rest', () => {
    const problems = [1, 2, 3, 4, 5].map((n) => ({ path: `f${n}`, message: `m${n}` }));
    expect(describeProblems(problems)).toBe('f1: m1; f2: m2; f3: m3; and 2 more');
  });
});

describe('isoDateTimeToMillis', () => {
  it('reads the forms a response may carry, with a zone', () => {
    expect(isoDateTimeToMillis('2026-03-01T09:30:00Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(isoDateTimeToMillis('2026-03-01T09:30:00.250Z')).toBe(
      Date.UTC(2026, 2, 1, 9, 30, 0, 250),
    );
    expect(isoDateTimeToMillis('2026-03-01T09:30Z')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(isoDateTimeToMillis('2026-03-01T11:30:00+02:00')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(isoDateTimeToMillis('2026-03-01T04:30:00-05:00')).toBe(Date.UTC(2026, 2, 1, 9, 30));
    expect(isoDateTimeToMillis('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
    expect(isoDateTimeToMillis('2000-02-29T00:00:00Z')).toBe(Date.UTC(2000, 1, 29));
    expect(isoDateTimeToMillis('0099-12-31T23:59:59Z')).toBe(
      new Date('0099-12-31T23:59:59Z').getTime(),
    );
  });

  it('rejects impossible dates and times, and times without a zone', () => {
    for (const bad of [
      '2026-02-30T09:30:00Z',
      '1900-02-29T09:30:00Z',
      '2026-04-31T09:30:00Z',
      '2026-13-01T09:30:00Z',
      '2026-03-01T24:00:00Z',
      '2026-03-01T09:60:00Z',
      '2026-03-01T09:30:00',
      '2026-03-01',
      'yesterday',
    ])
      expect(isoDateTimeToMillis(bad), bad).toBeNaN();
  });
});
