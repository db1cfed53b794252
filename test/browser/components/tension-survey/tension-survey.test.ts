import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

/** Shadow-DOM helpers for one survey. */
function harness(el: TensionSurvey) {
  const root = el.shadowRoot!;
  return {
    sliders: () => [...root.querySelectorAll('tension-slider')],
    select: () => root.querySelector('select')!,
    submit: () => root.querySelector<HTMLButtonElement>('[part="submit"]')!,
    error: () => root.querySelector('.err')?.textContent ?? '',
    text: () => root.textContent ?? '',
  };
}

/** Answers a slider as a respondent would, with the keyboard. */
async function answerByKeys(slider: HTMLElement, keys: [string, string]) {
  const markers = slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
  markers[0]!.focus();
  await sendKeys({ press: keys[0] });
  markers[1]!.focus();
  await sendKeys({ press: keys[1] });
}

afterEach(async () => {
  await resetMouse();
  localStorage.clear();
});

describe('<tension-survey>', () => {
  it('passes axe empty, partly answered, invalid, and shows all seven tensions by default', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey roles="Teacher, Principal"></tension-survey>`,
    );
    const h = harness(el);
    expect(h.sliders().map((s) => s.tension)).to.deep.equal([
      'locus-of-control',
      'pace',
      'resource-allocation',
      'cultivating-capacity',
      'flexibility',
      'model-type',
      'sharing-learnings',
    ]);
    await expect(el).to.be.accessible();
    await answerByKeys(h.sliders()[1]!, ['End', 'Home']);
    await el.updateComplete;
    expect(h.text()).to.include('1 of 7 answered');
    await expect(el).to.be.accessible();
    h.submit().click();
    await el.updateComplete;
    expect(h.error()).to.include('Your role, Locus of control, Resource allocation');
    expect(h.error()).not.to.include('Pace');
    expect(el.shadowRoot!.activeElement).to.equal(h.select());
    await expect(el).to.be.accessible();
    expect(el.response).to.equal(null);
  });

  it('passes axe in Spanish, right-to-left, dark and disabled', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<form>
        <fieldset lang="es" dir="rtl">
          <legend>Encuesta</legend>
          <tension-survey tensions="pace" roles="Docente"></tension-survey>
        </fieldset>
      </form>`,
    );
    const el = wrap.querySelector('tension-survey')!;
    await el.updateComplete;
    expect(harness(el).text()).to.include('Su función');
    expect(harness(el).text()).to.include('0 de 1 respondidas');
    await expect(wrap).to.be.accessible();
    wrap.setAttribute('style', 'color-scheme: dark; background: Canvas; color: CanvasText');
    await expect(wrap).to.be.accessible();
    wrap.querySelector('fieldset')!.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(harness(el).submit().disabled).to.equal(true);
    await expect(wrap).to.be.accessible();
  });

  it('can be completed with the keyboard alone, then shows the result', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey
        tensions="pace flexibility"
        roles="Teacher, Principal"
      ></tension-survey>`,
    );
    const h = harness(el);
    h.select().focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' }); // pace: where we are
    await sendKeys({ press: 'ArrowRight' }); // 4
    await sendKeys({ press: 'ArrowRight' }); // 5
    await sendKeys({ press: 'Tab' }); // pace: where we should be
    await sendKeys({ press: 'Home' }); // 1
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' }); // two Unsure boxes, details
    await sendKeys({ press: 'End' }); // flexibility: where we are, 7
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowLeft' }); // 4
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(h.submit());
    const submitted = oneEvent(el, 'survey-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.role).to.equal('Teacher');
    expect(detail.tensions).to.deep.equal({
      pace: { current: 5, desired: 1 },
      flexibility: { current: 7, desired: 4 },
    });
    expect(el.response).to.deep.equal(detail);
    await el.updateComplete;
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items[0]).to.equal(
      'Pace (gap 4): now leaning toward “Slow and steady”; should be at the “Fast” end.',
    );
    expect(items[1]).to.include('Flexibility (gap 3)');
    const code = el.shadowRoot!.querySelector('input')!.value;
    expect(code).to.match(/^TK1[0-9A-Z]+$/);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('download'))).to.deep.equal([
      'tensions-response.json',
      'tensions-response.csv',
    ]);
    const json = await (await fetch(links[0]!.href)).text();
    expect(JSON.parse(json).tensions.pace.current).to.equal(5);
    const csv = await (await fetch(links[1]!.href)).text();
    expect(csv).to.include('pace.current,pace.desired');
    await expect(el).to.be.accessible();
  });

  it('takes taps on the tracks and counts Unsure as answered', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    const [slider] = harness(el).sliders();
    const rail = slider!.shadowRoot!.querySelector('.rail')!.getBoundingClientRect();
    const y = Math.round(rail.top + rail.height / 2);
    await sendMouse({ type: 'click', position: [Math.round(rail.left), y] });
    slider!.shadowRoot!.querySelectorAll('input')[1]!.click();
    await el.updateComplete;
    expect(harness(el).text()).to.include('1 of 1 answered');
    const submitted = oneEvent(el, 'survey-submit');
    harness(el).submit().click();
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.tensions.pace).to.deep.equal({ current: 1, desired: null });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('Pace: unsure.');
  });

  it('submits the response as one JSON field with its form, takes part in validation and resets', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tension-survey name="survey" tensions="pace"></tension-survey></form>`,
    );
    const el = form.querySelector('tension-survey')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(new FormData(form).get('survey')).to.equal(null);
    await answerByKeys(harness(el).sliders()[0]!, ['ArrowLeft', 'End']);
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    const value = JSON.parse(new FormData(form).get('survey') as string);
    expect(value.tensions).to.deep.equal({ pace: { current: 4, desired: 7 } });
    expect(value.version).to.equal(1);
    form.reset();
    await el.updateComplete;
    await harness(el).sliders()[0]!.updateComplete;
    expect(harness(el).sliders()[0]!.current).to.equal(null);
    expect(new FormData(form).get('survey')).to.equal(null);
  });

  it('after a failed submit or a page’s checkValidity(), Tab and Shift+Tab still reach every marker', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <tension-survey name="survey" tensions="pace flexibility"></tension-survey>
      </form>`,
    );
    const el = form.querySelector('tension-survey')!;
    await el.updateComplete;
    const markers = harness(el)
      .sliders()
      .flatMap((slider) => [
        ...slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]'),
      ]);
    const focusedMarker = () =>
      markers.findIndex((marker) => (marker.getRootNode() as ShadowRoot).activeElement === marker);
    /** Presses Tab (or Shift+Tab) until marker `index` has focus; false if focus left the survey first. */
    const tabTo = async (index: number, back = false) => {
      for (let presses = 0; presses < 12; presses++) {
        if (back) await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        if (back) await sendKeys({ up: 'Shift' });
        if (focusedMarker() === index) return true;
        if (document.activeElement !== el) return false;
      }
      return false;
    };
    form.requestSubmit();
    await el.updateComplete;
    await aTimeout(0);
    // The bubble says what is missing in a sentence, as the survey's own message does.
    expect(el.validationMessage).to.equal('Please answer: Pace.');
    expect(focusedMarker()).to.equal(0);
    expect(await tabTo(2)).to.equal(true);
    // A page that checks its form on each input: nothing may drop out of the Tab order.
    expect(form.checkValidity()).to.equal(false);
    await aTimeout(0);
    expect(await tabTo(1, true)).to.equal(true);
    expect(await tabTo(0, true)).to.equal(true);
    for (const host of [el, ...harness(el).sliders()])
      expect(host.hasAttribute('tabindex')).to.equal(false);
  });

  it('keeps a draft with persist, restores it after a reload, and stores nothing without', async () => {
    const first = await fixture<TensionSurvey>(
      html`<tension-survey
        persist="t1"
        tensions="pace flexibility"
        roles="Teacher"
      ></tension-survey>`,
    );
    await answerByKeys(harness(first).sliders()[1]!, ['Home', 'End']);
    harness(first).sliders()[0]!.shadowRoot!.querySelectorAll('input')[0]!.click();
    expect(Object.keys(localStorage)).to.deep.equal(['tensionkit:t1']);
    first.remove();

    const again = await fixture<TensionSurvey>(
      html`<tension-survey
        persist="t1"
        tensions="pace flexibility"
        roles="Teacher"
      ></tension-survey>`,
    );
    await again.updateComplete;
    const [pace, flexibility] = harness(again).sliders();
    await flexibility!.updateComplete;
    expect([flexibility!.current, flexibility!.desired]).to.deep.equal([1, 7]);
    expect(pace!.unsure).to.deep.equal({ current: true, desired: false });
    expect(pace!.current).to.equal(null);

    localStorage.clear();
    const plain = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    await answerByKeys(harness(plain).sliders()[0]!, ['Home', 'End']);
    expect(localStorage.length).to.equal(0);
  });

  it('sets aside a stored draft that does not parse, with console.error naming persist and tk-error', async () => {
    localStorage.setItem('tensionkit:t2', '{"v":1,"answers":{"pace":["x"]}}');
    // The contract's error path: console.error naming the path, and tk-error.
    const logged: string[] = [];
    const original = console.error;
    console.error = (message: string) => logged.push(message);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errors: string[] = [];
    wrap.addEventListener('tk-error', (e) => errors.push(e.detail.path));
    try {
      const el = document.createElement('tension-survey');
      el.setAttribute('persist', 't2');
      el.setAttribute('tensions', 'pace');
      wrap.append(el);
      await el.updateComplete;
      expect(harness(el).sliders()).to.have.length(1);
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal(['persist']);
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^<tension-survey> persist: /);
    expect(logged[0]).to.include('tensionkit:t2:unreadable');
    expect(localStorage.getItem('tensionkit:t2')).to.equal(null);
    expect(localStorage.getItem('tensionkit:t2:unreadable')).to.include('"x"');
  });

  it('restores an 11-point draft on an 11-point survey, answers intact', async () => {
    localStorage.setItem(
      'tensionkit:t11',
      JSON.stringify({ v: 1, role: '', answers: { pace: [9, 10], flexibility: [11, 0] } }),
    );
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const el = await fixture<TensionSurvey>(
        html`<tension-survey
          persist="t11"
          points="11"
          tensions="pace flexibility"
        ></tension-survey>`,
      );
      await el.updateComplete;
      const [pace, flexibility] = harness(el).sliders();
      await pace!.updateComplete;
      await flexibility!.updateComplete;
      expect([pace!.current, pace!.desired]).to.deep.equal([9, 10]);
      expect([flexibility!.current, flexibility!.unsure.desired]).to.deep.equal([11, true]);
      for (const slider of [pace!, flexibility!])
        expect(slider.shadowRoot!.querySelector('.config-error')).to.equal(null);
      expect(
        pace!.shadowRoot!.querySelector('[role="slider"]')!.getAttribute('aria-valuetext'),
      ).to.include('9 of 11');
      expect(harness(el).text()).to.include('2 of 2 answered');
      // The draft is kept as it was: nothing was lost on the way in.
      expect(JSON.parse(localStorage.getItem('tensionkit:t11')!).answers.pace).to.deep.equal([
        9, 10,
      ]);
      expect(errors).to.deep.equal([]);
      harness(el).submit().click();
      const { detail } = await oneEvent(el, 'survey-submit');
      expect(detail.points).to.equal(11);
      expect(detail.tensions.pace).to.deep.equal({ current: 9, desired: 10 });
    } finally {
      console.error = original;
    }
  });

  it('keeps several surveys on one page independent', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <tension-survey tensions="pace"></tension-survey>
        <tension-survey tensions="pace"></tension-survey>
      </div>`,
    );
    const [a, b] = wrap.querySelectorAll('tension-survey');
    await a!.updateComplete;
    await answerByKeys(harness(a!).sliders()[0]!, ['Home', 'End']);
    await b!.updateComplete;
    expect(harness(a!).text()).to.include('1 of 1 answered');
    expect(harness(b!).text()).to.include('0 of 1 answered');
    expect(harness(b!).sliders()[0]!.current).to.equal(null);
  });

  it('shows bad attributes without throwing and fires no events on property sets', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const seen: string[] = [];
      wrap.addEventListener('tk-error', (e) => seen.push(e.detail.path));
      wrap.addEventListener('survey-submit', () => seen.push('survey-submit'));
      const el = document.createElement('tension-survey');
      el.setAttribute('tensions', 'pace nope');
      wrap.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.config-error')!.textContent).to.include('nope');
      expect(harness(el).sliders()).to.have.length(1);
      el.strings = { submit: 'Send' };
      el.roles = 'Parent';
      await el.updateComplete;
      expect(harness(el).submit().textContent!.trim()).to.equal('Send');
      expect(seen).to.deep.equal(['tensions']);
      expect(errors[0]).to.include('tensions');
    } finally {
      console.error = original;
    }
  });

  it('follows the page color-scheme, not the system one: a light page on a dark system stays light', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div><tension-survey tensions="pace"></tension-survey></div>`,
    );
    const el = wrap.querySelector('tension-survey')!;
    await el.updateComplete;
    const [slider] = harness(el).sliders();
    const text = () => [getComputedStyle(el).color, getComputedStyle(slider!).color];
    const light = ['rgb(31, 35, 40)', 'rgb(31, 35, 40)']; // --_text, light
    const dark = ['rgb(230, 232, 235)', 'rgb(230, 232, 235)']; // --_text, dark
    // Firefox under WebDriver BiDi cannot emulate the system setting; Chromium can.
    const darkSystem = await emulateMedia({ colorScheme: 'dark' }).then(
      () => true,
      () => false,
    );
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(darkSystem);
      expect(text()).to.deep.equal(light);
      wrap.setAttribute('style', 'color-scheme: dark');
      expect(text()).to.deep.equal(dark);
      // A page that supports both follows the system.
      wrap.setAttribute('style', 'color-scheme: light dark');
      expect(text()).to.deep.equal(darkSystem ? dark : light);
    } finally {
      if (darkSystem) await emulateMedia({ colorScheme: 'light' });
    }
  });
});
