/**
 * `<stage-rubric>` as a screen-reader user gets it, past what axe checks (issue 11): short radio
 * names with the descriptor as description, and headings that follow the page's heading-level.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/stage-rubric/stage-rubric.js';
import type { StageRubric } from '../../../../src/components/stage-rubric/stage-rubric.js';
import { rubricResponses } from '../../../fixtures/rubric-team.js';
import { axNodes, treeReadable } from '../../internal/ax-tree.js';

const headings = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName);

describe('<stage-rubric> accessibility past axe', () => {
  it('names each radio by its stage, with the descriptor as its description', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
    expect(first.getAttribute('aria-label')).to.equal('Exploring');
    const description = el.shadowRoot!.getElementById(first.getAttribute('aria-describedby')!)!;
    expect(description.textContent).to.equal(
      'There is no written vision for the change, or only central office has seen it.',
    );
    if (treeReadable) {
      const radios = await axNodes((node) => node.role === 'radio');
      expect(radios).to.have.length(48);
      expect(new Set(radios.map((radio) => radio.name))).to.deep.equal(
        new Set(['Exploring', 'Emerging', 'Proficient', 'Breakthrough']),
      );
      expect(radios[0]!.description).to.equal(description.textContent);
    }
    await expect(el).to.be.accessible();
  });

  it('sets its top heading from heading-level, the inner ones following (default 2)', async () => {
    const byDefault = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    expect(headings(byDefault)[0]).to.equal('H2');
    expect(new Set(headings(byDefault).slice(1))).to.deep.equal(new Set(['H3']));

    const el = await fixture<StageRubric>(html`<stage-rubric heading-level="4"></stage-rubric>`);
    expect(el.shadowRoot!.querySelector('legend h4')!.textContent).to.equal(
      'District conditions for change',
    );
    expect(new Set(headings(el).slice(1))).to.deep.equal(new Set(['H5']));
    // The summary keeps its name from its heading.
    const summary = el.shadowRoot!.querySelector('.summary')!;
    expect(
      el.shadowRoot!.getElementById(summary.getAttribute('aria-labelledby')!)!.tagName,
    ).to.equal('H5');
    await expect(el).to.be.accessible();

    const team = await fixture<StageRubric>(
      html`<stage-rubric mode="team" heading-level="3"></stage-rubric>`,
    );
    team.responses = rubricResponses(8);
    await waitUntil(() => team.shadowRoot!.querySelector('#team'), 'team view drawn', {
      timeout: 10000,
    });
    expect(headings(team)).to.deep.equal(['H3', 'H4']);
    expect(team.shadowRoot!.querySelector('#team')!.tagName).to.equal('H4');
  });
});
