import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { Chart, ChartDataset, Plugin, PointStyle } from 'chart.js';
import { aggregate } from '../../core/aggregate.js';
import type { Aggregate } from '../../core/aggregate.js';
import { getTension } from '../../core/catalog/tensions.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { gapChartStrings } from '../../core/i18n/gap-chart.js';
import type { GapChartKey } from '../../core/i18n/gap-chart.js';
import {
  describeTension,
  gapTable,
  summarize,
  summaryStrings,
  tableToCSV,
} from '../../core/summary.js';
import type { GapTable, SummaryKey } from '../../core/summary.js';
import { checkResponses } from '../../core/checked.js';
import { parseResponse } from '../../core/schema.js';
import type { InputProblem, Locale, SurveyResponse } from '../../core/schema.js';
import { ChartHost, download, resolveColors, withAlpha } from '../../internal/chart-host.js';
import type { ChartConstructor } from '../../internal/chart-host.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { dataTable, dataTableStyles } from '../../internal/data-table.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { localeOf } from '../../internal/locale.js';
import { ResponsesLoader } from '../../internal/responses-loader.js';
import { tokens } from '../../internal/theme.js';
import { buttonStyles } from '../../internal/buttons.js';
import { styles } from './gap-chart.styles.js';

export type { GapSelectDetail } from '../../internal/events.js';

/** A row's marker pair: where we are and where we should be, for one lane of one row. */
interface Lane {
  kind: 'team' | 'baseline' | 'role' | 'own';
  label: string;
  color: string;
  offset: number;
  current: (number | null)[];
  desired: (number | null)[];
}

type Colors = Record<
  'accent' | 'desired' | 'text' | 'muted' | 'track' | 'border' | 'surface' | 'surfaceAlt' | 'focus',
  string
> & { roles: string[] };

/** How far the dots of one position spread sideways, in scale points. */
const DOT_WIDTH = 0.26;
/** A row's height in pixels at the default --tk-chart-row-height (4.5rem), for one lane. */
const ROW_PX = 72;
/** How much taller a row gets per lane beyond the first (20 px of a default row). */
const lanesScale = (lanes: number) => 1 + 0.28 * (lanes - 1);
/** In pixels of a default row: between lanes, from the outer lane to the dots, the dot band. */
const LANE_GAP_PX = 18;
const DOT_MARGIN_PX = 11;
const DOT_BAND_PX = 22;
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
const DOTS_PER_COLUMN = 4;

/** One rectangle of a dot's shape, in whole pixels from its centre: dx, dy, width, height. */
type DotRect = readonly [number, number, number, number];
/** A round dot about 6 px across: a plus of two rectangles, corners cut. */
const ROUND_DOT: readonly DotRect[] = [
  [-2, -3, 4, 6],
  [-3, -2, 6, 4],
];
/** A triangle pointing up, 6 px wide and high, in three steps. */
const TRIANGLE_DOT: readonly DotRect[] = [
  [-1, -3, 2, 2],
  [-2, -1, 4, 2],
  [-3, 1, 6, 2],
];

/**
 * How much of the theme colour the dots take over the surface: lighter than the team's markers,
 * and still 3:1 against it as WCAG asks of the parts of a graphic (3.75:1 or more in the default
 * light and dark themes, on the selected row too).
 */
const DOT_SHARE = 0.75;

/** An opaque colour `share` of the way from `back` to `color` (both rgb() from the theme). */
function mix(color: string, back: string, share: number): string {
  const rgb = (value: string) =>
    (/rgba?\(([^)]+)\)/.exec(value)?.[1] ?? '0,0,0').split(/[,\s]+/).map(Number);
  const [a, b] = [rgb(color), rgb(back)];
  const channel = (i: number) => Math.round((b[i] ?? 0) + ((a[i] ?? 0) - (b[i] ?? 0)) * share);
  return `rgb(${channel(0)}, ${channel(1)}, ${channel(2)})`;
}

