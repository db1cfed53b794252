/** `<team-results>` shows the explore text beside each discussion prompt. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/team-results/team-results.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import { fixtureTeam } from '../../../fixtures/gap-team.js';

describe('<team-results> explore both sides', () => {
  it('puts the signs of leaning too far and strategies beside every prompt', async () => {
    const el = await fixture<TeamResults>(html`<team-results></team-results>`);
    el.responses = fixtureTeam();
    await el.updateComplete;
    const prompts = [...el.shadowRoot!.querySelectorAll('.prompt')];
    expect(prompts.length).to.be.greaterThan(0);
    await waitUntil(() => prompts.every((prompt) => prompt.querySelector('.explore')));
    for (const prompt of prompts) {
      expect(prompt.querySelectorAll('.too-far ul').length).to.equal(2);
      expect(prompt.querySelectorAll('.strategies li').length).to.be.within(2, 3);
    }
    const pace = prompts.find((p) => p.querySelector('h3')!.textContent!.trim() === 'Pace')!;
    expect(pace.querySelector('.strategies')!.textContent).to.include('Chugach');
    await expect(el).to.be.accessible();
  });
});
