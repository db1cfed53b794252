import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DRAFT_VERSION, fromDraft, parseDraft, toDraft } from '../../../src/core/draft.js';
import { STAGE_IDS } from '../../../src/core/schema.js';

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

describe('toDraft and fromDraft', () => {
  it('stores a survey without a rubric with no rubric section', () => {
    const draft = toDraft({ role: 'Teacher', answers: { pace: [3, 0] } });
    expect(draft).toEqual({ v: DRAFT_VERSION, role: 'Teacher', answers: { pace: [3, 0] } });
    expect('rubric' in draft).toBe(false);
  });

  it('keeps an empty rubric section for a survey with a rubric', () => {
    expect(toDraft({ role: '', answers: {}, rubric: {} })).toEqual({
      v: DRAFT_VERSION,
      role: '',
      answers: {},
      rubric: {},
    });
  });

  it('reads back what it wrote, for any answers (unanswered, Unsure, up to 11 points)', () => {
    const mark = fc.option(fc.integer({ min: 0, max: 11 }), { nil: null });
    // Any key but __proto__, which a stored draft refuses on purpose (it could swap a prototype).
    const key = fc.string({ minLength: 1 }).filter((text) => text !== '__proto__');
    const state = fc.record({
      role: fc.string(),
      answers: fc.dictionary(key, fc.tuple(mark, mark)),
      rubric: fc.dictionary(
        key,
        fc.record(
          { stage: fc.constantFrom(...STAGE_IDS), evidence: fc.string({ maxLength: 50 }) },
          { requiredKeys: [] },
        ),
      ),
    });
    fc.assert(
      fc.property(state, (value) => {
        const back = fromDraft(JSON.stringify(toDraft(value)));
        expect(back).toEqual({ ok: true, value });
      }),
    );
  });

  it('gives the defaults for what an old draft lacks: no role, no rubric section', () => {
    expect(fromDraft(JSON.stringify({ v: DRAFT_VERSION, answers: { pace: [9, 10] } }))).toEqual({
      ok: true,
      value: { role: '', answers: { pace: [9, 10] }, rubric: {} },
    });
  });

  it('does not trust text that is not a draft, and says why', () => {
    const bad = fromDraft('{"v":1,"answers":{"pace":["x"]}}');
    expect(bad.ok || bad.problems[0]!.path).toBe('answers.pace[0]');
    expect(fromDraft('not json').ok).toBe(false);
  });
});
