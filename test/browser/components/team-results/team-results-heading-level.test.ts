import { expect, fixture, html } from '@open-wc/testing';
import '../../../../src/components/team-results/team-results.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';

/** The levels of the element's headings, one entry per level in use, in page order. */
const levels = (root: ParentNode) => [
  ...new Set([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName)),
];

describe('<team-results> heading-level', () => {
  it('sets its section headings from heading-level, inner ones and its gap chart following', async () => {
    const byDefault = await fixture<TeamResults>(html`<team-results></team-results>`);
    byDefault.responses = fixtureTeam();
    await byDefault.updateComplete;
    expect(levels(byDefault.shadowRoot!)).to.deep.equal(['H2', 'H3', 'H4', 'H5']);

    const el = await fixture<TeamResults>(html`<team-results heading-level="3"></team-results>`);
    el.responses = fixtureTeam();
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(levels(root)).to.deep.equal(['H3', 'H4', 'H5', 'H6']);
    expect(root.querySelector('.prompt h4')!.textContent!.trim()).to.equal('Pace');
    expect(root.querySelector('.poles h6')!.textContent).to.equal('Fast');
    const chart = root.querySelector('gap-chart')!;
    await chart.updateComplete;
    expect(levels(chart.shadowRoot!)).to.deep.equal(['H4']);
    // Sections keep their names from their headings.
    for (const section of root.querySelectorAll('section[aria-labelledby]'))
      expect(root.getElementById(section.getAttribute('aria-labelledby')!)!.tagName).to.equal('H3');
  });
});
