import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import type { Chart } from 'chart.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import { tensionCatalog } from '../../core/catalog/tensions.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { gapChartStrings } from '../../core/i18n/gap-chart.js';
import type { GapChartKey } from '../../core/i18n/gap-chart.js';
import type { LocalePack } from '../../core/i18n/pack.js';
import { parseResponse } from '../../core/schema.js';
import type { InputProblem, Locale, SurveyResponse, Tension } from '../../core/schema.js';
import { summaryStrings, tableToCSV } from '../../core/summary.js';
import type { GapTable, SummaryKey } from '../../core/summary.js';
import { buttonStyles } from '../../internal/buttons.js';
import { Announcer } from '../../internal/announcer.js';
import { ChartHost, chartImage, download } from '../../internal/chart-host.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { stringsOrNull, stringsProperty } from '../../internal/strings-attribute.js';
import { dataTable, dataTableStyles } from '../../internal/data-table.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { ResponsesLoader } from '../../internal/responses-loader.js';
import { TensionNames, firedBy } from '../../internal/survey-definition.js';
import type { SurveyDefinitionInput } from '../../core/survey-definition.js';
import { tokens } from '../../internal/theme.js';
import type { GapPainter } from './gap-chart.draw.js';
import type { DotPositions, GapLayout } from './gap-chart.layout.js';
import { legendTemplate } from './gap-chart.legend.js';
import { chartFigures, focusAnnouncement } from './gap-chart.figures.js';
import type { ChartInputs } from './gap-chart.figures.js';
import { moveFocus, teamLane } from './gap-chart.navigate.js';
import { styles } from './gap-chart.styles.js';

export type { GapSelectDetail } from '../../internal/events.js';

/** What the figures, summary, table and chart data are made from (the selection is not). */
const DATA_INPUTS = [
  'responses',
  'baseline',
  'own',
  'groupBy',
  'minGroupSize',
  'strings',
  'fetchProblems',
] as const;

/**
 * Where the team is and where it wants to be on each tension: a dumbbell per tension from the
 * team's "where we are" to its "where we should be", every respondent as a dot, optionally one
 * dumbbell per role, a baseline beside it, and one respondent's own answers highlighted. Carries
 * its own text summary, a data table that can replace the chart, and keyboard navigation.
 *
 * The geometry is in gap-chart.layout.ts, the Chart.js drawing in gap-chart.draw.ts and the
 * legend in gap-chart.legend.ts; this file holds the element's state and DOM.
 *
 * @summary A gap chart of the team's answers on each tension, with a summary and a data table.
 *
 * @fires gap-select - The reader moved to or clicked a tension: `detail: { tension }`.
 * @fires tk-error - Bad configuration or input: `detail: { message, path }`.
 *
 * @csspart toolbar - The table toggle and download buttons.
 * @csspart chart - The focusable chart region.
 * @csspart legend - The legend under the chart.
 * @csspart summary - The summary in sentences.
 * @csspart table - The data table.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - "Where we are" markers and dots.
 * @cssproperty [--tk-desired-color] - "Where we should be" markers and dots.
 * @cssproperty [--tk-role-1-color] - First role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-role-2-color] - Second role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-role-3-color] - Third role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-role-4-color] - Fourth role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-role-5-color] - Fifth role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-role-6-color] - Sixth role's dumbbell with `group-by="role"`.
 * @cssproperty [--tk-chart-row-height=4.5rem] - Height of one tension's row.
 */
export class GapChart extends LitElement {
  static override styles = [tokens, buttonStyles, dataTableStyles, styles];
  // Reactive properties declared statically, as in the other elements: decorators cost bytes.
  // `attribute: false` on the private state keeps the manifest analyzer from listing attributes.
  static override properties = {
    src: {},
    htmlFor: { attribute: 'for' },
    groupBy: { attribute: 'group-by' },
    minGroupSize: { type: Number, attribute: 'min-group-size' },
    responses: { attribute: false },
    baseline: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    aims: { attribute: false },
    definition: { attribute: false },
    strings: stringsProperty,
    showTable: { state: true, attribute: false },
    active: { state: true, attribute: false },
    lane: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    own: { state: true, attribute: false },
    status: { state: true, attribute: false },
    fetchProblems: { state: true, attribute: false },
  };