/**
 * Where the team is and where it wants to be on each tension: a dumbbell per tension from the
 * team's "where we are" to its "where we should be", every respondent as a dot, optionally one
 * dumbbell per role, a baseline beside it, and one respondent's own answers highlighted. Carries
 * its own text summary, a data table that can replace the chart, and keyboard navigation.
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
 * @cssproperty [--tk-role-1-color] - First role's dumbbell with `group-by="role"` (also 2 to 6).
 * @cssproperty [--tk-chart-row-height=4.5rem] - Height of one tension's row.
 */
export class GapChart extends LitElement {
  static override styles = [tokens, buttonStyles, dataTableStyles, styles];

  /** A JSON or CSV file of responses to load (fetched once per value); replaces `responses`. */
  @property() src = '';
  /** The id of a `<tension-survey>` on the page: its submitted response is shown against the team. */
  @property({ attribute: 'for' }) htmlFor = '';
  /** `role` draws a dumbbell per role group beside the team's. */
  @property({ attribute: 'group-by' }) groupBy = '';
  /** Smallest role group shown (privacy); default 3. */
  @property({ type: Number, attribute: 'min-group-size' }) minGroupSize = 3;
  /** The team's responses. */
  @property({ attribute: false }) responses: readonly SurveyResponse[] = [];
  /** An earlier set of responses, drawn beside the current one to show movement; null for none. */
  @property({ attribute: false }) baseline: readonly SurveyResponse[] | null = null;
  /** Overrides for any UI or summary string, by key (or as a JSON attribute). */
  @property({ type: Object }) strings: Partial<Record<GapChartKey | SummaryKey, string>> | null =
    null;

  @state() private showTable = false;
  @state() private active = -1;
  @state() private announcement = '';
  @state() private own: SurveyResponse | null = null;
  @state() private status = '';
  @state() private fetchProblems: InputProblem[] = [];
  @query('canvas') private canvas?: HTMLCanvasElement;

  private locale: Locale = 'en';
  private s!: Messages<GapChartKey>;
  private ss!: Messages<SummaryKey>;
  private agg!: Aggregate;
  private sentences: string[] = [];
  private table!: GapTable;
  private problems: InputProblem[] = [];
  private lanes: Lane[] = [];
  private dots: { current: Float32Array; desired: Float32Array } = {
    current: new Float32Array(0),
    desired: new Float32Array(0),
  };
  private colors: Colors | null = null;
  /** The storage behind `dots`, reused between updates. */
  private dotBuffers = { current: new Float32Array(0), desired: new Float32Array(0) };
  /** The dots' pixels while drawing, x and y in turn (reused from draw to draw). */
  private pixels = new Int32Array(0);
  /** Bumped when the figures are recomputed; the chart's data is rebuilt only when it moved. */
  private dataVersion = 0;
  private drawn = { version: -1, motion: false };
  private loader = new ResponsesLoader(this);
  private chartHost = new ChartHost(this, {
    canvas: () => this.canvas ?? null,
    create: (Chart, canvas, motion) => this.createChart(Chart, canvas, motion),
    update: (chart, motion) => this.updateChart(chart, motion),
  });

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
    return this.agg;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('survey-submit', this.handleSurveySubmit);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('survey-submit', this.handleSurveySubmit);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const locale = localeOf(this);
    const relocated = locale !== this.locale;
    this.locale = locale;
    this.s = withOverrides(gapChartStrings[this.locale], this.strings);
    this.ss = withOverrides(summaryStrings[this.locale], this.strings);
    if (changed.has('src') && this.src) this.load(this.src);
    // Moving from tension to tension changes only the selection: the figures, sentences and
    // table stay as they are, and the chart only repaints (see updateChart).
    const inputs = DATA_INPUTS.some((key) => (changed as Map<PropertyKey, unknown>).has(key));
    if (this.agg && !inputs && !relocated) return;
    this.dataVersion++;

