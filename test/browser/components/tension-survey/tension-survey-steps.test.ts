// The steps layout on a phone-sized window, used with the keyboard alone (Tab, Enter and the
// arrow keys), with a reload in the middle, and axe on every step.
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

/** The element that has focus, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `wanted` says the focused element is the one (at most 20 presses). */
async function tabTo(wanted: (element: Element) => boolean) {
  for (let i = 0; i < 20; i++) {
    await sendKeys({ press: 'Tab' });
    const element = focused();
    if (element && wanted(element)) return element;
  }
  throw new Error(`Tab never reached the element; focus is on ${focused()?.outerHTML}`);
}

const button = (name: string) => (element: Element) =>
  element.localName === 'button' && element.textContent!.trim().startsWith(name);
// A marker's name is its label and its tension ("Where we are: Pace").
const marker = (label: string) => (element: Element) =>
  element.getAttribute('role') === 'slider' &&
  !!element.getAttribute('aria-label')?.startsWith(`${label}: `);

function steps(el: TensionSurvey) {
  const root = el.shadowRoot!;
  return {
    heading: () => root.querySelector('h2')!,
    bar: () => root.querySelector('[role="progressbar"]')!,
    place: () => root.querySelector('[role="progressbar"]')!.getAttribute('aria-valuetext'),
    shownSliders: () =>
      [...root.querySelectorAll('tension-slider')].filter((slider) => slider.offsetParent),
  };
}

const survey = () =>
  fixture<TensionSurvey>(
    html`<tension-survey
      roles="Teacher, Principal"
      tensions="pace flexibility"
      persist="steps-test"
    ></tension-survey>`,
  );

