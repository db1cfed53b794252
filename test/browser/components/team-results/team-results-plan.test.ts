/** `<team-results>` checking a check-in back against a plan and its baseline. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/team-results/team-results.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import { encodePlanCode, planToJSON } from '../../../../src/core/plan/index.js';
import { fixtureBaseline, fixtureTeam } from '../../../fixtures/gap-team.js';
import { fixturePlan } from '../../../fixtures/plan.js';
import { harness } from './harness.js';

const words = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function checkedBack(plan: unknown, lang = 'en') {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <team-results
        .responses=${fixtureTeam()}
        .baseline=${fixtureBaseline()}
        .plan=${plan}
      ></team-results>
    </div>`,
  );
  const el = wrap.querySelector('team-results')!;
  await waitUntil(() => el.shadowRoot!.querySelector('.check-back'), 'the check-back section');
  await el.updateComplete;
  const article = (id: string) => el.shadowRoot!.querySelector(`.aim-check[data-tension="${id}"]`);
  return { el, article };
}

describe('<team-results> checking back against a plan', () => {
  it('says per tension whether the team moved toward or away from the aim since the baseline', async () => {
    const { el, article } = await checkedBack(fixturePlan());
    const moved = (id: string) => article(id)!.querySelector('.moved')!.classList;
    expect(moved('locus-of-control').contains('toward')).to.equal(true);
    expect(moved('pace').contains('away')).to.equal(true);
    expect(moved('flexibility').contains('toward')).to.equal(true);
    expect(words(article('locus-of-control')!.querySelector('.moved'))).to.equal(
      'Moved toward the aim since the baseline (from 2.5).',
    );
    expect(words(article('pace')!.querySelector('.moved'))).to.equal(
      'Moved away from the aim since the baseline (from 4.8).',
    );
    expect(words(article('pace')!.querySelector('.position'))).to.equal(
      'Now 5.8 against an aim of 3: short of the aim.',
    );
    expect(words(article('pace')!.querySelector('.aligned'))).to.match(/^Still aligned/);
    expect(words(article('flexibility')!.querySelector('.aligned'))).to.match(/^No longer aligned/);
    // The gap chart marks each aim on its tension.
    expect(harness(el).chart().aims).to.deep.equal({
      'locus-of-control': 5,
      pace: 3,
      flexibility: 4,
    });
    await expect(el).to.be.accessible();
  });

  it('lists the warning signs to discuss where the team is past its aim', async () => {
    const plan = fixturePlan();
    plan.tensions['locus-of-control']!.aim = 2; // the team stands at 3.5: short of a left lean
    plan.tensions.pace!.aim = 5; // the team stands at 5.8: past an aim leaning toward slow and steady
    const { article } = await checkedBack(plan);
    expect(words(article('pace')!.querySelector('.position'))).to.match(/past the aim\.$/);
    expect([...article('pace')!.querySelectorAll('.signs li')].map(words)).to.deep.equal([
      'Pilot schools wait a year for an answer',
    ]);
    expect(article('locus-of-control')!.querySelector('.signs')).to.equal(null);
  });

  it('takes the check-back’s words from strings too', async () => {
    const { el } = await checkedBack(fixturePlan());
    el.strings = { checkTitle: 'Against our plan', noAnswers: 'Nobody answered.' };
    await el.updateComplete;
    expect(words(el.shadowRoot!.querySelector('.check-back h2'))).to.equal('Against our plan');
  });

  it('reads a plan from its share code or its JSON file text, in Spanish too', async () => {
    const encoded = encodePlanCode(fixturePlan());
    if (!encoded.ok) throw new Error(encoded.message);
    const fromCode = await checkedBack(encoded.code, 'es');
    expect(words(fromCode.article('pace')!.querySelector('.moved'))).to.equal(
      'Se alejó de la meta desde la línea de base (desde 4,8).',
    );
    const fromFile = await checkedBack(planToJSON(fixturePlan()));
    expect(fromFile.article('locus-of-control')!.querySelector('.moved.toward')).to.exist;
  });

  it('reports a bad plan the contract’s way, naming the field', async () => {
    const paths: string[] = [];
    const el = await fixture<TeamResults>(
      html`<team-results
        .responses=${fixtureTeam()}
        @tk-error=${(e: CustomEvent<{ path: string }>) => paths.push(e.detail.path)}
      ></team-results>`,
    );
    el.plan = { ...fixturePlan(), points: 2 };
    await waitUntil(() => paths.length > 0, 'a tk-error');
    expect(paths).to.deep.equal(['plan.points']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.config-error')!.textContent).to.include('plan.points');
  });
});
