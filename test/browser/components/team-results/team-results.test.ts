import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/team-results/team-results.js';
import type {
  ResponsesChangeDetail,
  TeamResults,
} from '../../../../src/components/team-results/team-results.js';
import { encodeShareCode, toCSV } from '../../../../src/core/codec/index.js';
import { fixtureBaseline, fixtureTeam } from '../../../fixtures/gap-team.js';
import { harness } from './harness.js';

async function paste(el: TeamResults, text: string) {
  const h = harness(el);
  h.textarea().value = text;
  const changed = oneEvent(el, 'responses-change');
  h.add().click();
  const event = (await changed) as CustomEvent<ResponsesChangeDetail>;
  await el.updateComplete;
  return event.detail;
}

describe('<team-results>', () => {
  it('passes axe empty and with results, rejected lines and a rubric', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    await expect(el).to.be.accessible();
    const team = fixtureTeam().map((r, i) => ({
      ...r,
      rubric: {
        'shared-vision': { stage: (['exploring', 'emerging', 'proficient'] as const)[i % 3]! },
      },
    }));
    el.responses = team;
    el.baseline = fixtureBaseline();
    await el.updateComplete;
    await paste(el, 'TK1NOTACODE');
    await harness(el).chart().chartReady;
    expect(el.shadowRoot!.querySelector('.rubric tbody')!.textContent).to.include('Shared vision');
    // The shared data table: a named, focusable region around the rubric's table.
    const wrap = el.shadowRoot!.querySelector<HTMLElement>('.rubric .table-wrap')!;
    expect(wrap.getAttribute('role')).to.equal('region');
    expect(wrap.getAttribute('aria-label')).to.equal(
      el.shadowRoot!.querySelector('.rubric caption')!.textContent!.trim(),
    );
    expect(wrap.querySelectorAll('tbody .bars svg').length).to.equal(4);
    await expect(el).to.be.accessible();
    // The chart's data table in place of the chart, inside the board.
    const chart = harness(el).chart();
    chart.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!.hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('keeps the good share codes, lists every bad one with its reason, and counts a repeat once', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const codes = fixtureTeam().map(encodeShareCode);
    const damaged = codes[0]!.slice(0, -1) + (codes[0]!.endsWith('0') ? '1' : '0');
    const text = `${codes.slice(0, 6).join('\n')}\n${damaged} hello\n${codes.slice(6).join(' ')} ${codes[2]}`;
    const seen: unknown[] = [];
    el.addEventListener('responses-change', (e) => seen.push(e.detail));
    const detail = await paste(el, text);
    expect(detail.responses).to.have.length(12);
    expect(detail.rejected.map((r) => r.line)).to.deep.equal([7, 7]);
    expect(el.responses).to.have.length(12);
    const h = harness(el);
    expect(h.rejected()).to.have.length(2);
    expect(h.rejected()[0]).to.match(/^the pasted text: Line 7: /);
    expect(h.status()).to.include('12 responses in this check-in; 0 in the baseline.');
    expect(h.status()).to.include('appeared 1 more times and is counted once');
    expect(h.chart().responses).to.have.length(12);
    // The same codes again add nobody new.
    await paste(el, codes.join('\n'));
    expect(el.responses).to.have.length(12);
    expect(seen).to.have.length(2);
  });

  it('imports a mixed CSV file: good rows kept, bad rows listed by line with their reasons', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const rows = toCSV(fixtureTeam()).trim().split('\r\n');
    // Line 4 (p-3): a 9 on a 7-point scale; line 14, a new row: a date that is not one.
    rows[3] = rows[3]!.replace(/,7,/, ',9,');
    rows.push(rows[1]!.replace('p-1', 'x-1').replace('2026-03-01T09:00:00Z', 'soon'));
    const file = new File([rows.join('\r\n')], 'team.csv', { type: 'text/csv' });
    const transfer = new DataTransfer();
    transfer.items.add(file);
    const input = harness(el).file();
    input.files = transfer.files;
    const changed = oneEvent(el, 'responses-change');
    input.dispatchEvent(new Event('change'));
    const { responses, rejected } = ((await changed) as CustomEvent<ResponsesChangeDetail>).detail;
    await el.updateComplete;
    const kept = fixtureTeam()
      .map((r) => r.id)
      .filter((id) => id !== 'p-3');
    expect(responses.map((r) => r.id)).to.deep.equal(kept);
    expect(
      rejected.map(({ from, source, line, path }) => ({ from, source, line, path })),
    ).to.deep.equal([
      { from: 'team.csv', source: 'csv', line: 4, path: 'tensions.resource-allocation.desired' },
      { from: 'team.csv', source: 'csv', line: 14, path: 'submittedAt' },
    ]);
    expect(harness(el).rejected()).to.deep.equal([
      'team.csv: Line 4: tensions.resource-allocation.desired: 9 is past the end of a 7-point scale; use 1 to 7.',
      'team.csv: Line 14: submittedAt: Use an ISO 8601 date and time, such as 2026-03-01T09:30:00Z.',
    ]);
    expect(harness(el).status()).to.include('Added 11 responses from team.csv.');
    const chart = harness(el).chart();
    await chart.updateComplete;
    expect(chart.data.respondents).to.equal(11);
    await chart.chartReady;
    await expect(el).to.be.accessible();
  });

  it('takes dropped files, and a baseline to show movement', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    const h = harness(el);
    const drop = (name: string, text: string) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      el.shadowRoot!.querySelector('.drop')!.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      return oneEvent(el, 'responses-change');
    };
    await drop('now.json', JSON.stringify(fixtureTeam()));
    h.radio('baseline').click();
    await el.updateComplete;
    await drop('before.json', JSON.stringify(fixtureBaseline()));
    await el.updateComplete;
    expect(el.responses).to.have.length(12);
    expect(el.baseline).to.have.length(12);
    const chart = h.chart();
    await chart.updateComplete;
    expect(chart.data.baselineRespondents).to.equal(12);
    const summary = chart.shadowRoot!.querySelector('.summary')!.textContent!;
    expect(summary).to.include('Since the baseline, the largest movement is on Locus of control');
  });

  it('offers discussion prompts and both poles’ benefits for the largest gaps and splits', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    el.responses = fixtureTeam();
    await el.updateComplete;
    const h = harness(el);
    expect(h.prompts()[0]).to.equal('Pace');
    expect(h.prompts()).to.include('Cultivating capacity');
    const pace = el.shadowRoot!.querySelector('.prompt')!;
    expect(pace.textContent).to.include('What evidence would tell us we are ready');
    expect(pace.querySelectorAll('.poles h5')[0]!.textContent).to.equal('Fast');
    expect(pace.querySelector('.why')!.textContent).to.include('3.3 points toward Fast');
  });

  it('loads src without firing responses-change, and speaks Spanish', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(fixtureTeam())], { type: 'application/json' }),
    );
    let fired = 0;
    const wrap = await fixture(html`<div lang="es"><team-results src=${url}></team-results></div>`);
    const el = wrap.querySelector('team-results')!;
    el.addEventListener('responses-change', () => fired++);
    await waitUntil(() => el.responses.length === 12, 'src did not load');
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'Agregue las respuestas del equipo',
    );
    URL.revokeObjectURL(url);
    await harness(el).chart().chartReady;
    await expect(el).to.be.accessible();
  });
});
