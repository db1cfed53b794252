/**
 * Issue 11's acceptance: axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules and the best practices
 * finds nothing in any state of any element, each placed in a realistic host page: a titled
 * document in English, a `<main>` with an `<h1>`, then an `<h2>` section holding the element.
 * axe runs on the whole document, so page-level rules (landmarks, heading order) see the element
 * in its page.
 */
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { AxeResults, Result } from 'axe-core';
import '../../src/index.js';
import type { GapChart } from '../../src/components/gap-chart/gap-chart.js';
import type { StageRubric } from '../../src/components/stage-rubric/stage-rubric.js';
import type { TeamResults } from '../../src/components/team-results/team-results.js';
import type { TensionSlider } from '../../src/components/tension-slider/tension-slider.js';
import type { TensionSurvey } from '../../src/components/tension-survey/tension-survey.js';
import { fixtureBaseline, fixtureTeam } from '../fixtures/gap-team.js';
import { rubricResponses } from '../fixtures/rubric-team.js';
import { answerSurvey } from './embed/frames.js';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Axe = { run(context: Document, options: object): Promise<AxeResults> };
async function loadAxe(): Promise<Axe> {
  const global = window as unknown as { axe?: Axe };
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  return global.axe!;
}

/** Renders `element` inside a host page and returns the element. */
async function hostPage<T extends HTMLElement>(
  element: TemplateResult,
  { lang = 'en', dark = false }: { lang?: string; dark?: boolean } = {},
): Promise<T> {
  document.documentElement.lang = 'en';
  document.title = 'Spring check-in: Riverside Unified';
  const page = await fixture<HTMLElement>(
    html`<main class=${dark ? 'dark' : ''}>
      <h1>Spring check-in</h1>
      <section aria-labelledby="section-title" lang=${lang}>
        <h2 id="section-title">${lang === 'es' ? 'Nuestro equipo' : 'Our team'}</h2>
        ${element}
      </section>
    </main>`,
  );
  if (dark) page.setAttribute('style', 'color-scheme: dark; background: Canvas; color: CanvasText');
  const el = page.querySelector('section')!.lastElementChild as T;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** What axe found, one line per rule and node, for a readable failure. */
function describe_(violations: Result[]): string[] {
  return violations.flatMap((violation) =>
    violation.nodes.map(
      (node) => `${violation.id}: ${violation.help} at ${JSON.stringify(node.target)}`,
    ),
  );
}

/** Lets an element finish: its update, a chart's first drawing, then a frame. */
async function settled(el: HTMLElement) {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const chart = (el as Partial<GapChart>).chartReady;
  if (chart) await chart;
  await aTimeout(50);
}

interface State {
  name: string;
  /** Builds the page in this state. */
  build: () => Promise<unknown>;
}

const gapTeam = fixtureTeam;

const states: Record<string, State[]> = {
  '<tension-slider>': [
    {
      name: 'empty',
      build: () => hostPage(html`<tension-slider tension="pace"></tension-slider>`),
    },
    {
      name: 'partly answered',
      build: async () => {
        const el = await hostPage<TensionSlider>(
          html`<tension-slider tension="pace"></tension-slider>`,
        );
        el.current = 3;
        await el.updateComplete;
      },
    },
    {
      name: 'answered, disabled',
      build: async () => {
        const el = await hostPage<TensionSlider>(
          html`<tension-slider tension="flexibility" disabled></tension-slider>`,
        );
        el.current = 2;
        el.desired = 6;
        await el.updateComplete;
      },
    },
    {
      name: 'required and invalid after a failed submit',
      build: async () => {
        const el = await hostPage<TensionSlider>(
          html`<tension-slider tension="pace" name="pace" required></tension-slider>`,
        );
        (el as unknown as { reportValidity(): boolean }).reportValidity();
        await el.updateComplete;
      },
    },
    {
      name: 'in Spanish, dark',
      build: () =>
        hostPage(html`<tension-slider tension="model-type"></tension-slider>`, {
          lang: 'es',
          dark: true,
        }),
    },
  ],
  '<tension-survey>': [
    {
      name: 'empty',
      build: () =>
        hostPage(
          html`<tension-survey
            tensions="pace flexibility"
            roles="Teacher, Principal"
          ></tension-survey>`,
        ),
    },
    {
      name: 'invalid after a failed submit',
      build: async () => {
        const el = await hostPage<TensionSurvey>(
          html`<tension-survey
            tensions="pace flexibility"
            roles="Teacher, Principal"
          ></tension-survey>`,
        );
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
        await el.updateComplete;
      },
    },
    {
      name: 'submitted, showing the result and share code',
      build: async () => {
        const el = await hostPage<TensionSurvey>(
          html`<tension-survey tensions="pace"></tension-survey>`,
        );
        await answerSurvey(el);
        await el.updateComplete;
        await aTimeout(50);
      },
    },
    {
      name: 'in Spanish, dark',
      build: () =>
        hostPage(html`<tension-survey tensions="pace" roles="Docente"></tension-survey>`, {
          lang: 'es',
          dark: true,
        }),
    },
  ],
  '<stage-rubric>': [
    {
      name: 'rating, empty',
      build: () => hostPage(html`<stage-rubric name="rubric"></stage-rubric>`),
    },
    {
      name: 'required and invalid after a failed submit',
      build: async () => {
        const el = await hostPage<StageRubric>(
          html`<stage-rubric name="rubric" required></stage-rubric>`,
        );
        el.reportValidity();
        await el.updateComplete;
      },
    },
    {
      name: 'team chart',
      build: async () => {
        const el = await hostPage<StageRubric>(html`<stage-rubric mode="team"></stage-rubric>`);
        el.responses = rubricResponses(25, { targets: true });
        await teamDrawn(el);
      },
    },
    {
      name: 'team table, in Spanish, dark',
      build: async () => {
        const el = await hostPage<StageRubric>(html`<stage-rubric mode="team"></stage-rubric>`, {
          lang: 'es',
          dark: true,
        });
        el.responses = rubricResponses(25, { targets: true });
        await teamDrawn(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.team button')!.click();
        await el.updateComplete;
      },
    },
  ],
  '<gap-chart>': [
    {
      name: 'empty',
      build: () => hostPage(html`<gap-chart></gap-chart>`),
    },
    {
      name: 'chart with a baseline',
      build: async () => {
        const el = await hostPage<GapChart>(html`<gap-chart></gap-chart>`);
        el.responses = gapTeam();
        el.baseline = fixtureBaseline();
        await settled(el);
      },
    },
    {
      name: 'grouped by role, a lane selected by keyboard',
      build: async () => {
        const el = await hostPage<GapChart>(html`<gap-chart group-by="role"></gap-chart>`);
        el.responses = gapTeam();
        await settled(el);
        el.shadowRoot!.querySelector<HTMLElement>('.plot')!.focus();
        await sendKeys({ press: 'ArrowDown' });
        await sendKeys({ press: 'ArrowRight' });
        await settled(el);
      },
    },
    {
      name: 'grouped table',
      build: async () => {
        const el = await hostPage<GapChart>(html`<gap-chart group-by="role"></gap-chart>`);
        el.responses = gapTeam();
        await settled(el);
        el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
        await settled(el);
      },
    },
    {
      name: 'bad configuration',
      build: async () => {
        const el = await hostPage<GapChart>(html`<gap-chart group-by="school"></gap-chart>`);
        el.addEventListener('tk-error', (event) => event.stopPropagation());
        el.responses = gapTeam();
        await settled(el);
      },
    },
    {
      name: 'in Spanish, dark',
      build: async () => {
        const el = await hostPage<GapChart>(html`<gap-chart group-by="role"></gap-chart>`, {
          lang: 'es',
          dark: true,
        });
        el.responses = gapTeam();
        await settled(el);
      },
    },
  ],
  '<team-results>': [
    {
      name: 'empty',
      build: () => hostPage(html`<team-results></team-results>`),
    },
    {
      name: 'results with a baseline, a rubric, prompts and rejected lines',
      build: async () => {
        const el = await hostPage<TeamResults>(html`<team-results></team-results>`);
        el.responses = gapTeam().map((response, i) => ({
          ...response,
          rubric: {
            'shared-vision': { stage: (['exploring', 'emerging', 'proficient'] as const)[i % 3]! },
          },
        }));
        el.baseline = fixtureBaseline();
        await el.updateComplete;
        el.shadowRoot!.querySelector('textarea')!.value = 'TK1NOTACODE';
        el.shadowRoot!.querySelector<HTMLButtonElement>('.actions button')!.click();
        await new Promise((resolve) =>
          el.addEventListener('responses-change', resolve, { once: true }),
        );
        await settled(el.shadowRoot!.querySelector('gap-chart')!);
      },
    },
    {
      name: 'in Spanish, dark',
      build: async () => {
        const el = await hostPage<TeamResults>(html`<team-results></team-results>`, {
          lang: 'es',
          dark: true,
        });
        el.responses = gapTeam();
        await el.updateComplete;
        await settled(el.shadowRoot!.querySelector('gap-chart')!);
      },
    },
  ],
};

async function teamDrawn(el: StageRubric) {
  for (let tries = 0; tries < 100 && !el.shadowRoot!.querySelector('.team canvas'); tries++)
    await aTimeout(50);
  await aTimeout(100);
}

describe('every element in a host page passes axe (WCAG 2.x A and AA, best practices)', () => {
  for (const [tag, list] of Object.entries(states)) {
    for (const state of list) {
      it(`${tag}: ${state.name}`, async function () {
        this.timeout(30_000);
        await state.build();
        const axe = await loadAxe();
        const { violations } = await axe.run(document, {
          runOnly: { type: 'tag', values: TAGS },
          resultTypes: ['violations'],
        });
        // heading-order belongs to the elements' heading levels (issue 11, defect 9: the
        // `heading-level` attribute, done on another branch): it is asserted on its own below, so
        // a failure there is reported as what it is and does not hide any other finding.
        const others = violations.filter((violation) => violation.id !== 'heading-order');
        expect(describe_(others), 'axe findings').to.deep.equal([]);
        const headings = violations.filter((violation) => violation.id === 'heading-order');
        expect(describe_(headings), 'heading-order (defect 9, heading-level)').to.deep.equal([]);
      });
    }
  }
});
