/**
 * How `<gap-chart>` draws on its canvas with Chart.js: the theme's colours read for the canvas,
 * the datasets (a "now" and a "should be" marker per lane), the options (axes, tooltips, clicks)
 * and the plugin that paints what Chart.js has no element for (the selected row, guide lines, the
 * respondents' dots, the dumbbells). The geometry comes from gap-chart.layout.ts.
 */
import type { Chart, ChartDataset, Plugin, PointStyle } from 'chart.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import type { Locale, Tension } from '../../core/schema.js';
import { type ChartConstructor, resolveColors, reuseDatasets } from '../../internal/chart-host.js';
import { mix, withAlpha } from '../../internal/colour.js';
import {
  ROUND_DOT,
  TRIANGLE_DOT,
  dotRects,
  lanePoints,
  positionAxis,
  rowAt,
  rowAxis,
  wrapLabel,
} from './gap-chart.layout.js';
import type { DotPositions, DotRect, GapLayout, Lane } from './gap-chart.layout.js';

/** The theme's colours as a canvas takes them (`rgb()`), with the six role colours in order. */
export type ChartColors = Record<
  'accent' | 'desired' | 'text' | 'muted' | 'track' | 'border' | 'surface' | 'surfaceAlt' | 'focus',
  string
> & { roles: string[] };

/**
 * How much of the theme colour the dots take over the surface: lighter than the team's markers,
 * and still 3:1 against it as WCAG asks of the parts of a graphic (3.75:1 or more in the default
 * light and dark themes, on the selected row too).
 */
export const DOT_SHARE = 0.75;

/** Reads the chart's colours from the element's theme (see resolveColors). */
export function readChartColors(root: ShadowRoot): ChartColors {
  const named = resolveColors(root, {
    accent: 'var(--_accent)',
    desired: 'var(--_desired)',
    text: 'var(--_text)',
    muted: 'var(--_muted)',
    track: 'var(--_track)',
    border: 'var(--_border)',
    surface: 'var(--_surface)',
    surfaceAlt: 'var(--_surface-alt)',
    focus: 'var(--_focus)',
    role1: 'var(--_role-1)',
    role2: 'var(--_role-2)',
    role3: 'var(--_role-3)',
    role4: 'var(--_role-4)',
    role5: 'var(--_role-5)',
    role6: 'var(--_role-6)',
  });
  const { role1, role2, role3, role4, role5, role6, ...rest } = named;
  return { ...rest, roles: [role1, role2, role3, role4, role5, role6] };
}