    const problems: InputProblem[] = [];
    if (this.groupBy !== '' && this.groupBy !== 'role') {
      problems.push({
        path: 'group-by',
        message: `"${this.groupBy}" cannot group the chart; use group-by="role" or leave it out.`,
      });
    }
    let minGroupSize = this.minGroupSize;
    if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
      problems.push({
        path: 'min-group-size',
        message: 'Use a whole number of at least 1 for min-group-size (default 3).',
      });
      minGroupSize = 3;
    }
    const current = this.valid(this.responses, 'responses', problems);
    const baseline = this.baseline ? this.valid(this.baseline, 'baseline', problems) : undefined;
    problems.push(...this.fetchProblems);
    this.problems = problems;
    if (problems.length) reportProblems(this, problems);
    else clearReported(this);

    let team = current;
    if (this.own) team = [...current.filter((r) => r.id !== this.own!.id), this.own];
    this.agg = aggregate(team, { minGroupSize, ...(baseline ? { baseline } : {}) });
    if (this.active >= this.agg.tensions.length) this.active = this.agg.tensions.length - 1;
    const words = { locale: this.locale, strings: this.ss };
    this.sentences = summarize(this.agg, words);
    this.table = gapTable(this.agg, { ...words, groupByRole: this.grouped, own: this.own });
    this.layout();
  }

  /** Sizes the chart's box for its rows (after render, so no style attribute is rendered). */
  private sizeBox(): void {
    const box = this.renderRoot.querySelector<HTMLElement>('.plot-box');
    box?.style.setProperty('--_rows', String(Math.max(1, this.agg.tensions.length)));
    box?.style.setProperty('--_lanes-scale', String(lanesScale(this.lanes.length)));
  }

  // -------------------------------------------------------------------------------------------
  // Input

  private get grouped(): boolean {
    return this.groupBy === 'role';
  }

  /** Keeps the responses that pass the schema (each object is checked once); reports the rest. */
  private valid(list: unknown, path: string, problems: InputProblem[]): SurveyResponse[] {
    const checked = checkResponses(list, path);
    problems.push(...checked.problems);
    return checked.responses;
  }

  private async load(src: string): Promise<void> {
    this.status = format(this.s.loading, { src });
    this.fetchProblems = [];
    const loaded = await this.loader.load(src);
    if (!loaded) return;
    if (!loaded.ok) {
      this.status = '';
      const message = format(this.s.fetchFailed, { src, reason: loaded.reason });
      this.fetchProblems = [{ path: 'src', message }];
      return;
    }
    const { responses, rejected } = loaded.result;
    this.responses = responses;
    this.status = [
      format(this.s.loaded, { n: responses.length, src }),
      rejected.length ? format(this.s.rejected, { n: rejected.length }) : '',
    ]
      .filter(Boolean)
      .join(' ');
    if (rejected.length) reportProblems(this, [{ path: 'src', message: rejected[0]!.reason }]);
  }

  // -------------------------------------------------------------------------------------------
  // Layout of the chart: lanes of dumbbells per row, and the respondents' dots.

  private layout(): void {
    const agg = this.agg;
    const rows = agg.tensions;
    const lanes: Omit<Lane, 'offset'>[] = [];
    const c = this.colors;
    if (agg.baselineRespondents !== null) {
      lanes.push({
        kind: 'baseline',
        label: this.s.legendBaseline,
        color: c?.muted ?? '#57606a',
        current: rows.map((t) => t.baseline?.current.mean ?? null),
        desired: rows.map((t) => t.baseline?.desired.mean ?? null),
      });
    }
    lanes.push({
      kind: 'team',
      label: this.s.team,
      color: c?.text ?? '#1f2328',
      current: rows.map((t) => t.current.mean),
      desired: rows.map((t) => t.desired.mean),
    });
    if (this.grouped) {
      agg.roles
        .filter((r) => r.shown)
        .forEach((r, i) =>
          lanes.push({
            kind: 'role',
            label: r.role,
            color: c?.roles[i % c.roles.length] ?? '#1d4ed8',
            current: rows.map((t) => t.byRole[r.role]?.current.mean ?? null),
            desired: rows.map((t) => t.byRole[r.role]?.desired.mean ?? null),
          }),
        );
    }
    const own = this.own;
    if (own) {
      const answer = (id: string, key: 'current' | 'desired') => own.tensions[id]?.[key] ?? null;
      lanes.push({
        kind: 'own',
        label: this.s.you,
        color: c?.text ?? '#1f2328',
        current: rows.map((t) => answer(t.tension, 'current')),
        desired: rows.map((t) => answer(t.tension, 'desired')),
      });
    }
    // Lanes sit around the row's middle; the dots take the bands above (now) and below (should).
    // The row grows with its lanes (sizeBox), so spacing is planned in pixels of a default row
    // and turned into fractions of this row: the dot bands keep their height however many lanes
    // (they were squeezed to a 7 px smear of dots with a lane per role).
    const row = ROW_PX * lanesScale(lanes.length);
    const half = ((lanes.length - 1) * LANE_GAP_PX) / 2 / row;
    this.lanes = lanes.map((lane, i) => ({
      ...lane,
      offset: lanes.length === 1 ? 0 : -half + (2 * half * i) / (lanes.length - 1),
    }));
    const inner = half + DOT_MARGIN_PX / row;
    const outer = inner + DOT_BAND_PX / row;
    this.dots = {
      current: this.dotPositions('current', -outer, -inner),
      desired: this.dotPositions('desired', inner, outer),
    };
  }

  /**
   * Every answer as a dot: per row and position, the count from the aggregate's distribution, in
   * columns of up to DOTS_PER_COLUMN across DOT_WIDTH. Listed line by line (left to right along
   * each horizontal line of dots), the order the drawing merges them in.
   */
  private dotPositions(key: 'current' | 'desired', top: number, bottom: number): Float32Array {
    const rows = this.agg.tensions;
    let total = 0;
    for (const t of rows) for (const count of t.distribution[key]) total += count;
    // Kept from update to update, grown when needed: a view of it holds this update's dots.
    if (this.dotBuffers[key].length < total * 2) this.dotBuffers[key] = new Float32Array(total * 2);
    const out = this.dotBuffers[key].subarray(0, total * 2);
    let k = 0;
    rows.forEach((t, row) => {
      t.distribution[key].forEach((count, index) => {
        const columns = Math.ceil(count / DOTS_PER_COLUMN);
        const perColumn = Math.min(count, DOTS_PER_COLUMN);
        for (let inCol = 0; inCol < perColumn; inCol++) {
          const y = top + ((bottom - top) * (inCol + 0.5)) / perColumn;
          // Dot i sits in column floor(i / perColumn), line i % perColumn: the last column may
          // be short, so this line has a dot in every column only while i < count.
          for (let col = 0; col * perColumn + inCol < count; col++) {
            const x = columns === 1 ? 0 : -DOT_WIDTH / 2 + (DOT_WIDTH * col) / (columns - 1);
            out[k++] = index + 1 + x;
            out[k++] = row + y;
          }
        }
      });
    });
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // The chart

  private readColors(): Colors {
    const named = resolveColors(this.renderRoot as ShadowRoot, {
      accent: 'var(--_accent)',
      desired: 'var(--_desired)',
      text: 'var(--_text)',
      muted: 'var(--_muted)',
      track: 'var(--_track)',
      border: 'var(--_border)',
      surface: 'var(--_surface)',
      surfaceAlt: 'var(--_surface-alt)',
      focus: 'var(--_focus)',
      r1: 'var(--_role-1)',
      r2: 'var(--_role-2)',
      r3: 'var(--_role-3)',
      r4: 'var(--_role-4)',
      r5: 'var(--_role-5)',
      r6: 'var(--_role-6)',
    });
    const { r1, r2, r3, r4, r5, r6, ...rest } = named;
    return { ...rest, roles: [r1, r2, r3, r4, r5, r6] };
  }

  private datasets(): ChartDataset<'scatter'>[] {
    const out: ChartDataset<'scatter'>[] = [];
    const c = this.colors!;
    for (const lane of this.lanes) {
      const points = (key: 'current' | 'desired') =>
        lane[key].flatMap((x, row) =>
          x === null || lane.current[row] === null || lane.desired[row] === null
            ? []
            : [{ x, y: row + lane.offset }],
        );
      const current = points('current');
      const desired = points('desired');
      // The "should be" marker is an arrowhead pointing the way the team wants to move.
      const rotation = desired.map((d, i) => (d.x < current[i]!.x ? -90 : 90));
      const hollow = lane.kind === 'baseline';
      const own = lane.kind === 'own';
      const colorNow = lane.kind === 'team' ? c.accent : lane.color;
      const colorGoal = lane.kind === 'team' ? c.desired : lane.color;
      const base = { parsing: false as const, borderWidth: 2, pointHoverRadius: 9 };
      out.push({
        ...base,
        // The tooltip's words: a respondent's own answer is not a mean.
        label: own ? this.s.legendOwnCurrent : `${lane.label}: ${this.s.legendCurrent}`,
        data: current,
        pointStyle: (own ? 'rectRot' : 'circle') as PointStyle,
        pointRadius: own ? 8 : 7,
        backgroundColor: hollow ? c.surface : colorNow,
        borderColor: own ? c.surface : colorNow,
      });
      out.push({
        ...base,
        label: own ? this.s.legendOwnDesired : `${lane.label}: ${this.s.legendDesired}`,
        data: desired,
        pointStyle: (own ? 'rect' : 'triangle') as PointStyle,
        pointRotation: own ? 0 : rotation,
        pointRadius: own ? 7 : 8,
        backgroundColor: hollow ? c.surface : colorGoal,
        borderColor: own ? c.surface : colorGoal,
      });
    }
    return out;
  }

  /** Draws what Chart.js has no element for: row bands, the respondents' dots, dumbbell lines. */
  private plugin(): Plugin<'scatter'> {
    return {
      id: 'tkGap',
      beforeDatasetsDraw: (chart) => {
        const c = this.colors;
        if (!c) return;
        const { ctx, chartArea: area, scales } = chart;
        const x = scales.x!;
        const y = scales.y!;
        ctx.save();
        // The selected row.
        if (this.active >= 0) {
          const top = y.getPixelForValue(this.active - 0.5);
          const bottom = y.getPixelForValue(this.active + 0.5);
          ctx.fillStyle = c.surfaceAlt;
          ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
          ctx.strokeStyle = c.focus;
          ctx.lineWidth = 2;
          ctx.strokeRect(area.left + 1, top + 1, area.right - area.left - 2, bottom - top - 2);
        }
        // A guide line per row, from pole to pole, and a rule between rows.
        ctx.strokeStyle = c.track;
        ctx.lineWidth = 1;
        ctx.beginPath();
        for (let row = 0; row < this.agg.tensions.length; row++) {
          const py = Math.round(y.getPixelForValue(row)) + 0.5;
          ctx.moveTo(x.getPixelForValue(1), py);
          ctx.lineTo(x.getPixelForValue(this.agg.points), py);
        }
        ctx.stroke();
        ctx.strokeStyle = withAlpha(c.border, 0.5);
        ctx.beginPath();
        for (let row = 1; row < this.agg.tensions.length; row++) {
          const py = Math.round(y.getPixelForValue(row - 0.5)) + 0.5;
          ctx.moveTo(0, py);
          ctx.lineTo(chart.width, py);
        }
        ctx.stroke();
        // Every answer as a dot: round dots for now, small triangles for should-be, each built of
        // whole-pixel rectangles in one opaque colour (thousands of anti-aliased arcs took about
        // 100 ms for 1,000 respondents). The dots come along horizontal lines, so a rectangle that
        // touches or overlaps the previous dot's same rectangle only widens it: the union is the
        // same pixels, drawn with a few hundred rectangles instead of tens of thousands.
        const dot = (positions: Float32Array, color: string, shape: readonly DotRect[]) => {
          ctx.fillStyle = mix(color, c.surface, DOT_SHARE);
          ctx.beginPath();
          // Each dot's pixel once, for all the rectangles of its shape (in a buffer kept between
          // draws: no garbage per update).
          const n = positions.length;
          if (this.pixels.length < n) this.pixels = new Int32Array(n);
          const pixels = this.pixels;
          for (let i = 0; i < n; i += 2) {
            pixels[i] = Math.round(x.getPixelForValue(positions[i]!));
            pixels[i + 1] = Math.round(y.getPixelForValue(positions[i + 1]!));
          }
          for (const [dx, dy, w, h] of shape) {
            let start = 0;
            let end = -Infinity;
            let line = NaN;
            for (let i = 0; i <= n; i += 2) {
              const px = i < n ? pixels[i]! : 0;
              const py = i < n ? pixels[i + 1]! : NaN;
              if (py === line && px + dx >= start && px + dx <= end) {
                end = Math.max(end, px + dx + w);
                continue;
              }
              if (end > start) ctx.rect(start, line + dy, end - start, h);
              start = px + dx;
              end = start + w;
              line = py;
            }
          }
          ctx.fill();
        };
        dot(this.dots.current, c.accent, ROUND_DOT);
        dot(this.dots.desired, c.desired, TRIANGLE_DOT);
        // The dumbbells: a line from each "now" marker to its "should be" marker.
        const sets = chart.data.datasets;
        for (let d = 0; d + 1 < sets.length; d += 2) {
          const lane = this.lanes[d / 2];
          const from = chart.getDatasetMeta(d).data;
          const to = chart.getDatasetMeta(d + 1).data;
          ctx.strokeStyle = lane?.kind === 'team' ? c.text : (lane?.color ?? c.text);
          ctx.lineWidth = lane?.kind === 'team' ? 3 : 2;
          ctx.setLineDash(lane?.kind === 'baseline' ? [5, 4] : lane?.kind === 'own' ? [2, 3] : []);
          ctx.beginPath();
          for (let i = 0; i < from.length && i < to.length; i++) {
            ctx.moveTo(from[i]!.x, from[i]!.y);
            ctx.lineTo(to[i]!.x, to[i]!.y);
          }
          ctx.stroke();
        }
        ctx.restore();
      },
    };
  }

  private options(motion: boolean) {
    const c = this.colors!;
    const rows = this.agg.tensions;
    const points = this.agg.points;
    const name = (row: number) => {
      const t = rows[row];
      return t ? (getTension(t.tension, this.locale)?.name ?? t.tension) : '';
    };
    const pole = (row: number, side: 'left' | 'right') => {
      const t = rows[row];
      const label = t ? getTension(t.tension, this.locale)?.[side].label : undefined;
      return label ?? '';
    };
    const rowTicks = (side: 'left' | 'right') => ({
      min: -0.5,
      max: Math.max(0.5, rows.length - 0.5),
      reverse: true,
      grid: { display: false },
      border: { display: false },
      afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
        axis.ticks = rows.map((_, i) => ({ value: i }));
      },
      ticks: {
        autoSkip: false,
        color: c.text,
        font: { size: 13 },
        callback: (value: string | number) =>
          side === 'left'
            ? [name(Number(value)), `← ${pole(Number(value), 'left')}`]
            : `${pole(Number(value), 'right')} →`,
      },
    });
    const num = new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 });
    return {
      responsive: true,
      maintainAspectRatio: false,
      // Chart.js drops a resize that arrives as an animation ends; resizing once more after
      // each animation (a no-op when the size is right) keeps the chart fitted to its box.
      animation: motion
        ? { duration: 250, onComplete: ({ chart }: { chart: Chart }) => chart.resize() }
        : (false as const),
      layout: { padding: { top: 4, bottom: 4 } },
      events: ['mousemove', 'mouseout', 'click', 'touchstart', 'touchmove'] as (
        'mousemove' | 'mouseout' | 'click' | 'touchstart' | 'touchmove'
      )[],
      onClick: (_event: unknown, _elements: unknown, chart: Chart) => {
        const event = _event as { y?: number | null };
        if (event.y == null) return;
        const row = Math.round(chart.scales.y!.getValueForPixel(event.y) ?? -1);
        if (row >= 0 && row < rows.length) this.select(row);
      },
      scales: {
        x: {
          type: 'linear' as const,
          min: 0.5,
          max: points + 0.5,
          grid: { color: withAlpha(c.track, 0.6) },
          border: { color: c.track },
          afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
            axis.ticks = Array.from({ length: points }, (_, i) => ({ value: i + 1 }));
          },
          ticks: { color: c.text, font: { size: 12 } },
        },
        y: { type: 'linear' as const, position: 'left' as const, ...rowTicks('left') },
        y2: { type: 'linear' as const, position: 'right' as const, ...rowTicks('right') },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { parsed: { y: number | null } }[]) =>
              name(Math.round(items[0]?.parsed.y ?? -1)),
            label: (item: { dataset: { label?: string }; parsed: { x: number | null } }) =>
              `${item.dataset.label ?? ''}: ${num.format(item.parsed.x ?? 0)}`,
          },
        },
      },
    };
  }

  private createChart(Chart: ChartConstructor, canvas: HTMLCanvasElement, motion: boolean): Chart {
    this.drawn = { version: this.dataVersion, motion };
    this.colors = this.readColors();
    this.layout();
    this.sizeBox();
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: this.datasets() },
      options: this.options(motion),
      plugins: [this.plugin()],
    }) as unknown as Chart;
  }

  private updateChart(chart: Chart, motion: boolean): void {
    const colors = this.readColors();
    if (
      this.drawn.version === this.dataVersion &&
      this.drawn.motion === motion &&
      JSON.stringify(colors) === JSON.stringify(this.colors)
    ) {
      chart.draw(); // the selection moved: repaint its band, nothing else changed
      return;
    }
    this.drawn = { version: this.dataVersion, motion };
    this.colors = colors;
    this.layout();
    chart.data.datasets = this.datasets() as ChartDataset[];
    chart.options = this.options(motion) as Chart['options'];
    const height = chart.canvas.parentElement?.clientHeight;
    this.sizeBox();
    if (chart.canvas.parentElement?.clientHeight !== height) chart.resize();
    chart.update(motion ? undefined : 'none');
  }

  // -------------------------------------------------------------------------------------------
  // Event handlers

  private readonly handleSurveySubmit = (event: Event) => {
    if (!this.htmlFor) return;
    const from = event
      .composedPath()
      .some((node) => node instanceof Element && node.id === this.htmlFor);
    if (!from) return;
    const result = parseResponse((event as CustomEvent<unknown>).detail);
    if (result.ok) this.own = result.value;
  };

  private handleKeyDown(event: KeyboardEvent) {
    const count = this.agg.tensions.length;
    if (!count) return;
    const moves: Record<string, number> = {
      ArrowDown: this.active + 1,
      ArrowRight: this.active + 1,
      ArrowUp: this.active < 0 ? count - 1 : this.active - 1,
      ArrowLeft: this.active < 0 ? count - 1 : this.active - 1,
      Home: 0,
      End: count - 1,
    };
    const next = moves[event.key];
    if (next === undefined) {
      if ((event.key === 'Enter' || event.key === ' ') && this.active >= 0) {
        event.preventDefault();
        this.select(this.active);
      }
      return;
    }
    event.preventDefault();
    this.select(Math.min(count - 1, Math.max(0, next)));
  }

  private select(row: number) {
    const t = this.agg.tensions[row];
    if (!t) return;
    this.active = row;
    this.announcement = describeTension(this.agg, row, {
      locale: this.locale,
      strings: this.ss,
      own: this.own,
    });
    emit(this, 'gap-select', { tension: t.tension });
  }

  private toggleTable() {
    this.showTable = !this.showTable;
  }

  // -------------------------------------------------------------------------------------------
  // Public methods

  /** The chart as a PNG data: URL on the theme's surface colour, or null before it is drawn. */
  toDataURL(): string | null {
    const chart = this.chart;
    if (!chart) return null;
    const source = chart.canvas;
    const out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height;
    const ctx = out.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = this.colors?.surface ?? '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    return out.toDataURL('image/png');
  }

  /** The aggregated table (what the table view shows) as CSV. */
  toCSV(): string {
    return tableToCSV(this.table);
  }

  /** Downloads the chart as a PNG file. */
  downloadPNG(): void {
    const url = this.toDataURL();
    if (url) download(this.renderRoot as ShadowRoot, url, `${this.s.fileName}.png`);
  }

  /** Downloads the aggregated table as a CSV file. */
  downloadCSV(): void {
    const blob = new Blob([this.toCSV()], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    download(this.renderRoot as ShadowRoot, url, `${this.s.fileName}.csv`);
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private marker(
    shape: 'circle' | 'triangle' | 'dot' | 'diamond' | 'square' | 'line',
    hollow = false,
  ) {
    const fill = hollow ? 'none' : 'currentColor';
    const common = { fill, stroke: 'currentColor' };
    switch (shape) {
      case 'circle':
        return svg`<circle cx="10" cy="8" r="6" fill=${common.fill} stroke=${common.stroke} stroke-width="2" />`;
      case 'triangle':
        return svg`<path d="M4 2 L16 8 L4 14 Z" fill=${common.fill} stroke=${common.stroke} stroke-width="2" />`;
      case 'diamond':
        return svg`<path d="M10 1 L17 8 L10 15 L3 8 Z" fill="currentColor" />`;
      case 'line':
        return svg`<path d="M1 8 H13" stroke="currentColor" stroke-width="3" /><path d="M12 3 L19 8 L12 13 Z" fill="currentColor" />`;
      case 'square':
        return svg`<rect x="4" y="2" width="12" height="12" fill="currentColor" />`;
      default:
        return svg`<circle cx="6" cy="8" r="2.6" fill="currentColor" /><path d="M12 5 L15 11 L9 11 Z" fill="currentColor" />`;
    }
  }

  private renderLegend() {
    const item = (
      cls: string,
      shape: Parameters<GapChart['marker']>[0],
      text: string,
      hollow = false,
    ) =>
      html`<li>
        <svg class=${cls} viewBox="0 0 20 16" aria-hidden="true">${this.marker(shape, hollow)}</svg
        >${text}
      </li>`;
    const roles = this.lanes.map((lane) => lane.label);
    let role = 0;
    const laneClass = (lane: Lane) =>
      lane.kind === 'role'
        ? `role-${(role++ % 6) + 1}`
        : lane.kind === 'baseline'
          ? 'muted'
          : 'team';
    return html`<ul class="legend" part="legend">
      ${item('current', 'circle', this.s.legendCurrent)}
      ${item('desired', 'triangle', this.s.legendDesired)}
      ${item('muted', 'dot', this.s.legendDots)}
      ${
        this.agg.baselineRespondents !== null
          ? item('muted', 'circle', this.s.legendBaseline, true)
          : nothing
      }
      ${
        this.own
          ? html`${item('own', 'diamond', this.s.legendOwnCurrent)}
            ${item('own', 'square', this.s.legendOwnDesired)}`
          : nothing
      }
      ${
        this.grouped ? this.lanes.map((lane) => item(laneClass(lane), 'line', lane.label)) : nothing
      }
      ${
        this.lanes.length > 1
          ? html`<li>${format(this.s.legendRoles, { roles: roles.join(', ') })}</li>`
          : nothing
      }
    </ul>`;
  }

  override render() {
    const s = this.s;
    const hasData = this.agg.respondents > 0;
    const label = format(s.chartLabel, {
      count: this.agg.tensions.length,
      summary: this.sentences.join(' '),
    });
    return html`
      ${this.problems.length ? configErrorTemplate(s.configError, this.problems) : nothing}
      ${this.status ? html`<p class="status">${this.status}</p>` : nothing}
      <div class="toolbar" part="toolbar">
        <button type="button" aria-pressed=${this.showTable} @click=${this.toggleTable}>
          ${this.showTable ? s.showChart : s.showTable}
        </button>
        <button type="button" @click=${this.downloadPNG} ?disabled=${this.showTable || !hasData}>
          ${s.downloadPng}
        </button>
        <button type="button" @click=${this.downloadCSV} ?disabled=${!hasData}>
          ${s.downloadCsv}
        </button>
      </div>
      <div
        class="plot"
        part="chart"
        role="group"
        aria-label=${s.regionLabel}
        tabindex="0"
        ?hidden=${this.showTable}
        @keydown=${this.handleKeyDown}
      >
        <div class="plot-box"><canvas role="img" aria-label=${label}></canvas></div>
        ${this.renderLegend()}
      </div>
      ${dataTable(this.table.caption, this.table.head, this.table.rows, {
        hidden: !this.showTable,
        part: 'wrap',
      })}
      <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      <section class="summary" part="summary">
        <h3>${s.summaryTitle}</h3>
        ${
          hasData
            ? html`<ul>
                ${this.sentences.map((line) => html`<li>${line}</li>`)}
              </ul>`
            : html`<p class="empty">${s.empty}</p>`
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
