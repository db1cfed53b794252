import { describe, expect, it } from 'vitest';
import { DRAFT_VERSION, parseDraft } from '../../src/core/draft.js';

describe('parseDraft', () => {
  it('reads a draft with positions, unanswered (null) and Unsure (0)', () => {
    const text = JSON.stringify({
      v: DRAFT_VERSION,
      role: 'Teacher',
      answers: { pace: [3, 0], flexibility: [null, 7] },
    });
    const result = parseDraft(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.answers.pace).toEqual([3, 0]);
  });

  it('names the problem in text that is not JSON, another version, or bad positions', () => {
    expect(parseDraft('{oops')).toEqual({
      ok: false,
      problems: [{ path: '', message: 'This draft is not valid JSON.' }],
    });
    const old = parseDraft(JSON.stringify({ v: 0, answers: {} }));
    expect(old.ok || old.problems[0]!.path).toBe('v');
    const bad = parseDraft(JSON.stringify({ v: 1, answers: { pace: [2.5, 99] } }));
    expect(bad.ok || bad.problems.map((p) => p.path)).toEqual([
      'answers.pace[0]',
      'answers.pace[1]',
    ]);
  });

  it('keeps the rubric section, with a note typed before a stage was chosen', () => {
    const rubric = {
      'shared-vision': {
        stage: 'emerging',
        evidence: 'Board adopted the plan.',
        target: 'proficient',
      },
      roadmap: { evidence: 'Only a draft roadmap so far.' },
    };
    const result = parseDraft(JSON.stringify({ v: DRAFT_VERSION, answers: {}, rubric }));
    expect(result).toEqual({ ok: true, value: { v: DRAFT_VERSION, answers: {}, rubric } });
  });

  it('still reads a draft saved without a rubric section', () => {
    const result = parseDraft(JSON.stringify({ v: DRAFT_VERSION, answers: { pace: [2, 5] } }));
    expect(result.ok && result.value.rubric).toBe(undefined);
  });

  it('names the field in a rubric section that does not parse', () => {
    const bad = parseDraft(
      JSON.stringify({
        v: DRAFT_VERSION,
        answers: {},
        rubric: { roadmap: { stage: 'expert', evidence: 'x'.repeat(2001) }, vision: 'emerging' },
      }),
    );
    expect(bad.ok || bad.problems.map((p) => p.path)).toEqual([
      'rubric.roadmap.stage',
      'rubric.roadmap.evidence',
      'rubric.vision',
    ]);
    expect(parseDraft(JSON.stringify({ v: DRAFT_VERSION, answers: {}, rubric: [] })).ok).toBe(
      false,
    );
  });
});
