import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/tension-survey/tension-survey.js';
import '../../../../src/components/gap-chart/gap-chart.js';
import '../../../../src/components/team-results/team-results.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import type { TeamResults } from '../../../../src/components/team-results/team-results.js';
import type { TensionSlider } from '../../../../src/components/tension-slider/tension-slider.js';
import { importResponses, toCSV } from '../../../../src/core/codec/index.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

/** One inline tension with English and Spanish text, between two built-in ones. */
const definition = {
  id: 'family-check-in',
  title: { en: 'Families and our schools', es: 'Las familias y nuestras escuelas' },
  introduction: { en: 'Three questions, five minutes.', es: 'Tres preguntas, cinco minutos.' },
  thankYou: { en: 'Thank you for your time!', es: '¡Gracias por su tiempo!' },
  roleQuestion: {
    label: { en: 'Your part in the school', es: 'Su papel en la escuela' },
    choices: [
      { en: 'Teacher', es: 'Docente' },
      { en: 'Parent', es: 'Familia' },
    ],
  },
  points: 5,
  tensions: [
    'pace',
    {
      id: 'family-voice',
      name: { en: 'Family voice', es: 'La voz de las familias' },
      question: {
        en: 'How much should families shape the plan?',
        es: '¿Cuánto deberían influir las familias en el plan?',
      },
      left: {
        label: { en: 'Informed', es: 'Informadas' },
        benefits: [{ en: 'Speed', es: 'Rapidez' }],
      },
      right: { label: { en: 'Co-designing', es: 'Codiseñando' } },
    },
    'flexibility',
  ],
};

const scriptChild = (value: unknown) =>
  Object.assign(document.createElement('script'), {
    type: 'application/json',
    textContent: JSON.stringify(value),
  });

/** A survey with `value` as its script child, inside `lang`, once its text is drawn. */
async function surveyWith(value: unknown, lang = 'en', attributes = '') {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
  // Parsed with its script child, as a page's markup is: the draft is read with the definition.
  const script = `<script type="application/json">${JSON.stringify(value)}</script>`;
  wrap.innerHTML = `<tension-survey ${attributes}>${script}</tension-survey>`;
  const el = wrap.querySelector('tension-survey')!;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('tension-slider, .config-error'));
  await el.updateComplete;
  return el;
}

