import { expect, fixture, html } from '@open-wc/testing';
import '../../../../src/components/gap-chart/gap-chart.js';
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';

const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.tagName}:${h.textContent!.trim()}`,
  );

describe('<gap-chart> heading-level', () => {
  it('draws its summary heading at heading-level (default 2, after a page’s <h1>)', async () => {
    const el = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    el.responses = fixtureTeam();
    await el.updateComplete;
    expect(headings(el)).to.have.length(1);
    expect(headings(el)[0]).to.match(/^H2:/);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(headings(el)[0]).to.match(/^H4:/);
    const attribute = await fixture<GapChart>(html`<gap-chart heading-level="3"></gap-chart>`);
    expect(headings(attribute)[0]).to.match(/^H3:/);
  });
});
