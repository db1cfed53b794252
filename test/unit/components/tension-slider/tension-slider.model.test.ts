import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  keyTarget,
  marksState,
  parseMarksState,
  reconcileMarks,
  resolveTension,
} from '../../../../src/components/tension-slider/tension-slider.model.js';

const given = (entries: [number, unknown][]) => new Map(entries);

describe('reconcileMarks', () => {
  it('reports values that cannot become text without throwing', () => {
    const hostile = [Object.create(null), Symbol('x'), { toString: () => ({}) }];
    for (const value of hostile) {
      const result = reconcileMarks([3, null], given([[0, value]]), 7);
      expect(result.marks).toEqual([3, null]);
      expect(result.problems[0]?.path).toBe('current');
    }
  });

  it('takes positions up to the scale, whichever arrived first', () => {
    expect(
      reconcileMarks(
        [null, null],
        given([
          [0, 9],
          [1, 10],
        ]),
        11,
      ),
    ).toEqual({
      marks: [9, 10],
      problems: [],
    });
  });

  it('refuses a position past the scale or not whole, keeping the marker, latest first', () => {
    const result = reconcileMarks(
      [3, 4],
      given([
        [0, 99],
        [1, 2.5],
      ]),
      7,
    );
    expect(result.marks).toEqual([3, 4]);
    expect(result.problems.map((problem) => problem.path)).toEqual(['desired', 'current']);
    expect(result.problems[1]!.message).toBe('Use a whole number from 1 to 7, or null; got 99.');
  });

  it('drops, without a problem, an answer past the end of a scale made shorter', () => {
    expect(reconcileMarks([7, 0], given([]), 5)).toEqual({ marks: [null, 0], problems: [] });
  });

  it('takes null to clear a marker', () => {
    expect(reconcileMarks([3, 4], given([[1, null]]), 7).marks).toEqual([3, null]);
  });
});

describe('the form state', () => {
  it('keeps Unsure apart from unanswered and reads back what it wrote', () => {
    expect(marksState([3, 0])).toBe('3,u');
    expect(marksState([null, null])).toBe(',');
    const mark = fc.option(fc.integer({ min: 0, max: 11 }), { nil: null });
    fc.assert(
      fc.property(fc.tuple(mark, mark), (marks) => {
        expect(parseMarksState(marksState(marks))).toEqual(marks);
      }),
    );
  });

  it('reads a state it did not write as unanswered', () => {
    expect(parseMarksState('x,-2')).toEqual([null, null]);
    expect(parseMarksState('')).toEqual([null, null]);
  });
});

describe('keyTarget', () => {
  it('places an unanswered marker in the middle, then steps, jumps and stays on the scale', () => {
    expect(keyTarget('ArrowRight', null, 7, false)).toBe(4);
    expect(keyTarget('ArrowRight', 4, 7, false)).toBe(5);
    expect(keyTarget('ArrowRight', 4, 7, true)).toBe(3);
    expect(keyTarget('PageUp', 6, 7, false)).toBe(7);
    expect(keyTarget('Home', 5, 11, false)).toBe(1);
    expect(keyTarget('End', 5, 11, false)).toBe(11);
    expect(keyTarget('Tab', 5, 7, false)).toBe(undefined);
  });
});

describe('resolveTension', () => {
  const attributes = { tension: '', label: '', leftLabel: '', rightLabel: '' };

  it('takes a custom tension given whole over the attributes, benefits and all', () => {
    const custom = {
      id: 'family-voice',
      name: 'Family voice',
      question: 'How do families shape our decisions?',
      left: { label: 'Informed', benefits: ['Clear'] },
      right: { label: 'Co-designers', benefits: [] },
    };
    expect(
      resolveTension({ ...attributes, tension: 'pace', label: 'x', customTension: custom }, []),
    ).toEqual({ tension: custom, problems: [] });
  });

  it('takes a built-in id once the text is here', () => {
    const pace = { id: 'pace' } as never;
    expect(resolveTension({ ...attributes, tension: 'pace' }, [pace])).toEqual({
      tension: pace,
      problems: [],
    });
    expect(resolveTension({ ...attributes, tension: 'pace' }, undefined).tension).toBe(undefined);
  });

  it('builds a custom tension and names a missing pole', () => {
    const custom = resolveTension(
      { ...attributes, label: 'How much homework?', leftLabel: 'Less' },
      undefined,
    );
    expect(custom.tension?.question).toBe('How much homework?');
    expect(custom.tension?.id).toBe('custom');
    expect(custom.problems.map((problem) => problem.path)).toEqual(['right-label']);
  });

  it('names an unknown id', () => {
    expect(resolveTension({ ...attributes, tension: 'nope' }, []).problems[0]!.path).toBe(
      'tension',
    );
  });
});
