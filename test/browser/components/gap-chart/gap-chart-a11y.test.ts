/**
 * Issue 11 for `<gap-chart>`: labels in full at phone widths (defect 4), row headers in the
 * grouped table (5), announcements of new data (6), the toggle and the chart's name (10), and
 * keyboard navigation through every lane of a tension, each announced with its figures.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../../../src/components/gap-chart/gap-chart.js';
import '../../../../src/components/team-results/team-results.js';
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import { getTension } from '../../../../src/core/catalog/tensions.js';
import { toCSV } from '../../../../src/core/codec/index.js';
import { TENSION_IDS } from '../../../../src/core/schema.js';
import type { Locale } from '../../../../src/core/schema.js';
import { ANNOUNCE_WAIT } from '../../../../src/internal/announcer.js';
import { fixtureBaseline, fixtureTeam } from '../../../fixtures/gap-team.js';

const live = (el: GapChart) => el.shadowRoot!.querySelector('[aria-live]')!.textContent!.trim();

async function drawn(el: GapChart) {
  await el.updateComplete;
  await el.chartReady;
  // Chart.js fits its axes when it draws: wait for the frame after the resize.
  await aTimeout(50);
  return el.chart!;
}

/**
 * Every side label as the chart drew it, checked against the room it has: each line inside the
 * canvas (the left axis is drawn right-aligned against the plot, the right one left-aligned),
 * and each tension's lines within its row's height. Returns the labels' text, lines joined
 * (hyphens that broke a word removed), to compare with the names and poles.
 */