  /** A JSON or CSV file of responses to load (fetched once per value); replaces `responses`. */
  src = '';
  /** The id of a `<tension-survey>` on the page: its submitted response is shown against the team. */
  htmlFor = '';
  /** `role` draws a dumbbell per role group beside the team's. */
  groupBy = '';
  /** Smallest role group shown (privacy); default 3. */
  minGroupSize = 3;
  /** The team's responses. */
  responses: readonly SurveyResponse[] = [];
  /**
   * The survey definition whose own tensions the chart names (an object or its JSON text); by
   * default the definition of the survey `for` follows. Without either, a custom tension shows its id.
   */
  definition: SurveyDefinitionInput | string | null = null;
  /** An earlier set of responses, drawn beside the current one to show movement; null for none. */
  baseline: readonly SurveyResponse[] | null = null;
  /** The level of the summary's heading, 1 to 6 (default 2; see src/internal/heading.ts). */
  headingLevel = 2;
  /** Aims to mark on their tensions (a plan's, by tension id); null for none. */
  aims: Readonly<Record<string, number>> | null = null;
  /** Overrides for any UI or summary string, by key (or as a JSON attribute). */
  strings: Partial<Record<GapChartKey | SummaryKey, string>> | null = null;

  /** The Chart.js instance once loaded and drawn; null before, and after removal from the page. */
  get chart(): Chart | null {
    return this.chartHost.chart;
  }

  /** Resolves when the chart has been created and drawn. */
  get chartReady(): Promise<void> {
    return this.chartHost.ready;
  }

  /** The figures behind the chart (from `aggregate` in tensionkit/core). */
  get data(): Aggregate {
    return this.figures;
  }

  /** The data table shows instead of the chart. */
  private showTable = false;
  /** The selected row (tension), or -1. */
  private active = -1;
  /** The selected lane of that row (an index into the layout's lanes). */
  private lane = 0;
  /** What the live region last said: the selected tension or lane, or new data. */
  private announcement = '';
  /** The response of the survey followed with `for=`, once it is submitted. */
  private own: SurveyResponse | null = null;
  /** Loading `src`: what is loading, or what was loaded. */
  /** The status line, in the words of the moment it is shown (a pack may arrive later). */
  private status = (): string => '';
  private fetchProblems: InputProblem[] = [];

