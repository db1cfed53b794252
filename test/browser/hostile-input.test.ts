import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/gap-chart/gap-chart.js';
import '../../src/components/stage-rubric/stage-rubric.js';
import '../../src/components/team-results/team-results.js';
import '../../src/components/tension-slider/tension-slider.js';
import type { GapChart } from '../../src/components/gap-chart/gap-chart.js';
import type { StageRubric } from '../../src/components/stage-rubric/stage-rubric.js';
import type { TeamResults } from '../../src/components/team-results/team-results.js';
import type { TensionSlider } from '../../src/components/tension-slider/tension-slider.js';
import { DISTRICT_DIMENSION_IDS } from '../../src/core/catalog/rubric.js';
import type { TkErrorDetail } from '../../src/internal/events.js';
import { fixtureBaseline, fixtureTeam } from '../fixtures/gap-team.js';

const shown = (el: LitElement, selector: string) => el.shadowRoot!.querySelector(selector);
const errorBox = (el: LitElement) => shown(el, '[part~="error"]');

/**
 * Sets a bad value and checks the contract: the setter does not throw, and the element reports
 * the path on the console, in a `tk-error` event and in a visible message.
 */
async function expectReported(el: LitElement, path: string, setBad: () => void) {
  const logged: string[] = [];
  const events: TkErrorDetail[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => logged.push(args.map((arg) => String(arg)).join(' '));
  const listener = (event: CustomEvent<TkErrorDetail>) => events.push(event.detail);
  el.addEventListener('tk-error', listener);
  try {
    expect(setBad).not.to.throw();
    await el.updateComplete;
  } finally {
    console.error = original;
    el.removeEventListener('tk-error', listener);
  }
  expect(
    logged.some((line) => line.includes(path)),
    logged.join('\n'),
  ).to.be.true;
  expect(events.map((detail) => detail.path)).to.include(path);
  expect(errorBox(el)?.textContent).to.contain(path);
  return events;
}

describe('setters never throw: bad input is reported, and the element keeps working', () => {
  it('<tension-slider>: current = Object.create(null)', async () => {
    const slider = await fixture<TensionSlider>(
      html`<tension-slider tension="pace"></tension-slider>`,
    );
    await expectReported(slider, 'current', () => {
      slider.current = Object.create(null);
    });
    expect(() => slider.current).not.to.throw();
    slider.current = 3;
    await slider.updateComplete;
    expect(errorBox(slider)).to.equal(null);
    expect(slider.current).to.equal(3);
    const marker = shown(slider, '.m0')!;
    expect(marker.getAttribute('aria-valuenow')).to.equal('3');
    expect(marker.getAttribute('tabindex')).to.equal('0');
  });

  it('<stage-rubric>: value = 3', async () => {
    const rubric = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    await expectReported(rubric, 'value', () => {
      (rubric as unknown as { value: unknown }).value = 3;
    });
    expect(() => rubric.value).not.to.throw();
    const [first] = DISTRICT_DIMENSION_IDS;
    rubric.value = { [first!]: { stage: 'emerging' } };
    await rubric.updateComplete;
    expect(errorBox(rubric)).to.equal(null);
    expect(rubric.value).to.deep.equal({ [first!]: { stage: 'emerging' } });
    const radio = shown(rubric, `input[name="${first}"][value="emerging"]`) as HTMLInputElement;
    expect(radio.checked).to.be.true;
  });

  it('<stage-rubric>: a __proto__ key in value is refused and cannot swap the prototype', async () => {
    const rubric = await fixture<StageRubric>(html`<stage-rubric></stage-rubric>`);
    const [first] = DISTRICT_DIMENSION_IDS;
    const hostile = JSON.parse(`{"__proto__": {"${first}": {"stage": "emerging"}}}`);
    await expectReported(rubric, 'value.__proto__', () => {
      rubric.value = hostile;
    });
    expect(Object.getPrototypeOf(rubric.value)).to.equal(Object.prototype);
    expect(rubric.value).to.deep.equal({});
    expect(({} as Record<string, unknown>)[first!]).to.equal(undefined);
    const radios = [...rubric.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.some((radio) => radio.checked)).to.be.false;
    rubric.draft = JSON.parse('{"__proto__": {"stage": "emerging"}}');
    await rubric.updateComplete;
    expect(Object.keys(rubric.draft)).to.deep.equal([]);
    expect((rubric.draft as Record<string, unknown>).stage).to.equal(undefined);
  });

  it('<gap-chart>: baseline = NaN', async () => {
    const chart = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    chart.responses = fixtureTeam();
    await expectReported(chart, 'baseline', () => {
      (chart as unknown as { baseline: unknown }).baseline = NaN;
    });
    chart.baseline = fixtureBaseline();
    await chart.updateComplete;
    expect(errorBox(chart)).to.equal(null);
    expect(chart.data.baselineRespondents).to.be.greaterThan(0);
  });

  it("<gap-chart>: responses = 'junk'", async () => {
    const chart = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    await expectReported(chart, 'responses', () => {
      (chart as unknown as { responses: unknown }).responses = 'junk';
    });
    chart.responses = fixtureTeam();
    await chart.updateComplete;
    await chart.chartReady;
    expect(errorBox(chart)).to.equal(null);
    expect(chart.data.respondents).to.equal(fixtureTeam().length);
    expect(chart.shadowRoot!.querySelectorAll('.summary li').length).to.be.greaterThan(0);
  });

  it('<team-results>: responses = 42', async () => {
    const results = await fixture<TeamResults>(html`<team-results></team-results>`);
    await expectReported(results, 'responses', () => {
      (results as unknown as { responses: unknown }).responses = 42;
    });
    expect(shown(results, '.import .status')!.textContent).not.to.contain('undefined');
    results.responses = fixtureTeam();
    await results.updateComplete;
    expect(errorBox(results)).to.equal(null);
    expect((shown(results, 'section.chart') as HTMLElement).hidden).to.be.false;
  });
});

describe('a strings attribute that is not JSON is reported, and the element keeps its own words', () => {
  const cases: [string, () => Promise<LitElement>, string][] = [
    [
      'tension-slider',
      () => fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`),
      'Where we are',
    ],
    ['stage-rubric', () => fixture<StageRubric>(html`<stage-rubric></stage-rubric>`), 'Exploring'],
    [
      'gap-chart',
      async () => {
        const chart = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
        chart.responses = fixtureTeam();
        return chart;
      },
      'Where we are',
    ],
    ['team-results', () => fixture<TeamResults>(html`<team-results></team-results>`), 'Add'],
  ];
  for (const [tag, make, ownWord] of cases) {
    it(`<${tag} strings="{not json">`, async () => {
      const el = await make();
      await el.updateComplete;
      await expectReported(el, 'strings', () => el.setAttribute('strings', '{not json'));
      expect(el.shadowRoot!.textContent).to.contain(ownWord);
      el.setAttribute('strings', '{}');
      await el.updateComplete;
      expect(errorBox(el)).to.equal(null);
    });
  }
});
