/**
 * A survey definition that arrives late. This file runs in its own page, where the definition's
 * checks have not loaded yet (they load on first use, once per page): the first test needs that. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/tension-survey/tension-survey.js';
import '../../../../src/components/gap-chart/gap-chart.js';
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSlider } from '../../../../src/components/tension-slider/tension-slider.js';
import { toDraft } from '../../../../src/core/draft-state.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

const definition = {
  id: 'family-check-in',
  tensions: [
    'pace',
    {
      id: 'family-voice',
      name: { en: 'Family voice' },
      question: { en: 'How much should families shape the plan?' },
      left: { label: { en: 'Informed' } },
      right: { label: { en: 'Co-designing' } },
    },
  ],
};

const sliders = (el: TensionSurvey) => [
  ...el.shadowRoot!.querySelectorAll<TensionSlider>('tension-slider'),
];

const response: SurveyResponse = {
  version: 1,
  survey: 'family-check-in',
  id: 'r1',
  submittedAt: '2026-11-30T05:00:00.000Z',
  locale: 'en',
  tensions: { pace: { current: 2, desired: 5 }, 'family-voice': { current: 1, desired: 6 } },
};

describe('<tension-survey> with a definition that arrives late', () => {
  it('restores a draft of a custom tension when the definition is set just after the survey connects', async () => {
    localStorage.setItem(
      'tensionkit:late',
      JSON.stringify(toDraft({ role: '', answers: { 'family-voice': [2, 4] } })),
    );
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('tension-survey');
    el.setAttribute('persist', 'late');
    el.setAttribute('layout', 'page');
    wrap.append(el);
    el.definition = definition; // after connect, as plain script or a framework may set it
    await el.updateComplete;
    await waitUntil(() => sliders(el).length === 2, 'the definition is read');
    await waitUntil(() => sliders(el)[1]!.current === 2, 'the draft is restored');
    expect(sliders(el)[1]!.desired).to.equal(4);
    // Nothing set aside: the draft was fitted to the definition, not to the seven built-ins.
    expect(el.shadowRoot!.querySelector('.set-aside')).to.equal(null);
    expect(localStorage.getItem('tensionkit:late:set-aside')).to.equal(null);
    localStorage.clear();
  });

  it('names a custom tension on a <gap-chart for> drawn before the survey read its definition', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <gap-chart for="fam" .responses=${[response]}></gap-chart>
        <tension-survey id="fam" layout="page"></tension-survey>
      </div>`,
    );
    const chart = wrap.querySelector<GapChart>('gap-chart')!;
    const survey = wrap.querySelector('tension-survey')!;
    await chart.updateComplete;
    await waitUntil(() => chart.shadowRoot!.querySelector('tbody'));
    expect(chart.shadowRoot!.querySelector('tbody')!.textContent).to.include('family-voice');
    const told = oneEvent(survey, 'definition-change');
    survey.definition = definition;
    const { detail } = await told;
    expect(detail.definition?.id).to.equal('family-check-in');
    // Nothing else updates the chart: the survey's event does.
    await waitUntil(
      () => chart.shadowRoot!.querySelector('tbody')!.textContent!.includes('Family voice'),
      'the chart names the tension',
    );
    expect(chart.shadowRoot!.querySelector('tbody')!.textContent).not.to.include('family-voice');
    // Removed: told again, with null.
    const cleared = oneEvent(survey, 'definition-change');
    survey.definition = null;
    expect((await cleared).detail.definition).to.equal(null);
  });
});