  private locale: Locale = 'en';
  private packs = new LocalePacks(this);
  /** The pack the figures' words were last made with. */
  private wordsPack?: object;
  /** The tensions' text in the page's language. */
  private tensions: readonly Tension[] = [];
  private words!: Messages<GapChartKey>;
  private summaryWords!: Messages<SummaryKey>;
  private figures!: Aggregate;
  private sentences: string[] = [];
  private table!: GapTable;
  private problems: InputProblem[] = [];
  /** The lanes, dots and row height the chart is drawn with (gap-chart.layout.ts). */
  private layout!: GapLayout;
  /** The storage behind the layout's dots, reused between updates. */
  private dotBuffers: DotPositions = { current: new Float32Array(0), desired: new Float32Array(0) };
  /** Bumped when the figures are recomputed; the chart's data is rebuilt only when it moved. */
  private dataVersion = 0;
  private loader = new ResponsesLoader(this);
  /** Names a survey's own tensions from a definition (internal/survey-definition.ts). */
  private names = new TensionNames(this);
  private definitionProblems: InputProblem[] = [];
  private announcer = new Announcer(this, (message) => (this.announcement = message));
  /** Draws the chart; loaded with Chart.js (gap-chart.draw.ts is a chunk of its own). */
  private painter: GapPainter | null = null;
  private chartHost = new ChartHost(this, {
    canvas: () => this.renderRoot?.querySelector('canvas') ?? null,
    load: async () => {
      const { GapPainter } = await import('./gap-chart.draw.js');
      this.painter ??= new GapPainter(
        () => this.renderRoot as ShadowRoot,
        () => ({
          figures: this.figures,
          locale: this.locale,
          tensions: this.tensions,
          words: this.words,
          layout: this.layout,
          active: this.active,
          lane: this.lane,
          version: this.dataVersion,
          aims: this.aims,
        }),
        (row) => this.select(row),
      );
    },
    create: (Chart, canvas, motion) => this.painter!.create(Chart, canvas, motion),
    update: (chart, motion) => this.painter?.update(chart, motion),
  });

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('survey-submit', this.handleSurveySubmit);
    document.addEventListener('definition-change', this.handleDefinitionChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('survey-submit', this.handleSurveySubmit);
    document.removeEventListener('definition-change', this.handleDefinitionChange);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // A definition's schema on its way: the names it brings belong to this update.
    return this.names.pending ? this.names.pending.then(() => super.getUpdateComplete()) : done;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const packs = this.packs;
    const locale = packs.read();
    const relocated = locale !== this.locale || packs.pack !== this.wordsPack;
    this.locale = locale;
    this.wordsPack = packs.pack;
    const strings = stringsOrNull(this.strings);
    const section = (pack: LocalePack) => pack['gap-chart'];
    this.words = withOverrides(packs.in(gapChartStrings[locale], section), strings);
    this.summaryWords = withOverrides(packs.in(summaryStrings[locale], section), strings);
    const builtIn = packs.in(tensionCatalog[locale].tensions, (pack) => pack.tensions);
    const named = this.names.read(this.definition, this.htmlFor, builtIn);
    this.tensions = named.tensions;
    this.definitionProblems = named.problems;
    if (changed.has('src') && this.src) void this.load(this.src);
    // Moving from tension to tension changes only the selection: the figures, sentences and
    // table stay as they are, and the chart only repaints (see GapPainter.update).
    const inputs = DATA_INPUTS.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    if (this.figures && !inputs && !relocated && !named.moved) return;
    this.dataVersion++;

    const shown = chartFigures(this.chartInputs(), this.dotBuffers);
    ({ problems: this.problems, figures: this.figures, layout: this.layout } = shown);
    ({ sentences: this.sentences, table: this.table } = shown);
    if (this.problems.length) reportProblems(this, this.problems);
    else clearReported(this);
    if (this.active >= this.figures.tensions.length) this.active = this.figures.tensions.length - 1;
    if (this.lane >= this.layout.lanes.length) this.lane = teamLane(this.layout.lanes);
  }

  // -------------------------------------------------------------------------------------------
  // Input (called from the lifecycle)

  private get grouped(): boolean {
    return this.groupBy === 'role';
  }

  private chartInputs(): ChartInputs {
    return {
      responses: this.responses,
      baseline: this.baseline,
      own: this.own,
      groupBy: this.groupBy,
      minGroupSize: this.minGroupSize,
      strings: this.strings,
      // A bad `definition` is reported with the other inputs' problems.
      fetchProblems: [...this.fetchProblems, ...this.definitionProblems],
      locale: this.locale,
      words: this.words,
      summaryWords: this.summaryWords,
      tensions: this.tensions,
      order: this.names.order,
    };
  }

  private async load(src: string): Promise<void> {
    this.status = () => format(this.words.loading, { src });
    this.fetchProblems = [];
    const loaded = await this.loader.load(src);
    if (!loaded) return;
    if (!loaded.ok) {
      this.status = () => '';
      const message = format(this.words.fetchFailed, { src, reason: loaded.reason });
      this.fetchProblems = [{ path: 'src', message }];
      return;
    }
    const { responses, rejected } = loaded.result;
    this.responses = responses;
    const { announceLoaded, announceRejected } = this.words;
    const left = rejected.length ? ` ${format(announceRejected, { n: rejected.length })}` : '';
    this.announcer.say(format(announceLoaded, { n: responses.length }) + left);
    this.status = () =>
      [
        format(this.words.loaded, { n: responses.length, src }),
        rejected.length ? format(this.words.rejected, { n: rejected.length }) : '',
      ]
        .filter(Boolean)
        .join(' ');
    if (rejected.length) reportProblems(this, [{ path: 'src', message: rejected[0]!.reason }]);
  }

  // -------------------------------------------------------------------------------------------
  // Event handlers

  /** The followed survey's definition arrived or changed: its tensions' names come with it. */
  private readonly handleDefinitionChange = (event: Event) => {
    if (firedBy(event, this.htmlFor)) this.requestUpdate();
  };

