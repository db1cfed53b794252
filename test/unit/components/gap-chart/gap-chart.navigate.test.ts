import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate } from '../../../../src/core/aggregate/index.js';
import { describeLane } from '../../../../src/core/summary.js';
import {
  layoutGapChart,
  wrapLabel,
} from '../../../../src/components/gap-chart/gap-chart.layout.js';
import {
  laneFigures,
  moveFocus,
  teamLane,
} from '../../../../src/components/gap-chart/gap-chart.navigate.js';
import { fixtureBaseline, fixtureTeam } from '../../../fixtures/gap-team.js';

const labels = {
  baseline: 'Baseline (hollow)',
  team: 'Whole team',
  you: 'You',
  otherRoles: 'Other roles',
};
/** Every character 7 px wide, as a stand-in for a canvas's measureText. */
const measure = (text: string) => text.length * 7;

describe('wrapLabel', () => {
  it('breaks at spaces, keeps no-break spaces, and hyphenates a word too long for a line', () => {
    expect(wrapLabel('Locus of control', 70, measure)).to.deep.equal(['Locus of', 'control']);
    // An arrow and its pole part before the pole is hyphenated.
    expect(wrapLabel('←\u00a0Centralized', 80, measure)).to.deep.equal(['←', 'Centralized']);
    expect(wrapLabel('←\u00a0Centralized', 150, measure)).to.deep.equal(['←\u00a0Centralized']);
    // A pole that needs a hyphen anyway keeps its arrow (no line of its own for it).
    expect(wrapLabel('←\u00a0Centralized', 50, measure)).to.deep.equal(['←\u00a0Cent-', 'ralized']);
    expect(wrapLabel('Pace', 70, measure)).to.deep.equal(['Pace']);
  });

  it('never makes a line wider than the room (beyond one character) and loses no letter', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zñé←→]{1,18}$/), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 14, max: 200 }),
        (words, width) => {
          const lines = wrapLabel(words.join(' '), width, measure);
          for (const line of lines) expect(measure(line)).to.be.at.most(Math.max(width, 14));
          const joined = lines.reduce((text, line) =>
            text.endsWith('-') ? text.slice(0, -1) + line : `${text} ${line}`,
          );
          expect(joined).to.equal(words.join(' '));
        },
      ),
    );
  });
});

describe('chart navigation', () => {
  const agg = aggregate(fixtureTeam(), { baseline: fixtureBaseline() });
  const { lanes } = layoutGapChart({ aggregate: agg, own: null, groupByRole: true, labels });

  it('moves up and down from tension to tension, entering each on the team lane', () => {
    const team = teamLane(lanes);
    expect(lanes[team]!.kind).to.equal('team');
    expect(moveFocus('ArrowDown', { row: -1, lane: 0 }, 7, lanes)).to.deep.equal({
      row: 0,
      lane: team,
    });
    expect(moveFocus('ArrowUp', { row: -1, lane: 0 }, 7, lanes)).to.deep.equal({
      row: 6,
      lane: team,
    });
    expect(moveFocus('ArrowDown', { row: 6, lane: 3 }, 7, lanes)).to.deep.equal({
      row: 6,
      lane: team,
    });
    expect(moveFocus('Home', { row: 4, lane: 0 }, 7, lanes)).to.deep.equal({ row: 0, lane: team });
    expect(moveFocus('End', { row: 0, lane: 0 }, 7, lanes)).to.deep.equal({ row: 6, lane: team });
    expect(moveFocus('x', { row: 0, lane: 0 }, 7, lanes)).to.equal(null);
    expect(moveFocus('ArrowDown', { row: -1, lane: 0 }, 0, lanes)).to.equal(null);
  });

  it('moves left and right through the lanes of one tension, stopping at the ends', () => {
    expect(moveFocus('ArrowRight', { row: 2, lane: 0 }, 7, lanes)).to.deep.equal({
      row: 2,
      lane: 1,
    });
    expect(moveFocus('ArrowLeft', { row: 2, lane: 0 }, 7, lanes)).to.deep.equal({
      row: 2,
      lane: 0,
    });
    const last = lanes.length - 1;
    expect(moveFocus('ArrowRight', { row: 2, lane: last }, 7, lanes)).to.deep.equal({
      row: 2,
      lane: last,
    });
  });

  it('says each lane with its figures and group size', () => {
    const pace = 1;
    const said = lanes.map((lane) =>
      describeLane(agg, pace, laneFigures(agg, lane, pace, 'Baseline')),
    );
    expect(said[0]).to.match(
      /^Baseline, Pace\. Where we are \d\.\d, where we should be \d\.\d \(of 7\): a gap of \d\.\d toward Fast\. 12 answers\.$/,
    );
    const teachers = said.find((line) => line.startsWith('Teacher, Pace.'))!;
    expect(teachers).to.equal(
      'Teacher, Pace. Where we are 7.0, where we should be 2.5 (of 7): a gap of 4.5 toward Fast. 4 answers.',
    );
    const own = describeLane(agg, pace, { label: 'You', current: 3, desired: 3, n: null });
    expect(own).to.equal('You, Pace. Where we are 3.0, where we should be 3.0 (of 7): no gap.');
    expect(describeLane(agg, 9, { label: 'You', current: 1, desired: 2, n: null })).to.equal('');
  });
});
