import { describe, expect, it } from 'vitest';
import { aggregate } from '../../../src/core/aggregate/index.js';
import { describeTension, gapTable, summarize, tableToCSV } from '../../../src/core/summary.js';
import { csvText } from '../../../src/core/codec/csv-cell.js';
import { FIXTURE_SUMMARY, fixtureBaseline, fixtureTeam } from '../../fixtures/gap-team.js';

describe('summarize', () => {
  it('says nothing is there for no responses', () => {
    expect(summarize(aggregate([]))).toEqual(['No responses yet.']);
  });

  it('writes the fixture team in English', () => {
    const agg = aggregate(fixtureTeam(), { baseline: fixtureBaseline() });
    expect(summarize(agg)).toEqual(FIXTURE_SUMMARY);
  });

  it('writes it in Spanish with decimal commas', () => {
    const agg = aggregate(fixtureTeam());
    const lines = summarize(agg, { locale: 'es' });
    expect(lines[0]).toMatch(/^Respondieron 12 personas/);
    expect(lines.join(' ')).toMatch(/\d,\d/);
  });
});

describe('describeTension', () => {
  it('names the tension, its place, the gap and the alignment', () => {
    const agg = aggregate(fixtureTeam());
    const pace = agg.tensions.findIndex((t) => t.tension === 'pace');
    expect(describeTension(agg, pace)).toBe(
      'Pace, 2 of 7. Where we are 5.8, where we should be 2.5 (of 7): a gap of 3.3 toward Fast. Alignment: mixed, spread 1.1.',
    );
    expect(describeTension(agg, 99)).toBe('');
  });
});

describe('gapTable', () => {
  it('has a row per tension, and per shown role group when grouped', () => {
    const agg = aggregate(fixtureTeam(), { baseline: fixtureBaseline() });
    const plain = gapTable(agg);
    expect(plain.rows).toHaveLength(7);
    expect(plain.head).toContain('Change of the gap');
    const grouped = gapTable(agg, { groupByRole: true });
    const roles = agg.tensions.reduce((n, t) => n + Object.keys(t.byRole).length, 0);
    const others = agg.tensions.filter((t) => t.otherRoles).length;
    expect(grouped.rows).toHaveLength(7 + roles + others);
    expect(grouped.rows.some((r) => r[1] === 'Counselor')).toBe(false);
    // The District leader (3) is held back with the Counselor (1): "Other roles", 4 people.
    expect(grouped.rows.some((r) => r[1] === 'District leader')).toBe(false);
    expect(grouped.rows.filter((r) => r[1] === 'Other roles').map((r) => r[2])).toEqual(
      Array(7).fill('4'),
    );
  });

  it('exports CSV that quotes commas and guards formulas', () => {
    expect(
      tableToCSV({
        head: ['a', 'b'],
        rows: [
          ['=1+1', '5,2'],
          ['-1.5', 'x"y'],
        ],
      }),
    ).toBe('a,b\r\n\'=1+1,"5,2"\r\n-1.5,"x""y"\r\n');
  });

  it('writes every cell through the codec’s one cell writer', () => {
    const agg = aggregate(fixtureTeam(), { baseline: fixtureBaseline() });
    const table = gapTable(agg, { groupByRole: true, locale: 'es' });
    expect(tableToCSV(table)).toBe(csvText([table.head, ...table.rows]));
    // Signed figures stay numbers; a role that reads as a formula is guarded.
    expect(tableToCSV({ head: ['Grupo', 'Brecha'], rows: [['=cmd|x', '-1,5']] })).toBe(
      'Grupo,Brecha\r\n\'=cmd|x,"-1,5"\r\n',
    );
  });
});
