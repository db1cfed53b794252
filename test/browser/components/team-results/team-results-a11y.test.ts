/**
 * Issue 11, defect 6 for `<team-results>`: what an import added and what it left out is said in
 * its polite live region (role="status"), in English and Spanish, for pasted text and `src`.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/team-results/team-results.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import { encodeShareCode, toCSV } from '../../../../src/core/codec/index.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';
import { harness } from './harness.js';

const region = (el: TeamResults) => el.shadowRoot!.querySelector('.import .status')!;

describe('<team-results> announcements (issue 11)', () => {
  for (const [lang, said] of [
    ['en', 'Added 2 responses from the pasted text. 2 lines not imported.'],
    ['es', 'Se agregaron 2 respuestas de el texto pegado. No se importaron 2 líneas.'],
  ] as const) {
    it(`says how many pasted lines were not imported (${lang})`, async () => {
      const wrap = await fixture<HTMLElement>(
        html`<div lang=${lang}><team-results></team-results></div>`,
      );
      const el = wrap.querySelector('team-results')!;
      expect(region(el).getAttribute('role')).to.equal('status');
      const [first, second] = fixtureTeam();
      const h = harness(el);
      h.textarea().value = [
        encodeShareCode(first!),
        'notacode',
        encodeShareCode(second!),
        'TK1-broken',
      ].join('\n');
      const changed = oneEvent(el, 'responses-change');
      h.add().click();
      await changed;
      await el.updateComplete;
      expect(h.status()).to.include(said);
      expect(h.rejected()).to.have.length(2);
    });
  }

  it('says how many responses a src file loaded and how many lines it left out', async () => {
    const rows = toCSV(fixtureTeam()).trim().split('\r\n');
    const url = URL.createObjectURL(
      new Blob([[...rows, 'junk,line'].join('\r\n')], { type: 'text/csv' }),
    );
    try {
      const el = await fixture<TeamResults>(html`<team-results src=${url}></team-results>`);
      await waitUntil(() => harness(el).status().startsWith('Added'), 'src did not load', {
        timeout: 5000,
      });
      expect(harness(el).status()).to.include(
        `Added 12 responses from ${url}. 1 lines not imported.`,
      );
      expect(region(el).getAttribute('role')).to.equal('status');
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('is worked with the keyboard alone: paste, add, reach the chart with a focus ring, and tab on past it', async function () {
    // Firefox takes about half a second a key under automation.
    this.timeout(90_000);
    const wrap = await fixture<HTMLElement>(
      html`<div><team-results></team-results><button>After</button></div>`,
    );
    const el = wrap.querySelector('team-results')!;
    const h = harness(el);
    const codes = fixtureTeam().map((response) => encodeShareCode(response));
    // Pasted (typing 12 codes key by key takes Firefox longer than the test's time).
    h.textarea().focus();
    h.textarea().value = codes.join(' ');
    await sendKeys({ type: ' ' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(h.add());
    const changed = oneEvent(el, 'responses-change');
    await sendKeys({ press: 'Enter' });
    await changed;
    await el.updateComplete;
    expect(el.responses).to.have.length(12);
    const chart = h.chart();
    await chart.chartReady;
    const plot = chart.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    const after = wrap.querySelector('button')!;
    // Tab on until the chart's region, then on out of the element: no stop traps the focus.
    let reachedPlot = false;
    for (let i = 0; i < 40 && document.activeElement !== after; i++) {
      await sendKeys({ press: 'Tab' });
      if (chart.shadowRoot!.activeElement === plot && !reachedPlot) {
        reachedPlot = true;
        // Firefox under automation may not take a synthesized Tab as keyboard use (no
        // :focus-visible); where it applies, the ring shows. Chromium always checks it.
        if (!navigator.userAgent.includes('Firefox') || plot.matches(':focus-visible')) {
          expect(getComputedStyle(plot).outlineStyle).to.equal('solid');
          expect(parseFloat(getComputedStyle(plot).outlineWidth)).to.be.at.least(2);
        }
        await sendKeys({ press: 'ArrowDown' });
        await chart.updateComplete;
        const live = chart.shadowRoot!.querySelector('[aria-live]')!.textContent!;
        expect(live).to.match(/^Locus of control, 1 of 7\./);
      }
    }
    expect(reachedPlot).to.equal(true);
    expect(document.activeElement).to.equal(after);
  });
});
