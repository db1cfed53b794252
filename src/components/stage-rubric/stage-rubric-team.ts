/**
 * The team view of `<stage-rubric>`: per dimension, how the team's ratings spread across the four
 * stages, as a sentence, a stacked bar chart and a table. Loaded on demand (with the statistics
 * module and its words) by `mode="team"` only, so a page that only rates never fetches it; Chart.js
 * comes later still, through the ChartHost every chart element shares.
 */
import { css, html } from 'lit';
import type { ReactiveControllerHost } from 'lit';
import type { Chart, ChartConfiguration } from 'chart.js';
import { aggregate } from '../../core/aggregate/index.js';
import type { RubricSummary } from '../../core/aggregate/index.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { teamStrings, teamWords } from '../../core/i18n/stage-rubric-team.js';
import type { TeamKey } from '../../core/i18n/stage-rubric-team.js';
import { checkResponses } from '../../core/checked.js';
import { STAGE_IDS } from '../../core/schema.js';
import type { Locale, Rubric, StageId } from '../../core/schema.js';
import { ChartHost } from '../../internal/chart-host.js';
import { dataTable, dataTableStyles } from '../../internal/data-table.js';
import { heading } from '../../internal/heading.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import { readStageInks, stageFill } from './stage-rubric-patterns.js';

/** The team's figures for one rubric. */
export interface Team {
  rows: RubricSummary[];
  /** Responses that parsed. */
  n: number;
  /** Responses left out because they did not parse. */
  rejected: number;
}

/** Checks the responses (leaving out and counting those that do not pass the schema) and aggregates them. */
export function summarizeTeam(rubric: Rubric, responses: unknown): Team {
  const list: unknown[] = Array.isArray(responses) ? responses : [];
  const valid = checkResponses(list, 'responses').responses;
  const dimensions = rubric.dimensions.map((dimension) => dimension.id);
  return {
    rows: aggregate(valid, { dimensions }).rubric,
    n: valid.length,
    rejected: list.length - valid.length,
  };
}

export interface TeamView {
  team: Team;
  rubric: Rubric;
  locale: Locale;
  strings: unknown;
  /** The page's locale pack, over the built-in words. */
  packs: Pick<LocalePacks, 'in'>;
  label: (stage: StageId) => string;
  /** Show the table instead of the chart. */
  table: boolean;
  toggle: () => void;
  /** The rubric's `heading-level`: the team section's heading is one under it. */
  headingLevel: number;
}

export function teamTemplate(view: TeamView) {
  const { team, rubric, locale, strings, packs, label, table, toggle } = view;
  const words: Messages<TeamKey> = withOverrides(
    packs.in(teamStrings[locale], (pack) => pack['stage-rubric']),
    strings,
  );
  const title = (id: string) =>
    rubric.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  return html`<section class="team" part="team" aria-labelledby="team">
    ${heading(view.headingLevel, 1, words.teamTitle, 'team')}
    <p>${format(words.responses, { n: team.n })}</p>
    ${team.rejected ? html`<p>${format(words.rejected, { n: team.rejected })}</p>` : ''}
    <ul class="lines">
      ${team.rows.map((row) => html`<li>${teamWords(words, title(row.dimension), row, label)}</li>`)}
    </ul>
    <button type="button" aria-pressed=${table} @click=${toggle}>${words.showTable}</button>
    <div ?hidden=${table}>
      <ul class="legend">
        ${STAGE_IDS.map((id, i) => html`<li><span class="swatch s${i + 1}"></span>${label(id)}</li>`)}
      </ul>
      <div class="chart"><canvas role="img" aria-label=${words.chart}></canvas></div>
    </div>
    ${
      table
        ? dataTable(
            words.caption,
            [words.dimension, ...STAGE_IDS.map(label), words.median, words.ratings],
            team.rows.map((row) => [
              title(row.dimension),
              ...STAGE_IDS.map((id) =>
                row.n ? `${row.counts[id]} (${percent(row.shares[id])})` : '0',
              ),
              row.median ? label(row.median) : '–',
              row.n,
            ]),
          )
        : ''
    }
  </section>`;
}

/** What the team chart draws: read at each update of the element. */
export type TeamChartView = Pick<TeamView, 'team' | 'rubric' | 'label'>;

/**
 * Puts the stacked bar chart of the team view on `host`'s shared chart lifecycle (ChartHost):
 * built once the view's canvas is rendered, refreshed when the team's figures or the theme's
 * colours change, destroyed with the element or the view. `view` returns null while there is
 * no team view to draw. Colours come from the legend's swatches, so the page's theme and dark
 * mode reach the canvas.
 */
