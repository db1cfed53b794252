import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { Chart } from 'chart.js';
import '../../../../src/components/stage-rubric/stage-rubric.js';
import type { StageRubric } from '../../../../src/components/stage-rubric/stage-rubric.js';
import { DISTRICT_DIMENSION_IDS } from '../../../../src/core/catalog/rubric.js';
import { STAGE_IDS } from '../../../../src/core/schema.js';
import { rubricResponses } from '../../../fixtures/rubric-team.js';

// A small harness so the tests read as what a user does.
const $ = <T extends Element = HTMLElement>(el: StageRubric, selector: string) =>
  el.shadowRoot!.querySelector<T & Element>(selector)!;
const $$ = <T extends Element = HTMLElement>(el: StageRubric, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T & Element>(selector),
];
const radio = (el: StageRubric, dimension: string, stage: string) =>
  $<HTMLInputElement>(el, `input[name="${dimension}"][value="${stage}"]`);
const text = (el: StageRubric) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

function captureErrors() {
  const original = console.error;
  const messages: string[] = [];
  console.error = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.error = original) };
}

const BROKEN = JSON.stringify({
  id: 'mini',
  title: 'A small rubric',
  groups: [{ id: 'g', title: 'Group' }],
  dimensions: [
    {
      id: 'vision',
      group: 'g',
      title: 'Vision',
      descriptors: { exploring: 'a', emerging: '', proficient: 'c', breakthrough: 'd' },
    },
  ],
});

