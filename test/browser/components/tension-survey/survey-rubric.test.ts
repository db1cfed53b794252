import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import type { StageRubric } from '../../../../src/components/stage-rubric/stage-rubric.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

/** A two-dimension rubric, so keyboard walks stay short. */
const SMALL = JSON.stringify({
  id: 'classroom',
  title: 'Classroom conditions',
  groups: [{ id: 'practice', title: 'Practice' }],
  dimensions: ['feedback', 'planning'].map((id) => ({
    id,
    group: 'practice',
    title: id === 'feedback' ? 'Feedback' : 'Planning',
    descriptors: {
      exploring: `${id}: rare.`,
      emerging: `${id}: in some classrooms.`,
      proficient: `${id}: in most classrooms.`,
      breakthrough: `${id}: students lead it.`,
    },
  })),
});

/** The rubric section, once its lazily loaded element has rendered. */
async function rubricOf(el: TensionSurvey): Promise<StageRubric> {
  await waitUntil(() => el.shadowRoot!.querySelector('stage-rubric'), 'no rubric section', {
    timeout: 10_000,
  });
  const rubric = el.shadowRoot!.querySelector('stage-rubric')!;
  await rubric.updateComplete;
  await el.updateComplete;
  return rubric;
}

const radios = (rubric: StageRubric, dimension: string) => [
  ...rubric.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${dimension}"]`),
];
const notes = (rubric: StageRubric) => [
  ...rubric.shadowRoot!.querySelectorAll<HTMLTextAreaElement>('textarea'),
];
const text = (el: TensionSurvey) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/** Places both markers of the survey's first slider with the keyboard. */
async function answerPace(el: TensionSurvey) {
  const slider = el.shadowRoot!.querySelector('tension-slider')!;
  const markers = slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
  markers[0]!.focus();
  await sendKeys({ press: 'Home' });
  markers[1]!.focus();
  await sendKeys({ press: 'End' });
}