export function attachTeamChart(
  host: ReactiveControllerHost & HTMLElement,
  view: () => TeamChartView | null,
): ChartHost {
  const root = () => host.shadowRoot;
  let drawn: { team: Team; colors: string; motion: boolean } | null = null;
  return new ChartHost(host, {
    canvas: () => (view() ? (root()?.querySelector('.team canvas') ?? null) : null),
    create(Chart, canvas, motion) {
      const { config, colors } = teamChart(root()!, view()!, motion);
      drawn = { team: view()!.team, colors, motion };
      return new Chart(canvas, config) as unknown as Chart;
    },
    update(chart, motion) {
      const current = view();
      if (!current) return;
      const { config, colors } = teamChart(root()!, current, motion);
      if (drawn?.team === current.team && drawn.colors === colors && drawn.motion === motion)
        return;
      drawn = { team: current.team, colors, motion };
      chart.data = config.data;
      chart.options = config.options as Chart['options'];
      chart.update(motion ? undefined : 'none');
    },
  });
}

/**
 * The bar chart's configuration, and the colours it was made with (as one string). Each stage is
 * a colour and a pattern, its segments outlined in the page's surface colour (in forced colours,
 * the text colour), so neighbouring stages stay apart whatever their contrast.
 */
function teamChart(root: ShadowRoot, { team, rubric, label }: TeamChartView, motion: boolean) {
  const box = root.querySelector<HTMLElement>('.team .chart')!;
  box.style.setProperty('--rows', String(team.rows.length));
  const inks = readStageInks(root);
  const style = getComputedStyle(box);
  const text = style.color;
  const grid = style.borderColor;
  const separator = style.outlineColor;
  const title = (id: string) =>
    rubric.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
  const config: ChartConfiguration<'bar', number[], string[]> = {
    type: 'bar',
    data: {
      labels: team.rows.map((row) => wrap(title(row.dimension))),
      datasets: STAGE_IDS.map((stage, i) => ({
        label: label(stage),
        data: team.rows.map((row) => Math.round(row.shares[stage] * 100)),
        backgroundColor: stageFill(i, inks[i]!),
        borderColor: separator,
        borderWidth: 1.5,
        borderSkipped: false,
      })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: motion ? undefined : false,
      color: text,
      scales: {
        x: {
          stacked: true,
          max: 100,
          ticks: { color: text, callback: (value) => `${value}%` },
          grid: { color: grid },
        },
        y: { stacked: true, ticks: { color: text }, grid: { display: false } },
      },
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${item.raw}%` } },
      },
    },
  };
  const colors = inks.flatMap(({ back, ink }) => [back, ink]);
  return { config, colors: [...colors, text, grid, separator].join(' ') };
}

/** Splits a long axis label into lines of about 24 characters. */
function wrap(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + word.length < 24) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Added to the element's shadow root when the team view loads. */
export const teamStyles = [
  dataTableStyles,
  css`
    :host {
      --_s1: var(--tk-stage-1, light-dark(#c6dbef, #deebf7));
      --_s2: var(--tk-stage-2, light-dark(#6baed6, #9ecae1));
      --_s3: var(--tk-stage-3, light-dark(#2171b5, #4292c6));
      --_s4: var(--tk-stage-4, light-dark(#08306b, #1c5aa6));
    }
    .lines li {
      margin-block-end: 0.25em;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
    }
    .legend li {
      display: flex;
      align-items: center;
      gap: 0.4em;
    }
    /* Each stage's colour and pattern (ink in currentColor), as the chart draws them. */
    .swatch {
      width: 1.25em;
      height: 1.25em;
      border: 1px solid var(--_border);
      border-radius: 2px;
      color: #08306b;
      background-size: 6px 6px;
    }
    .s1 {
      background-image: radial-gradient(circle, currentColor 1.2px, transparent 1.6px);
      background-color: var(--_s1);
    }
    .s2,
    .s3 {
      background-image: repeating-linear-gradient(
        135deg,
        currentColor 0 1px,
        transparent 1px 4.2px
      );
      background-color: var(--_s2);
    }
    .s3 {
      background-image:
        repeating-linear-gradient(135deg, currentColor 0 1px, transparent 1px 4.2px),
        repeating-linear-gradient(45deg, currentColor 0 1px, transparent 1px 4.2px);
      background-color: var(--_s3);
    }
    .s4 {
      background-color: var(--_s4);
    }
    .chart {
      position: relative;
      height: calc(var(--rows, 6) * 2.75rem + 3rem);
      border-color: var(--_track);
      outline-color: var(--_surface);
    }
    /* Forced colours: system colours, the patterns and outlines keep the stages apart. */
    @media (forced-colors: active) {
      .swatch {
        forced-color-adjust: none;
        color: CanvasText;
        background-color: Canvas;
        border-color: CanvasText;
      }
      .s4 {
        background-color: CanvasText;
      }
      .chart {
        outline-color: CanvasText;
      }
    }
  `,
];
