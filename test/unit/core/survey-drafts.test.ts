import { describe, expect, it } from 'vitest';
import { anySetAside, fitDraft, mergeDrafts } from '../../../src/core/draft-fit.js';
import { surveyConfig } from '../../../src/core/survey-config.js';

const survey = { ids: ['pace', 'flexibility'], roles: ['Teacher'], points: 7 };

describe('fitDraft', () => {
  it('keeps what fits and sets aside markers past the scale, tensions not asked and roles not offered', () => {
    const fitted = fitDraft(
      {
        role: 'Board',
        answers: { pace: [9, 3], flexibility: [0, null], 'model-type': [1, 1] },
        rubric: {},
      },
      survey,
    );
    expect(fitted.kept).toEqual({
      role: '',
      answers: { pace: [null, 3], flexibility: [0, null] },
      rubric: {},
    });
    expect(fitted.setAside).toEqual({
      role: 'Board',
      answers: { pace: [9, null], 'model-type': [1, 1] },
    });
    expect(anySetAside(fitted)).toBe(true);
  });

  it('sets nothing aside from a draft that fits', () => {
    const fitted = fitDraft({ role: 'Teacher', answers: { pace: [7, 1] }, rubric: {} }, survey);
    expect(fitted.kept.role).toBe('Teacher');
    expect(anySetAside(fitted)).toBe(false);
  });
});

describe('mergeDrafts', () => {
  it('keeps what was answered here and takes what is still open from the other draft', () => {
    expect(
      mergeDrafts(
        { role: '', answers: { pace: [2, null] }, rubric: { a: { stage: 'exploring' } } },
        {
          role: 'Teacher',
          answers: { pace: [5, 6], flexibility: [1, 1] },
          rubric: { a: { stage: 'proficient' }, b: { stage: 'emerging' } },
        },
      ),
    ).toEqual({
      role: 'Teacher',
      answers: { pace: [2, 6], flexibility: [1, 1] },
      rubric: { a: { stage: 'exploring' }, b: { stage: 'emerging' } },
    });
  });
});

describe('surveyConfig', () => {
  const base = { tensions: 'pace', roles: 'Teacher', survey: 'tensions', points: 7, strings: null };

  it('accepts a valid configuration', () => {
    expect(surveyConfig(base)).toEqual({
      ids: ['pace'],
      roles: ['Teacher'],
      points: 7,
      problems: [],
    });
  });

  it('reports roles over 60 characters, a survey id that is not a slug and strings that are not an object', () => {
    const config = surveyConfig({
      ...base,
      roles: `Teacher, ${'x'.repeat(61)}`,
      survey: 'My Survey',
      strings: '{bad',
    });
    expect(config.problems.map((problem) => problem.path)).toEqual([
      'roles[1]',
      'survey',
      'strings',
    ]);
    expect(config.roles).toEqual([]);
  });

  it('never throws on junk types, and falls back to what works', () => {
    for (const junk of [Symbol('x'), {}, 3.5, null, undefined, () => 1]) {
      const config = surveyConfig({
        tensions: junk,
        roles: junk,
        survey: junk,
        points: junk,
        strings: Symbol('s'),
      });
      expect(config.points).toBe(7);
      expect(config.ids).toHaveLength(7);
      expect(config.problems.map((problem) => problem.path)).toEqual(
        expect.arrayContaining(['tensions', 'roles', 'survey', 'points', 'strings']),
      );
    }
  });

  it('names unknown tensions', () => {
    expect(surveyConfig({ ...base, tensions: 'pace nope' }).problems[0]!.message).toContain('nope');
  });
});