describe('<stage-rubric>', () => {
  afterEach(async () => {
    await setViewport({ width: 1000, height: 800 });
  });

  it('renders the district rubric with four stage choices per dimension and passes axe', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    await expect(el).to.be.accessible();
    expect($$(el, 'fieldset.dim')).to.have.length(DISTRICT_DIMENSION_IDS.length);
    expect($$(el, 'input[name="shared-vision"]')).to.have.length(4);
    expect($$(el, 'h3').map((h) => h.textContent)).to.include('Orient: set a shared direction');
    expect(text(el)).to.include('Rated: 0 of 12');
    expect(el.value).to.deep.equal({});
  });

  it('shows a partly and a fully rated rubric with its summary, and passes axe in both', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    el.value = {
      'shared-vision': { stage: 'emerging', target: 'proficient', evidence: 'Draft shared.' },
      roadmap: { stage: 'proficient', target: 'proficient' },
    };
    await el.updateComplete;
    expect(radio(el, 'shared-vision', 'emerging').checked).to.equal(true);
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Draft shared.');
    expect(text(el)).to.include('Rated: 2 of 12');
    expect(text(el)).to.include('Below target: 1 of 2 (stages to climb: 1).');
    await expect(el).to.be.accessible();
    el.value = Object.fromEntries(
      DISTRICT_DIMENSION_IDS.map((id) => [id, { stage: 'breakthrough' }]),
    );
    await el.updateComplete;
    expect(text(el)).to.include('Rated: 12 of 12');
    expect(text(el)).to.include('Breakthrough: 12');
    await expect(el).to.be.accessible();
  });

  it('rates every dimension with the keyboard alone', async () => {
    const el = await fixture<StageRubric>(
      html`<div><button>before</button><stage-rubric></stage-rubric></div>`,
    ).then((div) => div.querySelector('stage-rubric')!);
    await el.updateComplete;
    div(el).querySelector('button')!.focus();
    for (const _ of DISTRICT_DIMENSION_IDS) {
      await sendKeys({ press: 'Tab' }); // into the stage group: one tab stop
      await sendKeys({ press: 'ArrowRight' }); // from exploring (focused, not chosen) to emerging
      await sendKeys({ press: 'Tab' }); // evidence
      await sendKeys({ press: 'Tab' }); // target
    }
    expect(Object.keys(el.value)).to.deep.equal([...DISTRICT_DIMENSION_IDS]);
    expect(Object.values(el.value).every((r) => r.stage === 'emerging')).to.equal(true);
    expect(text(el)).to.include('Emerging: 12');
  });

  it('fires change and rubric-change on interaction only, never on property sets', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    let count = 0;
    el.addEventListener('rubric-change', () => count++);
    el.addEventListener('change', () => count++);
    el.value = { roadmap: { stage: 'emerging' } };
    el.rubric = 'district';
    await el.updateComplete;
    expect(count).to.equal(0);
    setTimeout(() => radio(el, 'roadmap', 'proficient').click());
    const event = await oneEvent(el, 'rubric-change');
    expect(event.detail).to.deep.equal({ dimension: 'roadmap', stage: 'proficient' });
    expect(event.composed && event.bubbles).to.equal(true);
    expect(count).to.equal(2);
    const select = $$<HTMLSelectElement>(el, 'select')[1]!; // roadmap's target
    select.value = 'breakthrough';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    const targeted = await oneEvent(el, 'rubric-change');
    expect(targeted.detail).to.deep.equal({
      dimension: 'roadmap',
      stage: 'proficient',
      target: 'breakthrough',
    });
    expect(el.value.roadmap).to.deep.equal({ stage: 'proficient', target: 'breakthrough' });
  });

  it('keeps evidence typed before and after a stage is chosen', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    const area = $<HTMLTextAreaElement>(el, 'textarea');
    area.focus();
    await sendKeys({ type: 'Vision posted in every school' });
    await el.updateComplete;
    expect(el.value).to.deep.equal({}); // no stage yet: not a rating
    radio(el, 'shared-vision', 'proficient').click();
    await el.updateComplete;
    expect(el.value['shared-vision']).to.deep.equal({
      stage: 'proficient',
      evidence: 'Vision posted in every school',
    });
    expect($<HTMLTextAreaElement>(el, 'textarea').value).to.equal('Vision posted in every school');
    // A host keeping a local draft gets notes without a stage too, and can put them back.
    const note = { roadmap: { evidence: 'Plan due in May' } };
    el.draft = { ...el.draft, ...note };
    await el.updateComplete;
    expect(el.draft.roadmap).to.deep.equal(note.roadmap);
    expect(el.value.roadmap).to.equal(undefined);
    expect($$<HTMLTextAreaElement>(el, 'textarea')[1]!.value).to.equal('Plan due in May');
  });

  it('lets no inner native event out: typing evidence, picking a stage or a target', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    // Every event that reaches the host must be one the element fired itself (declared), not an
    // inner control's composed event retargeted to the host.
    const seen: { type: string; origin: EventTarget | undefined }[] = [];
    for (const type of ['input', 'change', 'rubric-change'])
      el.addEventListener(type, (e) => seen.push({ type, origin: e.composedPath()[0] }));
    $<HTMLTextAreaElement>(el, 'textarea').focus();
    await sendKeys({ type: 'Posted' });
    const typed = seen.filter((event) => event.type === 'input');
    expect(typed).to.have.length(6); // one per character, fired by the element
    expect(typed.every((event) => event.origin === el)).to.equal(true);
    radio(el, 'shared-vision', 'emerging').click();
    const select = $$<HTMLSelectElement>(el, 'select')[0]!;
    select.value = 'proficient';
    select.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    select.dispatchEvent(new Event('change'));
    const declared = ['input', 'change', 'rubric-change'];
    const fromInside = seen.filter((event) => declared.includes(event.type) && event.origin !== el);
    expect(fromInside).to.deep.equal([]);
    expect(seen.filter((event) => event.type === 'rubric-change')).to.have.length(2);
    expect(el.value['shared-vision']).to.deep.equal({
      stage: 'emerging',
      target: 'proficient',
      evidence: 'Posted',
    });
  });

  it('submits the ratings as JSON under its name, validates required, resets and restores', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <stage-rubric name="rubric" required></stage-rubric>
      </form>`,
    );
    const el = form.querySelector('stage-rubric')!;
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(false);
    expect(el.validationMessage).to.include('Shared vision');
    el.value = { 'shared-vision': { stage: 'emerging', evidence: 'Posted.' } };
    await el.updateComplete;
    expect(el.validationMessage).to.include('Roadmap for change');
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect($(el, '.err').textContent).to.include('Roadmap for change');
    await expect(el).to.be.accessible();
    const data = JSON.parse(new FormData(form).get('rubric') as string);
    expect(data).to.deep.equal({ 'shared-vision': { stage: 'emerging', evidence: 'Posted.' } });

    el.value = Object.fromEntries(DISTRICT_DIMENSION_IDS.map((id) => [id, { stage: 'exploring' }]));
    await el.updateComplete;
    expect(el.checkValidity()).to.equal(true);
    expect(Object.keys(JSON.parse(new FormData(form).get('rubric') as string))).to.have.length(12);

    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal({});
    expect(radio(el, 'roadmap', 'exploring').checked).to.equal(false);

    el.formStateRestoreCallback(
      JSON.stringify({ roadmap: { stage: 'emerging' }, ownership: { evidence: 'x' } }),
    );
    await el.updateComplete;
    expect(el.value).to.deep.equal({ roadmap: { stage: 'emerging' } });
    expect(
      $$<HTMLTextAreaElement>(el, 'textarea')[DISTRICT_DIMENSION_IDS.indexOf('ownership')]!.value,
    ).to.equal('x');
  });

  it('focuses the first unrated dimension', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    el.value = { 'shared-vision': { stage: 'emerging' } };
    await el.updateComplete;
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'roadmap', 'exploring'));
  });

  it('shows the contract error for a malformed inline rubric, naming the dimension and field', async () => {
    const errors = captureErrors();
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = document.createElement('stage-rubric');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = BROKEN;
      el.append(script);
      const errorEvent = oneEvent(wrap, 'tk-error');
      wrap.append(el);
      const { detail } = await errorEvent;
      await el.updateComplete;
      expect(detail.path).to.equal('dimensions[0].descriptors.emerging');
      expect(detail.message).to.include('Dimension "vision"');
      expect($(el, '[role="alert"]').textContent).to.include('dimensions[0].descriptors.emerging');
      expect(errors.messages.join()).to.include('dimensions[0].descriptors.emerging');
      await expect(el).to.be.accessible();
      expect(() => (el.value = { vision: { stage: 'emerging' } })).not.to.throw();
    } finally {
      errors.restore();
    }
  });

  it('reports JSON that does not parse and an unknown built-in id; a valid JSON rubric renders', async () => {
    const errors = captureErrors();
    try {
      const el = await fixture<StageRubric>(
        html`<stage-rubric rubric='{"id": "x",'></stage-rubric>`,
      );
      expect($(el, '[role="alert"]').textContent).to.include('not valid JSON');
      el.rubric = 'nope';
      await el.updateComplete;
      expect($(el, '[role="alert"]').textContent).to.include('"nope" is not a built-in rubric');
      el.rubric = JSON.parse(BROKEN.replace('"emerging":""', '"emerging":"b"'));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect($$(el, 'fieldset.dim')).to.have.length(1);
      expect(text(el)).to.include('A small rubric');
    } finally {
      errors.restore();
    }
  });

  it('speaks Spanish under lang="es" and passes axe', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div lang="es"><stage-rubric></stage-rubric></div>`,
    );
    const el = wrap.querySelector('stage-rubric')!;
    await el.updateComplete;
    expect(text(el)).to.include('Explorando');
    expect(text(el)).to.include('Evidencia (opcional)');
    expect(text(el)).to.include('Visión compartida');
    await expect(el).to.be.accessible();
  });

  it('stacks the stages on a narrow screen and lays them in a row on a wide one', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    const columns = () => getComputedStyle($(el, '.stages')).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(4);
    await setViewport({ width: 360, height: 800 });
    await aTimeout(50);
    expect(columns()).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('shows a team distribution as a chart with a summary, and as a table; axe passes in both', async () => {
    const el = await fixture<StageRubric>(html`<stage-rubric mode="team"></stage-rubric>`);
    el.responses = [...rubricResponses(25, { targets: true }), { not: 'a response' }];
    await waitUntil(
      () =>
        el.shadowRoot!.querySelector('canvas') &&
        Chart.getChart(el.shadowRoot!.querySelector('canvas')!),
      'chart drawn',
      { timeout: 10000 },
    );
    const chart = Chart.getChart($<HTMLCanvasElement>(el, 'canvas'))!;
    expect(chart.data.datasets).to.have.length(4);
    expect(chart.data.labels).to.have.length(12);
    const shares = STAGE_IDS.map((_, i) => chart.data.datasets[i]!.data[0] as number);
    expect(shares.reduce((a, b) => a + b, 0)).to.be.within(99, 101);
    expect(text(el)).to.include('Responses: 25');
    expect(text(el)).to.include('could not be read: 1');
    expect($$(el, '.lines li')).to.have.length(12);
    expect($$(el, '.lines li')[0]!.textContent).to.match(
      /^Shared vision: most at \w+ \(7 of 25\); median \w+\.$/,
    );
    await expect(el).to.be.accessible();

    $<HTMLButtonElement>(el, '.team button').click();
    await el.updateComplete;
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(12);
    expect(rows[0]!.querySelector('th')!.textContent!.trim()).to.equal('Shared vision');
    expect(rows[0]!.lastElementChild!.textContent!.trim()).to.equal('25');
    await expect(el).to.be.accessible();

    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    el.remove();
    expect(Chart.getChart(canvas)).to.equal(undefined);
  });

  it('has no form value in team mode and redraws when the responses change', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><stage-rubric mode="team" name="r" required></stage-rubric></form>`,
    );
    const el = form.querySelector('stage-rubric')!;
    el.responses = rubricResponses(3, { targets: true });
    await waitUntil(() => text(el).includes('Responses: 3'));
    expect(el.checkValidity()).to.equal(true);
    expect(new FormData(form).has('r')).to.equal(false);
    el.responses = rubricResponses(5, { targets: true });
    await waitUntil(() => text(el).includes('Responses: 5'));
  });

  it('keeps one team chart on the shared lifecycle: updated in place, rebuilt after a mode switch, destroyed on removal', async () => {
    const live = () => Object.keys(Chart.instances).length;
    const before = live();
    const el = await fixture<StageRubric>(html`<stage-rubric mode="team"></stage-rubric>`);
    el.responses = rubricResponses(25, { targets: true });
    const drawn = () => {
      const canvas = el.shadowRoot!.querySelector('canvas');
      return canvas ? Chart.getChart(canvas) : undefined;
    };
    await waitUntil(drawn, 'chart drawn', { timeout: 10000 });
    const first = drawn()!;
    expect(live()).to.equal(before + 1);
    const share = () => drawn()!.data.datasets[0]!.data[0] as number;
    const shareOf25 = share();

    // New responses: the same chart, with the new shares.
    el.responses = rubricResponses(1, { targets: true });
    await waitUntil(() => text(el).includes('Responses: 1'));
    await el.updateComplete;
    expect(drawn()).to.equal(first);
    expect(share()).to.not.equal(shareOf25);
    expect(live()).to.equal(before + 1);

    // Rating mode has no canvas: the chart goes; back in team mode, one is built again.
    const canvas = $<HTMLCanvasElement>(el, 'canvas');
    el.mode = 'rate';
    await el.updateComplete;
    expect(Chart.getChart(canvas)).to.equal(undefined);
    expect(live()).to.equal(before);
    el.mode = 'team';
    await waitUntil(() => drawn() && drawn() !== first, 'chart drawn again', { timeout: 10000 });
    expect(live()).to.equal(before + 1);

    el.remove();
    expect(live()).to.equal(before);
  });
});

function div(el: Element) {
  return el.parentElement!;
}
