/**
 * Issue 10, privacy: with five teachers, five principals and one board member (min-group-size 3)
 * nothing the elements show by role (lanes, legend, sentences, table, CSV, prompts) lets a reader
 * work out the board member's answers or say that the board member is one person.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/gap-chart/gap-chart.js';
import '../../src/components/team-results/team-results.js';
import type { GapChart } from '../../src/components/gap-chart/gap-chart.js';
import type { TeamResults } from '../../src/components/team-results/team-results.js';
import { privacyTeam } from '../fixtures/privacy-team.js';

const MIN = 3;

function text(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The table's rows as cells. */
function tableRows(chart: GapChart): string[][] {
  return [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => text(cell)),
  );
}

/**
 * Checks one chart grouped by role over the privacy team: only "teacher" and "Other roles" are
 * shown beside the team, they add up to it with at least MIN people each, and no size of a hidden
 * role is given as a count.
 */
function expectNothingLeaks(chart: GapChart) {
  const root = chart.shadowRoot!;
  // Lanes and legend: the team, the teachers and "Other roles"; no lane of the board member.
  const legend = text(root.querySelector('.legend'));
  expect(legend).to.include('teacher');
  expect(legend).to.include('Other roles');
  expect(legend).to.not.include('board member');
  expect(legend).to.not.include('principal');
  expect(legend).to.not.match(/\d/);
  const labels = chart.chart!.data.datasets.map((set) => set.label ?? '');
  expect(labels.some((label) => label.includes('board member'))).to.equal(false);
  expect(labels.some((label) => label.startsWith('Other roles'))).to.equal(true);
  // Two datasets per lane: team, teacher, Other roles.
  expect(chart.chart!.data.datasets).to.have.length(2 * 3);

  // Sentences: sizes only of shown groups; the board member is "fewer than 3".
  const summary = [...root.querySelectorAll('.summary li')].map((li) => text(li));
  expect(summary[0]).to.equal('11 people responded (teacher: 5 and Other roles: 6).');
  expect(summary.join(' ')).to.include('board member (fewer than 3)');
  expect(summary.join(' ')).to.not.match(/board member: \d|principal: \d/);

  // Table: per tension the team, the teachers and "Other roles", which add up to the team.
  const rows = tableRows(chart);
  expect(rows).to.have.length(2 * 3);
  for (let i = 0; i < rows.length; i += 3) {
    const [team, teacher, other] = [rows[i]!, rows[i + 1]!, rows[i + 2]!];
    expect([team[1], teacher[1], other[1]]).to.deep.equal(['Whole team', 'teacher', 'Other roles']);
    expect(Number(teacher[2])).to.be.at.least(MIN);
    expect(Number(other[2])).to.be.at.least(MIN);
    expect(Number(teacher[2]) + Number(other[2])).to.equal(Number(team[2]));
  }
  const table = text(root.querySelector('table'));
  expect(table).to.not.include('board member');
  expect(table).to.not.include('principal');

  // The CSV export holds the same rows and nothing more.
  const csv = chart.toCSV().trim().split('\r\n');
  expect(csv).to.have.length(1 + rows.length);
  expect(csv.join('\n')).to.not.match(/board member|principal/);
  expect(csv.filter((line) => line.includes(',Other roles,6,'))).to.have.length(2);

  // The figures core gave the element: no size of a hidden role.
  expect(chart.data.roles.map(({ role, n }) => [role, n])).to.deep.equal([
    ['board member', null],
    ['principal', null],
    ['teacher', 5],
  ]);
}

describe('privacy: a role of one person cannot be subtracted out', () => {
  it('<gap-chart group-by="role">: no lane, count, sentence, table row or CSV line gives the board member away', async () => {
    const el = await fixture<GapChart>(html`<gap-chart group-by="role"></gap-chart>`);
    el.responses = privacyTeam();
    await el.updateComplete;
    await el.chartReady;
    expectNothingLeaks(el);
    // The pace means as shown: team 38/11, teachers 14/5, Other roles 24/6. Subtracting the
    // shown groups from the team leaves nobody.
    const pace = el.data.tensions.find((t) => t.tension === 'pace')!;
    const sum = (s: { mean: number | null; n: number }) => s.mean! * s.n;
    expect(sum(pace.current) - sum(pace.byRole.teacher!.current)).to.be.closeTo(
      sum(pace.otherRoles!.current),
      1e-9,
    );
    await expect(el).to.be.accessible();
  });

  it('<team-results>: its chart, sentences, table, CSV and prompts give nobody away', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    el.responses = privacyTeam();
    await el.updateComplete;
    const chart = el.shadowRoot!.querySelector<GapChart>('gap-chart')!;
    await chart.updateComplete;
    await chart.chartReady;
    expectNothingLeaks(chart);
    // Prompts name only roles that are shown ("Other roles" is not compared as a role).
    const prompts = text(el.shadowRoot!.querySelector('.prompts'));
    expect(prompts).to.not.match(/board member|principal/);
    expect(text(el.shadowRoot)).to.not.match(/board member|principal: \d/);
    await expect(el).to.be.accessible();
  });
});
