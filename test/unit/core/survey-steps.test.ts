import { describe, expect, it } from 'vitest';
import { fromDraft, toDraft } from '../../../src/core/draft.js';
import { fitDraft, mergeDrafts } from '../../../src/core/draft-fit.js';
import { stepIndex, stepPlace, surveySteps } from '../../../src/core/survey-steps.js';

describe('surveySteps', () => {
  it('puts the role first, then each tension, the rubric, and the review last', () => {
    const steps = surveySteps({ roles: true, tensions: ['pace', 'flexibility'], rubric: true });
    expect(steps.map((step) => step.key)).toEqual([
      'role',
      'pace',
      'flexibility',
      'rubric',
      'review',
    ]);
    expect(steps[1]).toEqual({ kind: 'tension', key: 'pace', id: 'pace' });
  });

  it('leaves out the role and rubric steps a survey does not have', () => {
    const steps = surveySteps({ roles: false, tensions: ['pace'], rubric: false });
    expect(steps.map((step) => step.kind)).toEqual(['tension', 'review']);
  });

  it('finds a step by key, and starts at the first for a key it does not know', () => {
    const steps = surveySteps({ roles: true, tensions: ['pace', 'flexibility'], rubric: false });
    expect(stepIndex(steps, 'flexibility')).toBe(2);
    expect(stepIndex(steps, 'review')).toBe(3);
    expect(stepIndex(steps, 'model-type')).toBe(0);
    expect(stepIndex(steps, undefined)).toBe(0);
  });

  it('places a tension step among the tensions, and any step among all steps', () => {
    const steps = surveySteps({
      roles: true,
      tensions: ['pace', 'flexibility', 'model-type'],
      rubric: true,
    });
    expect(stepPlace(steps, 2)).toEqual({ now: 3, total: 6, tension: 2, tensions: 3 });
    expect(stepPlace(steps, 0)).toEqual({ now: 1, total: 6, tension: 0, tensions: 3 });
    expect(stepPlace(steps, 5)).toEqual({ now: 6, total: 6, tension: 0, tensions: 3 });
  });
});

describe('the step in a draft', () => {
  it('is kept through a stored draft, so a reload resumes there', () => {
    const text = JSON.stringify(toDraft({ role: '', answers: { pace: [3, null] }, step: 'pace' }));
    const back = fromDraft(text);
    expect(back).toEqual({
      ok: true,
      value: { role: '', answers: { pace: [3, null] }, rubric: {}, step: 'pace' },
    });
    expect(
      fitDraft(back.ok ? back.value : (null as never), { ids: ['pace'], roles: [], points: 7 }).kept
        .step,
    ).toBe('pace');
  });

  it('is left out while empty (the page layout), and drafts without one still read', () => {
    expect(toDraft({ role: '', answers: {}, step: '' })).not.toHaveProperty('step');
    expect(fromDraft('{"v":1,"answers":{}}')).toEqual({
      ok: true,
      value: { role: '', answers: {}, rubric: {} },
    });
  });

  it('refuses a step that is not text', () => {
    expect(fromDraft('{"v":1,"answers":{},"step":3}').ok).toBe(false);
  });

  it('of another tab does not move this one (a merge takes answers, not the step)', () => {
    const merged = mergeDrafts(
      { role: '', answers: {}, step: 'pace' },
      { role: '', answers: {}, rubric: {}, step: 'review' },
    );
    expect(merged).not.toHaveProperty('step');
  });
});
