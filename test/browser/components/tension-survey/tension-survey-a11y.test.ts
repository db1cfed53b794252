/**
 * `<tension-survey>` as a keyboard and screen-reader user gets it, past what axe checks (issue 11):
 * where focus goes, what is announced, and its headings.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';

/** Answers a slider as a respondent would, with the keyboard. */
async function answerByKeys(slider: HTMLElement) {
  for (const marker of slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')) {
    marker.focus();
    await sendKeys({ press: 'Home' });
  }
}

const sliders = (el: TensionSurvey) => [...el.shadowRoot!.querySelectorAll('tension-slider')];
const headings = (root: ParentNode) =>
  [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(
    (h) => `${h.tagName}:${h.textContent!.trim()}`,
  );

/** Answers every slider and submits; resolves once the result is drawn. */
async function submitAnswered(el: TensionSurvey) {
  for (const slider of sliders(el)) await answerByKeys(slider);
  const submitted = oneEvent(el, 'survey-submit');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await submitted;
  await el.updateComplete;
}

describe('<tension-survey> accessibility past axe', () => {
  it('gives the result a real heading at heading-level, focused after submit and no tab stop', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" heading-level="3"></tension-survey>`,
    );
    await submitAnswered(el);
    const title = el.shadowRoot!.querySelector('[part="result"] > h3')!;
    expect(title.textContent!.trim()).to.equal('Your result');
    expect(el.shadowRoot!.activeElement).to.equal(title);
    // Focusable because focus is sent there, and out of the tab order.
    expect(title.getAttribute('tabindex')).to.equal('-1');
    expect(headings(el.shadowRoot!)).to.deep.equal(['H3:Your result']);

    const byDefault = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    await submitAnswered(byDefault);
    expect(headings(byDefault.shadowRoot!)).to.deep.equal(['H2:Your result']);
  });

  it('moves focus to the first slider on "Change my answers", never to <body>', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace flexibility"></tension-survey>`,
    );
    await submitAnswered(el);
    const edit = [...el.shadowRoot!.querySelectorAll('button')].find(
      (button) => button.textContent!.trim() === 'Change my answers',
    )!;
    edit.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sliders(el).length === 2, 'the questions did not come back');
    await waitUntil(() => document.activeElement === el, 'focus left the survey');
    expect(el.shadowRoot!.activeElement).to.equal(sliders(el)[0]);
    const marker = sliders(el)[0]!.shadowRoot!.activeElement!;
    expect(marker.getAttribute('role')).to.equal('slider');
  });

  it('announces what is missing on submit, not again after each answer', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace flexibility model-type"></tension-survey>`,
    );
    const submit = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!;
    submit.click();
    await el.updateComplete;
    const alert = () => el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert()!.textContent).to.include('Pace, Flexibility, Model type');

    // An answer shortens the visible list, outside any live region: nothing is read out.
    await answerByKeys(sliders(el)[0]!);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.err')!.textContent).to.include('Flexibility, Model type');
    expect(el.shadowRoot!.querySelector('.err')!.textContent).not.to.include('Pace');
    expect(alert()).to.equal(null);
    await answerByKeys(sliders(el)[1]!);
    await el.updateComplete;
    expect(alert()).to.equal(null);

    // The next failed submit is announced again.
    submit.click();
    await el.updateComplete;
    expect(alert()!.textContent).to.include('Model type');
    await expect(el).to.be.accessible();
  });

  it('passes heading-level on to its rubric section', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" rubric heading-level="3"></tension-survey>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('stage-rubric'), 'no rubric section', {
      timeout: 10000,
    });
    const rubric = el.shadowRoot!.querySelector('stage-rubric')!;
    await waitUntil(() => rubric.shadowRoot!.querySelector('legend h3'), 'rubric title not h3', {
      timeout: 10000,
    });
    expect(rubric.shadowRoot!.querySelectorAll('h4').length).to.be.greaterThan(1);
    expect(rubric.shadowRoot!.querySelector('h2')).to.equal(null);
  });
});
