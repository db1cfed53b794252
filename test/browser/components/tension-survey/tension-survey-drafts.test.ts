import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';

const root = (el: TensionSurvey) => el.shadowRoot!;
const sliders = (el: TensionSurvey) => [...root(el).querySelectorAll('tension-slider')];
const text = (el: TensionSurvey) => root(el).textContent ?? '';
const submit = (el: TensionSurvey) => root(el).querySelector<HTMLButtonElement>('[part="submit"]')!;

async function answerByKeys(slider: HTMLElement, keys: [string, string]) {
  const markers = slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
  markers[0]!.focus();
  await sendKeys({ press: keys[0] });
  markers[1]!.focus();
  await sendKeys({ press: keys[1] });
}

/** Runs `body` with console.error and tk-error recorded: [console messages, tk-error paths]. */
async function recordErrors(body: (wrap: HTMLElement) => Promise<void>) {
  const logged: string[] = [];
  const paths: string[] = [];
  const original = console.error;
  console.error = (message: string) => logged.push(String(message));
  const wrap = await fixture<HTMLElement>(html`<div></div>`);
  wrap.addEventListener('tk-error', (e) => paths.push(e.detail.path));
  try {
    await body(wrap);
  } finally {
    console.error = original;
  }
  return { logged, paths };
}

async function add(wrap: HTMLElement, attributes: Record<string, string>) {
  const el = document.createElement('tension-survey');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  await resetMouse();
  localStorage.clear();
});

describe('<tension-survey> drafts that no longer fit', () => {
  it('keeps what fits of a draft saved under another configuration, sets the rest aside visibly, and never submits a stale role', async () => {
    localStorage.setItem(
      'tensionkit:fit',
      JSON.stringify({
        v: 1,
        role: 'Board member',
        answers: { pace: [9, 3], flexibility: [2, 5], 'model-type': [1, 1] },
      }),
    );
    const el = await fixture<TensionSurvey>(
      html`<tension-survey
        persist="fit"
        points="7"
        tensions="pace flexibility"
        roles="Teacher, Principal"
      ></tension-survey>`,
    );
    await el.updateComplete;
    const [pace, flexibility] = sliders(el);
    await pace!.updateComplete;
    expect([pace!.current, pace!.desired]).to.deep.equal([null, 3]);
    expect([flexibility!.current, flexibility!.desired]).to.deep.equal([2, 5]);
    expect(pace!.shadowRoot!.querySelector('.config-error')).to.equal(null);
    const notice = root(el).querySelector('.set-aside')!.textContent!;
    expect(notice).to.include('Set aside from your saved draft');
    expect(notice).to.include('Pace (where we are: 9)');
    expect(notice).to.include('Your role: Board member');
    expect(notice).to.include('where we should be: 1');
    expect(root(el).querySelector('select')!.value).to.equal('');
    await expect(el).to.be.accessible();

    // The survey is not blocked: answer what was set aside, choose a role, submit.
    await answerByKeys(pace!, ['Home', 'End']);
    submit(el).click();
    await el.updateComplete;
    expect(root(el).querySelector('.err')!.textContent).to.include('Your role');
    const select = root(el).querySelector('select')!;
    select.value = 'Teacher';
    select.dispatchEvent(new Event('change'));
    setTimeout(() => submit(el).click());
    const { detail } = await oneEvent(el, 'survey-submit');
    expect(detail.role).to.equal('Teacher');
    expect(detail.tensions.pace).to.deep.equal({ current: 1, desired: 7 });
    expect(detail.tensions.flexibility).to.deep.equal({ current: 2, desired: 5 });
  });

  it('submits no role that `roles` stopped offering after it was chosen', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" roles="Teacher, Parent"></tension-survey>`,
    );
    const select = root(el).querySelector('select')!;
    select.value = 'Parent';
    select.dispatchEvent(new Event('change'));
    await answerByKeys(sliders(el)[0]!, ['Home', 'End']);
    el.roles = 'Teacher';
    await el.updateComplete;
    submit(el).click();
    await el.updateComplete;
    expect(el.response).to.equal(null);
    expect(root(el).querySelector('.err')!.textContent).to.include('Your role');
  });

  it('shows the set-aside notice in Spanish', async () => {
    localStorage.setItem(
      'tensionkit:fit-es',
      JSON.stringify({ v: 1, role: '', answers: { pace: [9, 3] } }),
    );
    const el = await fixture<TensionSurvey>(
      html`<tension-survey lang="es" persist="fit-es" tensions="pace"></tension-survey>`,
    );
    await el.updateComplete;
    expect(root(el).querySelector('.set-aside')!.textContent).to.include(
      'Apartado de tu borrador guardado',
    );
  });
});