/** Whether two readings of the theme give the same colours. */
export function sameColors(a: ChartColors | null, b: ChartColors | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A lane's own colour: its dumbbell, and its markers unless it is the team's. */
export function laneColor(lane: Lane, colors: ChartColors): string {
  if (lane.kind === 'baseline') return colors.muted;
  if (lane.kind === 'role') return colors.roles[lane.roleIndex % colors.roles.length]!;
  return colors.text;
}

/** The words of the tooltips. */
export interface DatasetWords {
  legendCurrent: string;
  legendDesired: string;
  legendOwnCurrent: string;
  legendOwnDesired: string;
}

/** Two datasets per lane, in lane order: "where we are", then "where we should be". */
export function gapDatasets(
  lanes: readonly Lane[],
  colors: ChartColors,
  words: DatasetWords,
): ChartDataset<'scatter'>[] {
  const out: ChartDataset<'scatter'>[] = [];
  for (const lane of lanes) {
    const { current, desired, rotation } = lanePoints(lane);
    const hollow = lane.kind === 'baseline';
    const own = lane.kind === 'own';
    const colorNow = lane.kind === 'team' ? colors.accent : laneColor(lane, colors);
    const colorGoal = lane.kind === 'team' ? colors.desired : laneColor(lane, colors);
    const base = { parsing: false as const, borderWidth: 2, pointHoverRadius: 9 };
    out.push({
      ...base,
      // The tooltip's words: a respondent's own answer is not a mean.
      label: own ? words.legendOwnCurrent : `${lane.label}: ${words.legendCurrent}`,
      data: current,
      pointStyle: (own ? 'rectRot' : 'circle') as PointStyle,
      pointRadius: own ? 8 : 7,
      backgroundColor: hollow ? colors.surface : colorNow,
      borderColor: own ? colors.surface : colorNow,
    });
    out.push({
      ...base,
      label: own ? words.legendOwnDesired : `${lane.label}: ${words.legendDesired}`,
      data: desired,
      // The "should be" marker is an arrowhead pointing the way the lane wants to move.
      pointStyle: (own ? 'rect' : 'triangle') as PointStyle,
      pointRotation: own ? 0 : rotation,
      pointRadius: own ? 7 : 8,
      backgroundColor: hollow ? colors.surface : colorGoal,
      borderColor: own ? colors.surface : colorGoal,
    });
  }
  return out;
}

export interface OptionsInput {
  aggregate: Aggregate;
  locale: Locale;
  /** The tensions' text in the page's language. */
  tensions: readonly Tension[];
  colors: ChartColors;
  /** False when the reader prefers reduced motion. */
  motion: boolean;
  /** The reader clicked a row. */
  onRowClick: (row: number) => void;
  /** The font family the axis labels are drawn in (Chart.js's default), to measure them. */
  family: string;
}

/** The axis labels' font size, and the room Chart.js keeps between a label and the plot. */
const LABEL_SIZE = 13;
const LABEL_PADDING = 3;

/** The chart's options: both axes, the tooltips, and a click that selects a row. */
export function gapOptions(input: OptionsInput) {
  const { aggregate, locale, tensions, colors, motion, onRowClick, family } = input;
  const rows = aggregate.tensions;
  const text = (row: number) => tensions.find((tension) => tension.id === rows[row]?.tension);
  const name = (row: number) => text(row)?.name ?? rows[row]?.tension ?? '';
  const pole = (row: number, side: 'left' | 'right') => text(row)?.[side].label ?? '';
  const rowRange = rowAxis(rows.length);
  const positions = positionAxis(aggregate.points);
  const rowTicks = (side: 'left' | 'right') => ({
    min: rowRange.min,
    max: rowRange.max,
    reverse: true,
    grid: { display: false },
    border: { display: false },
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = rowRange.ticks.map((value) => ({ value }));
    },
    ticks: {
      autoSkip: false,
      color: colors.text,
      font: { size: LABEL_SIZE, family },
      padding: LABEL_PADDING,
      // Chart.js gives each side axis at most a quarter of the chart's width and cuts what is
      // wider, so the names and poles are wrapped to fit it (measured in the labels' font).
      callback(this: { maxWidth: number; ctx: CanvasRenderingContext2D }, value: string | number) {
        const row = Number(value);
        const { ctx } = this;
        ctx.save();
        ctx.font = `${LABEL_SIZE}px ${family}`;
        const fit = (text: string) =>
          wrapLabel(text, this.maxWidth - LABEL_PADDING - 1, (line) => ctx.measureText(line).width);
        const lines =
          side === 'left'
            ? [...fit(name(row)), ...fit(`←\u00a0${pole(row, 'left')}`)]
            : fit(`${pole(row, 'right')}\u00a0→`);
        ctx.restore();
        return lines;
      },
    },
  });
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
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
    onClick: (event: unknown, _elements: unknown, chart: Chart) => {
      const { y } = event as { y?: number | null };
      if (y == null) return;
      const row = rowAt(chart.scales.y!.getValueForPixel(y), rows.length);
      if (row >= 0) onRowClick(row);
    },
    scales: {
      x: {
        type: 'linear' as const,
        min: positions.min,
        max: positions.max,
        grid: { color: withAlpha(colors.track, 0.6) },
        border: { color: colors.track },
        afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
          axis.ticks = positions.ticks.map((value) => ({ value }));
        },
        ticks: { color: colors.text, font: { size: 12 } },
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
            `${item.dataset.label ?? ''}: ${number.format(item.parsed.x ?? 0)}`,
        },
      },
    },
  };
}

/** What the plugin paints, read at each draw (the selection moves without new data). */
export interface DrawnView {
  colors: ChartColors | null;
  /** The selected row, or -1. */
  active: number;
  /** The selected lane of that row. */
  lane: number;
  rows: number;
  points: number;
  lanes: readonly Lane[];
  dots: DotPositions;
  /** Each row's aim (a plan's), or null. */
  aims: readonly (number | null)[];
}