  private readonly handleSurveySubmit = (event: Event) => {
    if (!firedBy(event, this.htmlFor)) return;
    const result = parseResponse((event as CustomEvent<unknown>).detail);
    if (!result.ok) return;
    this.own = result.value;
    this.announcer.say(this.words.announceOwn);
  };

  private handleKeyDown(event: KeyboardEvent) {
    const focus = { row: this.active, lane: this.lane };
    const next = moveFocus(event.key, focus, this.figures.tensions.length, this.layout.lanes);
    if (next) {
      event.preventDefault();
      // A move between the lanes of one tension is not a new tension: no gap-select.
      const lanes = event.key === 'ArrowLeft' || event.key === 'ArrowRight';
      this.select(next.row, next.lane, next.row !== this.active || !lanes);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.active >= 0) {
      event.preventDefault();
      this.select(this.active, this.lane);
    }
  }

  private handleToggleTable() {
    this.showTable = !this.showTable;
  }

  /** Selects a row (key or click) and a lane (the team's by default), says it, fires gap-select. */
  private select(row: number, lane = teamLane(this.layout.lanes), fire = true) {
    const t = this.figures.tensions[row];
    if (!t) return;
    this.active = row;
    this.lane = lane;
    const shown = { figures: this.figures, layout: this.layout };
    this.announcement = focusAnnouncement(shown, row, lane, this.chartInputs());
    if (fire) emit(this, 'gap-select', { tension: t.tension });
  }

  // -------------------------------------------------------------------------------------------
  // Public methods

  /** The chart as a PNG data: URL on the theme's surface colour, or null before it is drawn. */
  toDataURL(): string | null {
    return this.chart ? chartImage(this.chart, this.painter?.colors?.surface ?? '#ffffff') : null;
  }

  /** The aggregated table (what the table view shows) as CSV. */
  toCSV(): string {
    return tableToCSV(this.table);
  }

  /** Downloads the chart as a PNG file. */
  downloadPNG(): void {
    const url = this.toDataURL();
    if (url) download(this.renderRoot as ShadowRoot, url, `${this.words.fileName}.png`);
  }

  /** Downloads the aggregated table as a CSV file. */
  downloadCSV(): void {
    const csv = new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' });
    download(this.renderRoot as ShadowRoot, csv, `${this.words.fileName}.csv`);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  override render() {
    const words = this.words;
    const hasData = this.figures.respondents > 0;
    // A short name; the sentences below are the canvas's description (aria-describedby).
    const label = format(words.chartLabel, { count: this.figures.tensions.length });
    return html`
      ${this.problems.length ? configErrorTemplate(words.configError, this.problems) : nothing}
      ${this.status() ? html`<p class="status">${this.status()}</p>` : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" aria-pressed=${this.showTable} @click=${this.handleToggleTable}>
          ${words.showTable}
        </button>
        <button type="button" @click=${this.downloadPNG} ?disabled=${this.showTable || !hasData}>
          ${words.downloadPng}
        </button>
        <button type="button" @click=${this.downloadCSV} ?disabled=${!hasData}>
          ${words.downloadCsv}
        </button>
      </div>
      <div
        class="plot"
        part="chart"
        role="group"
        aria-label=${words.regionLabel}
        tabindex="0"
        ?hidden=${this.showTable}
        @keydown=${this.handleKeyDown}
      >
        <div class="plot-box">
          <canvas role="img" aria-label=${label} aria-describedby="summary"></canvas>
        </div>
        ${legendTemplate({
          lanes: this.layout.lanes,
          words,
          baseline: this.figures.baselineRespondents !== null,
          own: this.own !== null,
          groupByRole: this.grouped,
        })}
      </div>
      ${dataTable(this.table.caption, this.table.head, this.table.rows, {
        hidden: !this.showTable,
        part: 'wrap',
        rowHeaders: this.grouped ? 2 : 1,
      })}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      <section class="summary" part="summary">
        ${heading(this.headingLevel, 0, words.summaryTitle)}
        ${
          hasData
            ? html`<ul id="summary">
                ${this.sentences.map((line) => html`<li>${line}</li>`)}
              </ul>`
            : html`<p class="empty" id="summary">${words.empty}</p>`
        }
      </section>
    `;
  }
}

defineElement('gap-chart', GapChart);

declare global {
  interface HTMLElementTagNameMap {
    'gap-chart': GapChart;
  }
}