describe('<tension-survey> drafts in two tabs', () => {
  it('merges another tab’s draft into the answers not touched here, and keeps its own when the other submits', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <tension-survey persist="tabs" tensions="pace flexibility"></tension-survey>
        <tension-survey persist="tabs" tensions="pace flexibility"></tension-survey>
      </div>`,
    );
    const [a, b] = [...wrap.querySelectorAll('tension-survey')];
    await a!.updateComplete;
    await b!.updateComplete;
    await answerByKeys(sliders(b!)[1]!, ['Home', 'Home']);
    await answerByKeys(sliders(a!)[0]!, ['End', 'End']);
    // The browser fires `storage` only in other documents: dispatched here as tab B would get it.
    const stored = () => localStorage.getItem('tensionkit:tabs');
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'tensionkit:tabs', newValue: stored() }),
    );
    await b!.updateComplete;
    await sliders(b!)[0]!.updateComplete;
    expect([sliders(b!)[0]!.current, sliders(b!)[0]!.desired]).to.deep.equal([7, 7]);
    expect([sliders(b!)[1]!.current, sliders(b!)[1]!.desired]).to.deep.equal([1, 1]);

    // Tab A submits (its draft is removed); tab B keeps its answers, on screen and stored.
    await answerByKeys(sliders(a!)[1]!, ['Home', 'End']);
    submit(a!).click();
    await oneEvent(a!, 'survey-submit');
    expect(stored()).to.equal(null);
    window.dispatchEvent(new StorageEvent('storage', { key: 'tensionkit:tabs', newValue: null }));
    await b!.updateComplete;
    expect(JSON.parse(stored()!).answers).to.deep.equal({ pace: [7, 7], flexibility: [1, 1] });
    expect(text(b!)).to.include('2 of 2 answered');
  });

  it('ignores storage events for other keys and stops listening once removed', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey persist="tab-one" tensions="pace"></tension-survey>`,
    );
    await el.updateComplete;
    const other = JSON.stringify({ v: 1, role: '', answers: { pace: [2, 2] } });
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'tensionkit:tab-two', newValue: other }),
    );
    await el.updateComplete;
    expect(sliders(el)[0]!.current).to.equal(null);
    el.remove();
    window.dispatchEvent(
      new StorageEvent('storage', { key: 'tensionkit:tab-one', newValue: null }),
    );
    expect(localStorage.getItem('tensionkit:tab-one')).to.equal(null);
  });
});

describe('<tension-survey> submit', () => {
  it('submits once on a double click: one survey-submit, one form submission', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form @submit=${(e: Event) => e.preventDefault()}>
        <tension-survey name="survey" tensions="pace"></tension-survey>
      </form>`,
    );
    const el = form.querySelector('tension-survey')!;
    await el.updateComplete;
    let submits = 0;
    let events = 0;
    form.addEventListener('submit', () => submits++);
    el.addEventListener('survey-submit', () => events++);
    await answerByKeys(sliders(el)[0]!, ['Home', 'End']);
    await el.updateComplete;
    submit(el).click();
    submit(el).click();
    await oneEvent(el, 'survey-submit');
    await el.updateComplete;
    await new Promise((done) => setTimeout(done, 50));
    expect(events).to.equal(1);
    expect(submits).to.equal(1);
  });
});

describe('<tension-survey> configuration', () => {
  it('reports a role over 60 characters and a survey id that is not a slug when set, visibly', async () => {
    const { logged, paths } = await recordErrors(async (wrap) => {
      const el = await add(wrap, { tensions: 'pace', roles: `Teacher, ${'x'.repeat(61)}` });
      const message = root(el).querySelector('[part="error"]')!.textContent!;
      expect(message).to.include('roles');
      expect(message).to.include('60');
      const other = await add(wrap, { tensions: 'pace' });
      other.survey = 'My Survey';
      await other.updateComplete;
      expect(root(other).querySelector('[part="error"]')!.textContent).to.include('survey');
    });
    expect(paths).to.deep.equal(['roles[1]', 'survey']);
    expect(logged[0]).to.match(/^<tension-survey> roles/);
    expect(logged[1]).to.match(/^<tension-survey> survey/);
  });

  it('reports a strings attribute that is not JSON, and keeps its own words', async () => {
    const { logged, paths } = await recordErrors(async (wrap) => {
      const el = await add(wrap, { tensions: 'pace', strings: '{submit: Send}' });
      expect(root(el).querySelector('[part="error"]')!.textContent).to.include('strings');
      expect(submit(el).textContent!.trim()).to.equal('Submit');
      el.setAttribute('strings', '{"submit": "Send"}');
      await el.updateComplete;
      expect(submit(el).textContent!.trim()).to.equal('Send');
      expect(root(el).querySelector('[part="error"]')).to.equal(null);
    });
    expect(paths).to.deep.equal(['strings']);
    expect(logged[0]).to.match(/^<tension-survey> strings/);
  });

  it('never throws on junk types for points, tensions and roles: each is reported', async () => {
    const { logged, paths } = await recordErrors(async (wrap) => {
      const el = await add(wrap, { tensions: 'pace' });
      expect(() => {
        (el as unknown as { points: unknown }).points = Symbol('junk');
      }).not.to.throw();
      await el.updateComplete;
      expect(root(el).querySelector('[part="error"]')!.textContent).to.include('points');
      expect(sliders(el)[0]!.points).to.equal(7);
      el.points = 7;
      (el as unknown as { tensions: unknown }).tensions = { pace: true };
      (el as unknown as { roles: unknown }).roles = 42;
      await el.updateComplete;
      const message = root(el).querySelector('[part="error"]')!.textContent!;
      expect(message).to.include('tensions');
      expect(message).to.include('roles');
      expect(sliders(el)).to.have.length(7);
    });
    expect(paths).to.deep.equal(['points', 'tensions']);
    expect(logged.some((line) => line.startsWith('<tension-survey> points'))).to.equal(true);
  });
});