function checkLabels(chart: Chart) {
  const ctx = chart.ctx;
  ctx.save();
  ctx.font = `13px ${Chart.defaults.font.family}`;
  const texts: string[] = [];
  for (const id of ['y', 'y2'] as const) {
    const scale = chart.scales[id]!;
    const rowHeight = Math.abs(scale.getPixelForValue(1) - scale.getPixelForValue(0));
    for (const tick of scale.ticks) {
      const lines = ([] as string[]).concat(tick.label as string | string[]);
      expect(lines.length * 13 * 1.2, `${lines.join(' ')}: taller than its row`).to.be.at.most(
        rowHeight,
      );
      // Chart.js draws a label past its tick mark and padding, and clips it to its axis's box.
      const { grid, ticks } = scale.options as unknown as {
        grid: { drawTicks: boolean; tickLength: number };
        ticks: { padding: number };
      };
      const offset = (grid.drawTicks ? grid.tickLength : 0) + ticks.padding;
      for (const line of lines) {
        const width = ctx.measureText(line).width;
        if (id === 'y')
          expect(scale.right - offset - width, `"${line}" cut`).to.be.at.least(scale.left - 0.5);
        else expect(scale.left + offset + width, `"${line}" cut`).to.be.at.most(scale.right + 0.5);
      }
      texts.push(
        lines.reduce((text, line) => (text.endsWith('-') ? text.slice(0, -1) : `${text} `) + line),
      );
    }
  }
  ctx.restore();
  return texts
    .join(' | ')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Every tension's name and both poles, as the labels must show them. */
function expectedWords(locale: Locale) {
  return TENSION_IDS.map((id) => {
    const tension = getTension(id, locale)!;
    return [tension.name, `← ${tension.left.label}`, `${tension.right.label} →`];
  });
}

describe('<gap-chart> accessibility (issue 11)', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await resetMouse();
  });

  it('selects a row when the pointer comes up, not when it goes down (pointer cancellation)', async () => {
    const el = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    el.responses = fixtureTeam();
    const chart = await drawn(el);
    const selected: string[] = [];
    el.addEventListener('gap-select', (event) => selected.push(event.detail.tension));
    const box = chart.canvas.getBoundingClientRect();
    const x = Math.round(box.left + (chart.chartArea.left + chart.chartArea.right) / 2);
    const y = Math.round(box.top + chart.scales.y!.getPixelForValue(1));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await aTimeout(50);
    expect(selected).to.deep.equal([]);
    await sendMouse({ type: 'up' });
    await aTimeout(50);
    expect(selected).to.deep.equal(['pace']);
  });

  for (const width of [320, 390]) {
    for (const locale of ['en', 'es'] as const) {
      it(`shows every tension and pole name in full at ${width} px (${locale}), alone and in <team-results>`, async () => {
        await setViewport({ width, height: 900 });
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${locale}>
            <gap-chart group-by="role"></gap-chart>
            <team-results></team-results>
          </div>`,
        );
        const alone = wrap.querySelector('gap-chart')!;
        alone.responses = fixtureTeam();
        const results = wrap.querySelector<TeamResults>('team-results')!;
        results.responses = fixtureTeam();
        await results.updateComplete;
        const inner = results.shadowRoot!.querySelector('gap-chart')!;
        for (const el of [alone, inner]) {
          const chart = await drawn(el);
          expect(chart.width).to.be.at.most(width);
          const shown = checkLabels(chart);
          for (const words of expectedWords(locale)) {
            for (const word of words) expect(shown).to.include(word);
          }
        }
      });
    }
  }

  it('gives the grouped table row headers for the tension and the group', async () => {
    const el = await fixture<GapChart>(html`<gap-chart group-by="role"></gap-chart>`);
    el.responses = fixtureTeam();
    await el.updateComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    const columns = el.shadowRoot!.querySelectorAll('thead th').length;
    expect(el.shadowRoot!.querySelectorAll('thead th')[1]!.textContent!.trim()).to.equal('Group');
    expect(rows.length).to.be.greaterThan(7);
    for (const row of rows) {
      const headers = row.querySelectorAll('th[scope="row"]');
      expect(headers).to.have.length(2);
      expect(row.querySelectorAll('td')).to.have.length(columns - 2);
    }
    const groups = rows.map((row) => row.querySelectorAll('th')[1]!.textContent!.trim());
    expect(groups).to.include('Whole team');
    expect(groups).to.include('Principal');
    // Ungrouped: one row header, the tension.
    el.groupBy = '';
    await el.updateComplete;
    const first = el.shadowRoot!.querySelector('tbody tr')!;
    expect(first.querySelectorAll('th[scope="row"]')).to.have.length(1);
  });

  it('keeps one label on the table toggle, says its state with aria-pressed, and names the chart briefly', async () => {
    const el = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    el.responses = fixtureTeam();
    await drawn(el);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!;
    expect(toggle.textContent!.trim()).to.equal('Show as a table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Show as a table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(canvas.getAttribute('aria-label')!.length).to.be.below(40);
    const summary = el.shadowRoot!.getElementById(canvas.getAttribute('aria-describedby')!)!;
    expect(summary.closest('.summary')).to.not.equal(null);
    expect(summary.textContent).to.include('12 people responded');
  });

  it('announces a src load and its rejected lines in the polite live region, in English and Spanish', async () => {
    const rows = toCSV(fixtureTeam()).trim().split('\r\n');
    const broken = [...rows, rows[1]!.replace('2026-03-01T09:00:00Z', 'yesterday'), 'junk'];
    const url = URL.createObjectURL(new Blob([broken.join('\r\n')], { type: 'text/csv' }));
    try {
      for (const [lang, said] of [
        ['en', '12 responses loaded. 2 lines not imported.'],
        ['es', 'Se cargaron 12 respuestas. No se importaron 2 líneas.'],
      ] as const) {
        const wrap = await fixture<HTMLElement>(
          html`<div lang=${lang}><gap-chart src=${url}></gap-chart></div>`,
        );
        const el = wrap.querySelector('gap-chart')!;
        el.addEventListener('tk-error', (event) => event.stopPropagation());
        const region = el.shadowRoot!.querySelector('[aria-live]')!;
        expect(region.getAttribute('aria-live')).to.equal('polite');
        await waitUntil(() => live(el) !== '', 'nothing announced', { timeout: 4000 });
        expect(live(el)).to.equal(said);
      }
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('announces a followed survey’s submission once per burst', async () => {
    await fixture(html`<div id="followed"></div>`);
    const el = await fixture<GapChart>(html`<gap-chart for="followed"></gap-chart>`);
    el.responses = fixtureTeam();
    await drawn(el);
    const said: string[] = [];
    const region = el.shadowRoot!.querySelector('[aria-live]')!;
    new MutationObserver(() => said.push(region.textContent!.trim())).observe(region, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    const survey = document.getElementById('followed')!;
    const submit = (desired: number) => {
      const me = { ...fixtureTeam()[0]!, id: 'me' };
      me.tensions = { ...me.tensions, pace: { current: 1, desired } };
      survey.dispatchEvent(
        new CustomEvent('survey-submit', { detail: me, bubbles: true, composed: true }),
      );
    };
    submit(7);
    await aTimeout(100);
    submit(6);
    submit(5);
    await el.updateComplete;
    expect(live(el)).to.equal('');
    await aTimeout(ANNOUNCE_WAIT + 200);
    expect(said.filter(Boolean)).to.deep.equal(['Your answers are now on the chart.']);
    expect(el.data.tensions[1]!.desired.max).to.be.at.least(5);
  });

  it('reaches every lane of a tension with the arrow keys, each announced with its figures', async () => {
    await fixture(html`<div id="lanes-survey"></div>`);
    const el = await fixture<GapChart>(
      html`<gap-chart group-by="role" for="lanes-survey"></gap-chart>`,
    );
    el.responses = fixtureTeam();
    el.baseline = fixtureBaseline();
    await el.updateComplete;
    const me = { ...fixtureTeam()[0]!, id: 'me' };
    me.tensions = { ...me.tensions, pace: { current: 2, desired: 6 } };
    document
      .getElementById('lanes-survey')!
      .dispatchEvent(
        new CustomEvent('survey-submit', { detail: me, bubbles: true, composed: true }),
      );
    await drawn(el);
    const selected: string[] = [];
    el.addEventListener('gap-select', (event) => selected.push(event.detail.tension));
    el.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(live(el)).to.match(/^Pace, 2 of 7\./);
    // Left to the baseline (the top lane), then right through team, roles and you.
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    const heard = [live(el)];
    const lanes = el.shadowRoot!.querySelectorAll('.legend li').length;
    for (let i = 0; i < 8; i++) {
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      if (live(el) !== heard[heard.length - 1]) heard.push(live(el));
    }
    expect(lanes).to.be.greaterThan(4);
    expect(heard[0]).to.match(
      /^Baseline, Pace\. Where we are \d\.\d, where we should be \d\.\d \(of 7\): a gap of \d\.\d toward Fast\. 12 answers\.$/,
    );
    expect(heard[1]).to.match(/^Pace, 2 of 7\. Where we are 5\.\d/);
    expect(heard).to.include(
      'You, Pace. Where we are 2.0, where we should be 6.0 (of 7): a gap of 4.0 toward Slow and steady.',
    );
    const roles = heard.filter((line) =>
      /^(Principal|Teacher|District leader|Other roles), Pace\./.test(line),
    );
    expect(roles.length).to.be.at.least(2);
    for (const line of roles) expect(line).to.match(/ \d+ answers\.$/);
    // Moving between lanes stays on one tension: gap-select fired for the two rows only.
    expect(selected).to.deep.equal(['locus-of-control', 'pace']);
    expect(el.shadowRoot!.querySelector('.plot')!.getAttribute('aria-label')).to.include(
      'left and right arrows',
    );
  });
});