describe('<tension-survey> steps layout', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => localStorage.clear());

  it('goes step by step with the keyboard alone, resumes after a reload, and passes axe on every step', async () => {
    let el = await survey();
    let s = steps(el);
    // The role question first, with a progress bar that stays in view.
    expect(s.heading().textContent).to.equal('Your role');
    expect(s.bar().getAttribute('aria-valuenow')).to.equal('1');
    expect(s.bar().getAttribute('aria-valuemax')).to.equal('4');
    expect(getComputedStyle(s.bar().parentElement!).position).to.equal('sticky');
    expect(s.shownSliders()).to.have.length(0);
    await expect(el).to.be.accessible();

    // Next without a role: the error, tied to the select, which keeps focus.
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const select = el.shadowRoot!.querySelector('select')!;
    expect(focused()).to.equal(select);
    expect(select.getAttribute('aria-invalid')).to.equal('true');
    expect(select.getAttribute('aria-describedby')).to.equal('step-err');
    expect(el.shadowRoot!.getElementById('step-err')!.textContent).to.include('Your role');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' }); // Teacher
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('step-err')).to.equal(null);
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    // Pace: focus on its heading, one slider shown.
    expect(s.heading().textContent).to.equal('Pace');
    expect(focused()).to.equal(s.heading());
    expect(s.place()).to.equal('Tension 1 of 2');
    expect(s.shownSliders().map((slider) => slider.tension)).to.deep.equal(['pace']);
    await expect(el).to.be.accessible();
    await tabTo(marker('Where we are'));
    await sendKeys({ press: 'End' }); // 7
    await tabTo(marker('Where we should be'));
    await sendKeys({ press: 'Home' }); // 1
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    // Flexibility: Next before answering shows the slider's message, tied to its marker.
    expect(s.heading().textContent).to.equal('Flexibility');
    expect(s.place()).to.equal('Tension 2 of 2');
    await tabTo(marker('Where we are'));
    await sendKeys({ press: 'ArrowRight' }); // where we are placed; where we should be is not
    const placed = focused()!.getAttribute('aria-valuenow');
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const slider = s.shownSliders()[0]!;
    await slider.updateComplete;
    const missing = focused()!;
    expect(missing.getAttribute('aria-label')).to.equal('Where we should be: Flexibility');
    expect(missing.getAttribute('aria-invalid')).to.equal('true');
    // Described by the message first, then the hint.
    const [messageId] = missing.getAttribute('aria-describedby')!.split(' ');
    const message = slider.shadowRoot!.getElementById(messageId!);
    expect(message!.textContent).to.include('Flexibility');
    expect(s.heading().textContent).to.equal('Flexibility');
    await expect(el).to.be.accessible();

    // A reload in the middle: the draft brings back the step and every answer so far.
    el.remove();
    el = await survey();
    s = steps(el);
    expect(s.heading().textContent).to.equal('Flexibility');
    expect(s.place()).to.equal('Tension 2 of 2');
    const [where] = s.shownSliders()[0]!.shadowRoot!.querySelectorAll('[role="slider"]');
    expect(where!.getAttribute('aria-valuenow')).to.equal(placed);
    await tabTo(marker('Where we should be'));
    await sendKeys({ press: 'ArrowLeft' });
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;

    // The review: every answer, each with a Change button back to its step.
    expect(s.heading().textContent).to.equal('Review your answers');
    expect(focused()).to.equal(s.heading());
    const rows = [...el.shadowRoot!.querySelectorAll('.review li')].map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows[0]).to.match(/^Your role: Teacher Change/);
    expect(rows[1]).to.include(
      'Pace: now at the “Slow and steady” end; should be at the “Fast” end',
    );
    expect(rows[2]).to.match(/^Flexibility: now /);
    await expect(el).to.be.accessible();
    await tabTo(button('Change: Pace'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(s.heading().textContent).to.equal('Pace');
    expect(focused()).to.equal(s.heading());
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(s.heading().textContent).to.equal('Review your answers');

    const submitted = oneEvent(el, 'survey-submit');
    await tabTo(button('Submit'));
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.role).to.equal('Teacher');
    expect(detail.tensions.pace).to.deep.equal({ current: 7, desired: 1 });
    expect(detail.tensions.flexibility!.desired).to.be.a('number');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="result"]')).to.exist;
    expect(localStorage.getItem('tensionkit:steps-test')).to.equal(null);
  });

  it('is the layout on a narrow window unless the page asks for the whole page', async () => {
    const page = await fixture<TensionSurvey>(
      html`<tension-survey layout="page" tensions="pace flexibility"></tension-survey>`,
    );
    expect(page.shadowRoot!.querySelector('[role="progressbar"]')).to.equal(null);
    expect(steps(page).shownSliders()).to.have.length(2);
    await setViewport({ width: 1280, height: 800 });
    const auto = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace flexibility"></tension-survey>`,
    );
    expect(auto.shadowRoot!.querySelector('[role="progressbar"]')).to.equal(null);
    // The window crossing the width switches the layout.
    await setViewport({ width: 390, height: 844 });
    await waitUntil(() => auto.shadowRoot!.querySelector('[role="progressbar"]'));
    expect(steps(auto).shownSliders()).to.have.length(1);
    await setViewport({ width: 1280, height: 800 });
    const forced = await fixture<TensionSurvey>(
      html`<tension-survey layout="steps" tensions="pace"></tension-survey>`,
    );
    expect(steps(forced).place()).to.equal('Tension 1 of 1');
    await setViewport({ width: 390, height: 844 });
  });

  it('gives the rubric its own step, which says what a required rubric still lacks', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" rubric rubric-required></tension-survey>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('stage-rubric'));
    const pace = el.shadowRoot!.querySelector('tension-slider')!;
    [pace.current, pace.desired] = [3, 5];
    pace.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await tabTo(button('Next'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const s = steps(el);
    expect(s.heading().textContent).to.equal('District conditions');
    expect(s.place()).to.equal('Step 2 of 3');
    await expect(el).to.be.accessible();
    // The rubric has dozens of controls: Next is clicked here (the keyboard path is tested above).
    [...el.shadowRoot!.querySelectorAll('button')].find(button('Next'))!.click();
    await el.updateComplete;
    await aTimeout(50);
    // Still on the rubric, focus in it, its own message shown.
    expect(s.heading().textContent).to.equal('District conditions');
    const rubric = el.shadowRoot!.querySelector('stage-rubric')!;
    expect(el.shadowRoot!.activeElement).to.equal(rubric);
    await rubric.updateComplete;
    expect(rubric.shadowRoot!.textContent).to.include('Choose a stage for');
  });

  it('reports a layout it does not know', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey layout="wizard" tensions="pace"></tension-survey>`,
    );
    expect(el.shadowRoot!.textContent).to.include('Use "auto", "steps" or "page".');
  });

  it('speaks Spanish', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="es"><tension-survey tensions="pace"></tension-survey></div>`,
    );
    const el = wrap.querySelector('tension-survey')!;
    await el.updateComplete;
    expect(steps(el).place()).to.equal('Tensión 1 de 1');
    expect(el.shadowRoot!.textContent).to.include('Siguiente');
    await expect(wrap).to.be.accessible();
  });
});