/** Each row's aim from a plan's aims by tension id: null where the plan sets none. */
export function aimsByRow(
  tensions: readonly { tension: string }[],
  aims: Readonly<Record<string, number>> | null,
): (number | null)[] {
  return tensions.map(({ tension }) =>
    aims && Object.hasOwn(aims, tension) && typeof aims[tension] === 'number'
      ? aims[tension]
      : null,
  );
}

/** Draws what Chart.js has no element for: row bands, the respondents' dots, dumbbell lines. */
export function gapPlugin(view: () => DrawnView): Plugin<'scatter'> {
  // The dots' pixels while drawing, x and y in turn (kept from draw to draw: no garbage).
  let pixels = new Int32Array(0);
  return {
    id: 'tkGap',
    beforeDatasetsDraw: (chart) => {
      const { colors, active, lane, rows, points, lanes, dots, aims } = view();
      if (!colors) return;
      const { ctx, chartArea: area, scales } = chart;
      const x = scales.x!;
      const y = scales.y!;
      ctx.save();
      // The selected row.
      if (active >= 0) {
        const top = y.getPixelForValue(active - 0.5);
        const bottom = y.getPixelForValue(active + 0.5);
        ctx.fillStyle = colors.surfaceAlt;
        ctx.fillRect(area.left, top, area.right - area.left, bottom - top);
        ctx.strokeStyle = colors.focus;
        ctx.lineWidth = 2;
        ctx.strokeRect(area.left + 1, top + 1, area.right - area.left - 2, bottom - top - 2);
        // The selected lane, when the row has several: a rule under its markers.
        const offset = lanes.length > 1 ? lanes[lane]?.offset : undefined;
        if (offset !== undefined) {
          const py = Math.round(y.getPixelForValue(active + offset)) + 9.5;
          ctx.beginPath();
          ctx.moveTo(x.getPixelForValue(0.75), py);
          ctx.lineTo(x.getPixelForValue(points + 0.25), py);
          ctx.stroke();
        }
      }
      // A guide line per row, from pole to pole, and a rule between rows.
      ctx.strokeStyle = colors.track;
      ctx.lineWidth = 1;
      ctx.beginPath();
      for (let row = 0; row < rows; row++) {
        const py = Math.round(y.getPixelForValue(row)) + 0.5;
        ctx.moveTo(x.getPixelForValue(1), py);
        ctx.lineTo(x.getPixelForValue(points), py);
      }
      ctx.stroke();
      ctx.strokeStyle = withAlpha(colors.border, 0.5);
      ctx.beginPath();
      for (let row = 1; row < rows; row++) {
        const py = Math.round(y.getPixelForValue(row - 0.5)) + 0.5;
        ctx.moveTo(0, py);
        ctx.lineTo(chart.width, py);
      }
      ctx.stroke();
      // A plan's aim: an upright bar across the row, in the focus colour.
      ctx.strokeStyle = colors.focus;
      ctx.lineWidth = 3;
      ctx.beginPath();
      aims.forEach((aim, row) => {
        if (aim === null) return;
        const px = Math.round(x.getPixelForValue(aim));
        ctx.moveTo(px, y.getPixelForValue(row - 0.4));
        ctx.lineTo(px, y.getPixelForValue(row + 0.4));
      });
      ctx.stroke();
      // Every answer as a dot: round dots for now, small triangles for should-be, each built of
      // whole-pixel rectangles in one opaque colour (thousands of anti-aliased arcs took about
      // 100 ms for 1,000 respondents); dotRects merges the rectangles along each line.
      const paintDots = (positions: Float32Array, color: string, shape: readonly DotRect[]) => {
        ctx.fillStyle = mix(color, colors.surface, DOT_SHARE);
        ctx.beginPath();
        // Each dot's pixel once, for all the rectangles of its shape.
        const length = positions.length;
        if (pixels.length < length) pixels = new Int32Array(length);
        for (let i = 0; i < length; i += 2) {
          pixels[i] = Math.round(x.getPixelForValue(positions[i]!));
          pixels[i + 1] = Math.round(y.getPixelForValue(positions[i + 1]!));
        }
        dotRects(pixels, length, shape, (left, top, width, height) =>
          ctx.rect(left, top, width, height),
        );
        ctx.fill();
      };
      paintDots(dots.current, colors.accent, ROUND_DOT);
      paintDots(dots.desired, colors.desired, TRIANGLE_DOT);
      // The dumbbells: a line from each "now" marker to its "should be" marker.
      const sets = chart.data.datasets;
      for (let index = 0; index + 1 < sets.length; index += 2) {
        const lane = lanes[index / 2];
        const from = chart.getDatasetMeta(index).data;
        const to = chart.getDatasetMeta(index + 1).data;
        ctx.strokeStyle = lane ? laneColor(lane, colors) : colors.text;
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

/** What the element hands the painter at each create or update. */
export interface PaintSource {
  figures: Aggregate;
  locale: Locale;
  /** The tensions' text in the page's language. */
  tensions: readonly Tension[];
  words: DatasetWords;
  layout: GapLayout;
  /** The selected row, or -1. */
  active: number;
  /** The selected lane (an index into the layout's lanes). */
  lane: number;
  /** Bumped by the element whenever the figures or lanes change. */
  version: number;
  /** A plan's aims by tension id (`<team-results>` checking back); null for none. */
  aims: Readonly<Record<string, number>> | null;
}

/**
 * Builds and refreshes `<gap-chart>`'s Chart.js chart for its ChartHost: reads the theme's
 * colours, sizes the chart's box for its rows, and rebuilds data and options only when the
 * figures, the colours or the motion preference changed (a new selection only repaints).
 */
export class GapPainter {
  /** The colours of the last drawing; null before the first. */
  colors: ChartColors | null = null;
  private drawn = { version: -1, motion: false };
  /** Chart.js's default font family, which the axis labels are measured in. */
  private family = 'sans-serif';

  constructor(
    private readonly root: () => ShadowRoot,
    private readonly source: () => PaintSource,
    private readonly onRowClick: (row: number) => void,
  ) {}

  create(Chart: ChartConstructor, canvas: HTMLCanvasElement, motion: boolean): Chart {
    const source = this.source();
    const colors = readChartColors(this.root());
    this.family = Chart.defaults.font.family ?? this.family;
    this.drawn = { version: source.version, motion };
    this.colors = colors;
    this.sizeBox(source);
    return new Chart(canvas, {
      type: 'scatter',
      data: { datasets: gapDatasets(source.layout.lanes, colors, source.words) },
      options: this.options(source, colors, motion),
      plugins: [gapPlugin(() => this.view())],
    }) as unknown as Chart;
  }

  update(chart: Chart, motion: boolean): void {
    const source = this.source();
    const colors = readChartColors(this.root());
    const { version } = source;
    const { drawn } = this;
    if (drawn.version === version && drawn.motion === motion && sameColors(colors, this.colors)) {
      chart.draw(); // the selection moved: repaint its band, nothing else changed
      return;
    }
    this.drawn = { version, motion };
    this.colors = colors;
    const datasets = gapDatasets(source.layout.lanes, colors, source.words) as ChartDataset[];
    chart.data.datasets = reuseDatasets(chart.data.datasets, datasets);
    chart.options = this.options(source, colors, motion) as Chart['options'];
    const height = chart.canvas.parentElement?.clientHeight;
    this.sizeBox(source);
    if (chart.canvas.parentElement?.clientHeight !== height) chart.resize();
    chart.update(motion ? undefined : 'none');
  }

  private options(
    { figures, locale, tensions }: PaintSource,
    colors: ChartColors,
    motion: boolean,
  ) {
    const { onRowClick, family } = this;
    return gapOptions({ aggregate: figures, locale, tensions, colors, motion, onRowClick, family });
  }

  /** What the plugin paints, read at each draw. */
  private view(): DrawnView {
    const { active, lane, figures, layout, aims } = this.source();
    const rows = figures.tensions.length;
    const { lanes, dots } = layout;
    const marks = aimsByRow(figures.tensions, aims);
    const { colors } = this;
    return { colors, active, lane, rows, points: figures.points, lanes, dots, aims: marks };
  }

  /** Sizes the chart's box for its rows (after render, so no style attribute is rendered). */
  private sizeBox({ figures, layout }: PaintSource): void {
    const box = this.root().querySelector<HTMLElement>('.plot-box');
    box?.style.setProperty('--_rows', String(Math.max(1, figures.tensions.length)));
    box?.style.setProperty('--_lanes-scale', String(layout.rowScale));
  }
}
