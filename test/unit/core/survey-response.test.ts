import { describe, expect, it } from 'vitest';
import { buildResponse } from '../../../src/core/survey-response.js';
import { surveyProgress } from '../../../src/core/survey-progress.js';

const base = {
  id: 'r1',
  survey: 'tensions',
  locale: 'en' as const,
  submittedAt: '2026-03-01T09:30:00.000Z',
};

describe('buildResponse', () => {
  it('builds a response with every asked tension, Unsure and unanswered as null', () => {
    const result = buildResponse({
      ...base,
      tensions: ['pace', 'flexibility', 'model-type'],
      answers: { pace: [2, 6], flexibility: [0, 4] },
      role: 'Teacher',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        version: 1,
        id: 'r1',
        survey: 'tensions',
        role: 'Teacher',
        submittedAt: '2026-03-01T09:30:00.000Z',
        locale: 'en',
        tensions: {
          pace: { current: 2, desired: 6 },
          flexibility: { current: null, desired: 4 },
          'model-type': { current: null, desired: null },
        },
      },
    });
  });

  it('names the scale only when it is not the default, and takes positions up to it', () => {
    const eleven = buildResponse({
      ...base,
      tensions: ['pace'],
      answers: { pace: [9, 10] },
      points: 11,
    });
    expect(eleven.ok && eleven.value.points).toBe(11);
    expect(eleven.ok && eleven.value.tensions.pace).toEqual({ current: 9, desired: 10 });
    const seven = buildResponse({ ...base, tensions: ['pace'], answers: {}, points: 7 });
    expect(seven.ok && 'points' in seven.value).toBe(false);
  });

  it('leaves out an empty role and an empty rubric, and carries rated dimensions', () => {
    const plain = buildResponse({ ...base, tensions: [], answers: {}, role: '', rubric: {} });
    expect(plain.ok && Object.keys(plain.value)).not.toContain('role');
    expect(plain.ok && Object.keys(plain.value)).not.toContain('rubric');
    const rated = buildResponse({
      ...base,
      tensions: [],
      answers: {},
      rubric: { roadmap: { stage: 'emerging', evidence: 'Draft only.' } },
    });
    expect(rated.ok && rated.value.rubric).toEqual({
      roadmap: { stage: 'emerging', evidence: 'Draft only.' },
    });
  });

  it('stamps the time of building when none is given', () => {
    const before = Date.now();
    const result = buildResponse({ ...base, submittedAt: undefined, tensions: [], answers: {} });
    expect(result.ok && Date.parse(result.value.submittedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('returns the schema problems for answers no response can carry', () => {
    const result = buildResponse({ ...base, tensions: ['pace'], answers: { pace: [2.5, 3] } });
    expect(result.ok || result.problems[0]!.path).toBe('tensions.pace.current');
  });
});

describe('surveyProgress', () => {
  const answers = { pace: [2, 6], flexibility: [0, null], 'model-type': [0, 0] };
  const tensions = ['pace', 'flexibility', 'model-type'];

  it('counts a tension once both markers are placed or Unsure', () => {
    expect(surveyProgress({ tensions, answers })).toEqual({ done: 2, total: 3 });
  });

  it('counts a required rubric dimension by dimension', () => {
    expect(
      surveyProgress({ tensions, answers, rubric: { rated: 4, total: 12, required: true } }),
    ).toEqual({ done: 6, total: 15 });
  });

  it('gives an optional rubric its own count, so skipping it still finishes the survey', () => {
    expect(
      surveyProgress({ tensions, answers, rubric: { rated: 4, total: 12, required: false } }),
    ).toEqual({ done: 2, total: 3, rubric: { rated: 4, total: 12 } });
  });

  it('ignores a rubric that has not drawn yet (no dimensions)', () => {
    expect(
      surveyProgress({ tensions, answers, rubric: { rated: 0, total: 0, required: true } }),
    ).toEqual({ done: 2, total: 3 });
  });
});