/** The survey's deepest focused element, through the nested shadow roots. */
function focused(el: TensionSurvey): Element | null {
  let active: Element | null = el.shadowRoot!.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

afterEach(() => localStorage.clear());

describe('<tension-survey rubric>', () => {
  it('adds the district rubric as a final section, unnamed, optional by default; passes axe light and dark', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <tension-survey tensions="pace" rubric></tension-survey>
        <tension-survey tensions="pace"></tension-survey>
      </div>`,
    );
    const [el, plain] = wrap.querySelectorAll('tension-survey');
    const rubric = await rubricOf(el!);
    expect(el!.shadowRoot!.lastElementChild).not.to.equal(rubric);
    expect([...el!.shadowRoot!.querySelectorAll('tension-slider, stage-rubric')].pop()).to.equal(
      rubric,
    );
    expect(rubric.name).to.equal('');
    expect(rubric.unrated).to.have.length(12);
    expect(rubric.unrated[0]).to.equal('Shared vision');
    expect(text(el!)).to.include('0 of 1 answered');
    expect(text(el!)).to.include('Rubric (optional): 0 of 12 rated');
    await aTimeout(0);
    expect(plain!.shadowRoot!.querySelector('stage-rubric')).to.equal(null);
    await expect(wrap).to.be.accessible();

    wrap.setAttribute('style', 'color-scheme: dark; background: Canvas; color: CanvasText');
    expect(getComputedStyle(rubric).color).to.equal('rgb(230, 232, 235)');
    await expect(wrap).to.be.accessible();

    // Optional: the tensions alone complete it, and the response has no rubric key.
    await answerPace(el!);
    const submitted = oneEvent(el!, 'survey-submit');
    el!.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.tensions.pace).to.deep.equal({ current: 1, desired: 7 });
    expect(detail).not.to.have.property('rubric');
  });

  it('rates with the keyboard, keeps evidence (also before a stage) through a reload, and submits the ratings', async () => {
    const make = () =>
      fixture<HTMLFormElement>(
        html`<form @submit=${(e: Event) => e.preventDefault()}>
          <tension-survey
            name="survey"
            persist="r1"
            tensions="pace"
            rubric="district"
          ></tension-survey>
        </form>`,
      );
    let form = await make();
    let el = form.querySelector('tension-survey')!;
    let rubric = await rubricOf(el);
    await answerPace(el);
    radios(rubric, 'shared-vision')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' }); // emerging
    await sendKeys({ press: 'Tab' }); // its evidence
    await sendKeys({ type: 'Board adopted the vision' });
    radios(rubric, 'roadmap')[0]!.focus();
    await sendKeys({ press: 'Tab' }); // roadmap's evidence, with no stage chosen yet
    await sendKeys({ type: 'Draft roadmap only' });
    await el.updateComplete;
    expect(text(el)).to.include('Rubric (optional): 1 of 12 rated');
    const stored = JSON.parse(localStorage.getItem('tensionkit:r1')!);
    expect(stored.rubric).to.deep.equal({
      'shared-vision': { stage: 'emerging', evidence: 'Board adopted the vision' },
      roadmap: { evidence: 'Draft roadmap only' },
    });
    form.remove();

    form = await make();
    el = form.querySelector('tension-survey')!;
    rubric = await rubricOf(el);
    expect(radios(rubric, 'shared-vision')[1]!.checked).to.equal(true);
    expect(
      notes(rubric)
        .map((n) => n.value)
        .slice(0, 2),
    ).to.deep.equal(['Board adopted the vision', 'Draft roadmap only']);
    expect(rubric.draft.roadmap).to.deep.equal({ evidence: 'Draft roadmap only' });
    expect(text(el)).to.include('1 of 1 answered');
    expect(text(el)).to.include('Rubric (optional): 1 of 12 rated');

    // The form field already carries the restored ratings.
    const before = JSON.parse(new FormData(form).get('survey') as string);
    expect(before.rubric).to.deep.equal({
      'shared-vision': { stage: 'emerging', evidence: 'Board adopted the vision' },
    });

    radios(rubric, 'roadmap')[0]!.focus();
    await sendKeys({ press: ' ' }); // Space: exploring, keeping the note typed earlier
    const submitted = oneEvent(el, 'survey-submit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    const ratings = {
      'shared-vision': { stage: 'emerging', evidence: 'Board adopted the vision' },
      roadmap: { stage: 'exploring', evidence: 'Draft roadmap only' },
    };
    expect(detail.rubric).to.deep.equal(ratings);
    expect(el.response).to.deep.equal(detail);
    await el.updateComplete;
    expect(JSON.parse(new FormData(form).get('survey') as string)).to.deep.equal(detail);
    expect(text(el)).to.include('Rubric: you rated 2 of 12 conditions');
    expect(localStorage.getItem('tensionkit:r1')).to.equal(null);

    form.reset();
    rubric = await rubricOf(el);
    expect(rubric.draft).to.deep.equal({});
    expect(radios(rubric, 'shared-vision').some((r) => r.checked)).to.equal(false);
  });

  it('with rubric-required, counts each dimension, names the unrated ones and focuses the first', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" rubric=${SMALL} rubric-required></tension-survey>`,
    );
    const rubric = await rubricOf(el);
    expect(text(el)).to.include('0 of 3 answered');
    expect(text(el)).not.to.include('Rubric (optional)');
    await answerPace(el);
    radios(rubric, 'planning')[0]!.focus();
    await sendKeys({ press: 'ArrowRight' }); // planning: emerging
    await el.updateComplete;
    expect(text(el)).to.include('2 of 3 answered');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.err')!.textContent).to.include(
      'Please answer: Feedback.',
    );
    expect(focused(el)).to.equal(radios(rubric, 'feedback')[0]);
    expect(el.response).to.equal(null);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'ArrowRight' }); // feedback: emerging
    await sendKeys({ press: 'ArrowRight' }); // feedback: proficient
    await el.updateComplete;
    expect(text(el)).to.include('3 of 3 answered');
    expect(el.shadowRoot!.querySelector('.err')).to.equal(null);
    const submitted = oneEvent(el, 'survey-submit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.rubric).to.deep.equal({
      feedback: { stage: 'proficient' },
      planning: { stage: 'emerging' },
    });
  });

  it('can be tabbed through with the keyboard alone, rubric included', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace" roles="Teacher" rubric=${SMALL}></tension-survey>`,
    );
    const rubric = await rubricOf(el);
    el.shadowRoot!.querySelector('select')!.focus();
    await sendKeys({ press: 'ArrowDown' }); // Teacher
    await sendKeys({ press: 'Tab' }); // pace: where we are
    await sendKeys({ press: 'ArrowLeft' }); // 4, the middle: the first press places it
    await sendKeys({ press: 'ArrowLeft' }); // 3
    await sendKeys({ press: 'Tab' }); // pace: where we should be
    await sendKeys({ press: 'End' }); // 7
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' }); // two Unsure boxes, details
    expect(focused(el)).to.equal(radios(rubric, 'feedback')[0]);
    await sendKeys({ press: 'ArrowRight' }); // feedback: emerging
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(notes(rubric)[0]);
    await sendKeys({ type: 'Exit tickets in grade 6' });
    await sendKeys({ press: 'Tab' }); // target
    await sendKeys({ press: 'Tab' }); // planning: its stages, one tab stop
    expect(focused(el)).to.equal(radios(rubric, 'planning')[0]);
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Tab' }); // its evidence, target; submit
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('[part="submit"]'));
    const submitted = oneEvent(el, 'survey-submit');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.role).to.equal('Teacher');
    expect(detail.tensions.pace).to.deep.equal({ current: 3, desired: 7 });
    expect(detail.rubric).to.deep.equal({
      feedback: { stage: 'emerging', evidence: 'Exit tickets in grade 6' },
    });
  });

  it('sets aside a stored draft whose rubric part does not parse, and shows the rubric empty', async () => {
    const bad = '{"v":1,"answers":{},"rubric":{"roadmap":{"stage":"expert"}}}';
    localStorage.setItem('tensionkit:r2', bad);
    // The contract's error path: console.error naming the path, and tk-error.
    const logged: string[] = [];
    const original = console.error;
    console.error = (message: string) => logged.push(message);
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const errors: string[] = [];
    wrap.addEventListener('tk-error', (e) => errors.push(e.detail.message));
    try {
      const el = document.createElement('tension-survey');
      el.setAttribute('persist', 'r2');
      el.setAttribute('tensions', 'pace');
      el.setAttribute('rubric', '');
      wrap.append(el);
      const rubric = await rubricOf(el);
      expect(rubric.draft).to.deep.equal({});
    } finally {
      console.error = original;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('rubric.roadmap.stage');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^<tension-survey> persist: /);
    expect(logged[0]).to.include('tensionkit:r2:unreadable');
    expect(localStorage.getItem('tensionkit:r2:unreadable')).to.equal(bad);
  });

  it('shows an unknown rubric id as the rubric configuration error, without throwing', async () => {
    const original = console.error;
    const logged: string[] = [];
    console.error = (message: string) => logged.push(message);
    try {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const paths: string[] = [];
      wrap.addEventListener('tk-error', (e) => paths.push(e.detail.path));
      const el = document.createElement('tension-survey');
      el.setAttribute('tensions', 'pace');
      el.setAttribute('rubric', 'nope');
      wrap.append(el);
      const rubric = await rubricOf(el);
      expect(rubric.shadowRoot!.querySelector('.config-error')!.textContent).to.include('"nope"');
      expect(paths).to.deep.equal(['rubric']);
      expect(logged[0]).to.include('<stage-rubric> rubric');
      expect(el.shadowRoot!.querySelectorAll('tension-slider')).to.have.length(1);
    } finally {
      console.error = original;
    }
  });
});