const sliders = (el: TensionSurvey) => [
  ...el.shadowRoot!.querySelectorAll<TensionSlider>('tension-slider'),
];
const words = (node: Node | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** Places both markers of a slider with the keyboard. */
async function answerByKeys(slider: TensionSlider, keys: [string, string]) {
  await slider.updateComplete;
  const markers = slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
  markers[0]!.focus();
  await sendKeys({ press: keys[0] });
  markers[1]!.focus();
  await sendKeys({ press: keys[1] });
}

/** Answers the whole survey by keyboard and submits it; the response. */
async function answerAndSubmit(el: TensionSurvey): Promise<SurveyResponse> {
  const select = el.shadowRoot!.querySelector('select')!;
  select.focus();
  await sendKeys({ press: 'ArrowDown' }); // the first role
  select.dispatchEvent(new Event('change', { bubbles: true }));
  for (const slider of sliders(el)) await answerByKeys(slider, ['Home', 'End']);
  await el.updateComplete;
  const submitted = oneEvent(el, 'survey-submit');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.focus();
  await sendKeys({ press: 'Enter' });
  const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
  await el.updateComplete;
  return detail;
}

describe('<tension-survey> with a survey definition', () => {
  it('asks a custom tension between two built-in ones, submits it, and the gap chart names it after a CSV round trip', async () => {
    const el = await surveyWith(definition, 'en', 'layout="page" tensions="locus-of-control"');
    // The definition wins over the attributes.
    expect(sliders(el).map((slider) => slider.tension)).to.deep.equal([
      'pace',
      'family-voice',
      'flexibility',
    ]);
    const root = el.shadowRoot!;
    expect(words(root.querySelector('.title'))).to.equal('Families and our schools');
    expect(words(root.querySelector('.intro'))).to.equal('Three questions, five minutes.');
    expect(words(root.querySelector('label.row'))).to.include('Your part in the school');
    const custom = sliders(el)[1]!;
    await custom.updateComplete;
    expect(words(custom.shadowRoot)).to.include('Family voice');
    expect(words(custom.shadowRoot)).to.include('How much should families shape the plan?');
    expect(words(custom.shadowRoot)).to.include('Co-designing');
    expect(custom.points).to.equal(5);
    await expect(el).to.be.accessible();

    const response = await answerAndSubmit(el);
    expect(response.survey).to.equal('family-check-in');
    expect(response.role).to.equal('Teacher');
    expect(response.points).to.equal(5);
    expect(response.tensions).to.deep.equal({
      pace: { current: 1, desired: 5 },
      'family-voice': { current: 1, desired: 5 },
      flexibility: { current: 1, desired: 5 },
    });
    // The result names it, thanks the respondent and says what it does to the share code.
    const result = words(root.querySelector('[part="result"]'))!;
    expect(result).to.include('Thank you for your time!');
    expect(result).to.include('Family voice');
    expect(result).to.match(
      /This survey asks its own questions \(Family voice\).*\d+ characters longer/,
    );
    await expect(el).to.be.accessible();

    const csv = toCSV([response]);
    expect(csv.split('\r\n')[0]).to.include('family-voice.current');
    const imported = importResponses(csv);
    expect(imported.rejected).to.deep.equal([]);
    expect(imported.responses[0]!.tensions['family-voice']).to.deep.equal({
      current: 1,
      desired: 5,
    });

    const chart = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    chart.definition = definition;
    chart.responses = imported.responses;
    await chart.updateComplete;
    await chart.chartReady;
    const chartRoot = chart.shadowRoot!;
    const rows = [...chartRoot.querySelectorAll('tbody tr')].map((tr) =>
      words(tr.firstElementChild),
    );
    // In the survey's order, its own tension between the two built-in ones.
    expect(rows).to.deep.equal(['Pace', 'Family voice', 'Flexibility']);
    expect(words(chartRoot.querySelector('.summary'))).to.include('Family voice');
    expect(chart.toCSV()).to.include('Family voice');
    expect(chart.toCSV()).not.to.include('family-voice');
  });

  it('shows a custom tension by its id on a chart without a definition, and by name following the survey', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <tension-survey id="fam" layout="page"></tension-survey>
        <gap-chart for="fam"></gap-chart>
        <team-results></team-results>
      </div>`,
    );
    const survey = wrap.querySelector('tension-survey')!;
    survey.definition = JSON.stringify(definition); // JSON text works as the property too
    await survey.updateComplete;
    await waitUntil(() => survey.shadowRoot!.querySelector('tension-slider'));
    const response = await answerAndSubmit(survey);
    const chart = wrap.querySelector('gap-chart')!;
    chart.responses = [response];
    await chart.updateComplete;
    await waitUntil(() => chart.shadowRoot!.querySelector('tbody'));
    expect(words(chart.shadowRoot!.querySelector('tbody'))).to.include('Family voice');

    const board = wrap.querySelector<TeamResults>('team-results')!;
    board.responses = [response];
    await board.updateComplete;
    await waitUntil(() => board.shadowRoot!.textContent!.includes('family-voice'));
    board.definition = definition;
    await board.updateComplete;
    await waitUntil(() => board.shadowRoot!.textContent!.includes('Family voice'));
    const inner = board.shadowRoot!.querySelector('gap-chart')!;
    await inner.updateComplete;
    expect(words(inner.shadowRoot!.querySelector('tbody'))).to.include('Family voice');
  });

  it('reads the definition property (an object), and a script child changed later', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    await el.updateComplete;
    expect(sliders(el).map((s) => s.tension)).to.deep.equal(['pace']);
    el.append(scriptChild({ id: 'two', tensions: ['flexibility', 'model-type'] }));
    await waitUntil(() => sliders(el).length === 2, 'the script child is read');
    expect(sliders(el).map((s) => s.tension)).to.deep.equal(['flexibility', 'model-type']);
    el.definition = { id: 'three', tensions: ['sharing-learnings'] };
    await el.updateComplete;
    await waitUntil(() => sliders(el).length === 1);
    expect(sliders(el)[0]!.tension).to.equal('sharing-learnings');
    expect(el.activeDefinition?.id).to.equal('three');
  });

  it('shows a bad definition the house way: the field named in the element, the console and tk-error', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('tension-survey');
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const error = oneEvent(wrap, 'tk-error');
      el.definition = {
        ...definition,
        tensions: ['pace', { ...(definition.tensions[1] as object), left: { label: '' } }],
      } as never;
      wrap.append(el);
      const { detail } = (await error) as CustomEvent<{ path: string; message: string }>;
      expect(detail.path).to.equal('definition.tensions[1].left.label');
      await el.updateComplete;
      const message = words(el.shadowRoot!.querySelector('.config-error'))!;
      expect(message).to.include('definition.tensions[1].left.label');
      expect(message).to.include('This text is empty');
      expect(errors.join('\n')).to.include('definition.tensions[1].left.label');
      // A bad definition is not used: nothing to answer, nothing submitted by mistake.
      expect(sliders(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.disabled).to.equal(
        true,
      );
      expect(el.checkValidity()).to.equal(false);
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('asks a tension of its own called "constructor", which every object inherits', async () => {
    const own = definition.tensions[1] as Record<string, unknown>;
    const el = await surveyWith({
      ...definition,
      tensions: ['pace', { ...own, id: 'constructor' }],
    });
    expect(sliders(el).map((slider) => slider.tension)).to.deep.equal(['pace', 'constructor']);
    const response = await answerAndSubmit(el);
    expect(response.tensions.constructor).to.deep.equal({ current: 1, desired: 5 });
  });

  it('names the JSON mistake in a script child', async () => {
    const wrap = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('tension-survey');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ "id": "x", "tensions": ["pace",] }';
    el.append(script);
    const error = oneEvent(wrap, 'tk-error');
    wrap.append(el);
    const { detail } = (await error) as CustomEvent<{ path: string; message: string }>;
    expect(detail.path).to.equal('definition');
    expect(detail.message).to.include('not valid JSON');
  });

  it('speaks Spanish on a Spanish page, and marks the text it had to take in English', async () => {
    const el = await surveyWith(
      { ...definition, introduction: 'Three questions.', thankYou: { en: 'Thanks!' } },
      'es',
    );
    const root = el.shadowRoot!;
    expect(words(root.querySelector('.title'))).to.equal('Las familias y nuestras escuelas');
    expect(root.querySelector('.title')!.hasAttribute('lang')).to.equal(false);
    expect(words(root.querySelector('label.row'))).to.include('Su papel en la escuela');
    const options = [...root.querySelectorAll('option')].map((option) => words(option));
    expect(options).to.include('Docente');
    const custom = sliders(el)[1]!;
    await custom.updateComplete;
    expect(words(custom.shadowRoot)).to.include('La voz de las familias');
    expect(words(custom.shadowRoot)).to.include('Codiseñando');

    const fallback = await surveyWith(
      {
        ...definition,
        title: { en: 'Families and our schools' },
        tensions: [
          {
            ...(definition.tensions[1] as object),
            name: 'Family voice',
            question: { en: 'How much?' },
          },
        ],
      },
      'es',
    );
    const title = fallback.shadowRoot!.querySelector('.title')!;
    expect(title.getAttribute('lang')).to.equal('en');
    const slider = sliders(fallback)[0]!;
    expect(slider.getAttribute('lang')).to.equal(null); // its own words stay Spanish
    await slider.updateComplete;
    const marked = slider.shadowRoot!.querySelector('[part="label"][lang="en"]');
    expect(words(marked)).to.include('How much?');
    await expect(fallback).to.be.accessible();
  });

  it('marks every piece of a definition taken in another language, and our own words inside it', async () => {
    // A Spanish page; the district wrote its tension and role question in English only.
    const english = {
      id: 'english-only',
      roleQuestion: { label: { en: 'Your part' }, choices: [{ en: 'Teacher' }] },
      tensions: [
        {
          id: 'family-voice',
          name: { en: 'Family voice' },
          question: { en: 'How much should families shape the plan?' },
          left: { label: { en: 'Informed' }, benefits: [{ en: 'Speed' }] },
          right: { label: { en: 'Co-designing' }, benefits: [{ en: 'Trust' }] },
        },
      ],
    };
    const el = await surveyWith(english, 'es', 'layout="page"');
    const root = el.shadowRoot!;
    expect(words(root.querySelector('label.row [lang="en"]'))).to.equal('Your part');
    const slider = sliders(el)[0]!;
    await slider.updateComplete;
    expect(words(slider.shadowRoot!.querySelector('.ben[lang="en"]'))).to.include('Speed');
    // Required (as the steps layout makes it): "(obligatorio)" in Spanish inside the English question.
    slider.required = true;
    await slider.updateComplete;
    const note = slider.shadowRoot!.querySelector('[part="label"][lang="en"] [lang="es"]');
    expect(words(note) ?? '').to.match(/\S/);
    await expect(el).to.be.accessible();

    // The steps layout's headings: the role step and the tension's step.
    const stepped = await surveyWith(english, 'es', 'layout="steps"');
    const title = () => stepped.shadowRoot!.querySelector('h2')!;
    expect(words(title().querySelector('[lang="en"]'))).to.equal('Your part');

    // The results board's prompts: the tension's name and both sides' benefits.
    const response = (current: number, desired: number, id: string): SurveyResponse => ({
      version: 1,
      id,
      survey: 'english-only',
      submittedAt: '2026-11-30T05:00:00.000Z',
      locale: 'es',
      tensions: { 'family-voice': { current, desired } },
    });
    const wrap = await fixture<HTMLElement>(
      html`<div lang="es"><team-results></team-results></div>`,
    );
    const board = wrap.querySelector<TeamResults>('team-results')!;
    board.definition = english;
    board.responses = [response(1, 7, 'a'), response(2, 7, 'b'), response(1, 6, 'c')];
    await board.updateComplete;
    await waitUntil(() => board.shadowRoot!.querySelector('.prompt'), 'a prompt for the gap');
    const prompt = board.shadowRoot!.querySelector('.prompt')!;
    expect(words(prompt.querySelector('[lang="en"]'))).to.equal('Family voice');
    expect(words(prompt.querySelector('.poles[lang="en"]'))).to.include('Trust');
  });

  it('asks a custom tension in the steps layout, titled by its name', async () => {
    const el = await surveyWith(definition, 'en', 'layout="steps"');
    const title = () => words(el.shadowRoot!.querySelector('h2[tabindex]'));
    expect(title()).to.equal('Your part in the school');
    const next = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'Teacher';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    await answerByKeys(sliders(el)[0]!, ['Home', 'End']);
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    expect(title()).to.equal('Family voice');
  });

  it('shows the chosen role in the page’s language in the steps review, and submits its English value', async () => {
    const el = await surveyWith(
      { id: 'one', roleQuestion: definition.roleQuestion, tensions: ['pace'] },
      'es',
      'layout="steps"',
    );
    const next = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.nav button')].at(-1)!;
    const select = el.shadowRoot!.querySelector('select')!;
    select.value = 'Teacher';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    await answerByKeys(sliders(el)[0]!, ['Home', 'End']);
    await el.updateComplete;
    next().click();
    await el.updateComplete;
    const review = words(el.shadowRoot!.querySelector('ol, ul'))!;
    expect(review).to.include('Su papel en la escuela: Docente');
    const submitted = oneEvent(el, 'survey-submit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.role).to.equal('Teacher');
  });

  it('says there is no share code when the custom tensions would make it too long, and offers the files', async () => {
    const many = Array.from({ length: 34 }, (_, index) => ({
      id: `question-${String(index).padStart(2, '0')}-${'x'.repeat(50)}`,
      name: `Question ${index + 1}`,
      question: `Where are we on question ${index + 1}?`,
      left: { label: 'Less' },
      right: { label: 'More' },
    }));
    const el = await surveyWith({ id: 'long', tensions: many }, 'en', 'layout="page"');
    for (const slider of sliders(el)) {
      [slider.current, slider.desired] = [2, 4];
      slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    const submitted = oneEvent(el, 'survey-submit');
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await submitted;
    await el.updateComplete;
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    expect(result.querySelector('input[readonly]')).to.equal(null);
    expect(words(result.querySelector('.code-note'))).to.match(
      /^No share code: this survey's own questions \(Question 1, Question 2, .*\) would make it too long\. Download the JSON or CSV below/,
    );
    expect(result.querySelector('a[download$=".csv"]')).to.exist;
  });

  it('keeps a draft of a custom tension’s answers (persist)', async () => {
    const first = await surveyWith(definition, 'en', 'persist="def-draft" layout="page"');
    await answerByKeys(sliders(first)[1]!, ['Home', 'End']);
    await first.updateComplete;
    await aTimeout(50);
    const again = await surveyWith(definition, 'en', 'persist="def-draft" layout="page"');
    await waitUntil(() => sliders(again)[1]?.current === 1, 'the draft is restored');
    expect(sliders(again)[1]!.desired).to.equal(5);
    localStorage.clear();
  });
});
