/**
 * How `<gap-chart>` draws on its canvas with Chart.js: the theme's colours read for the canvas,
 * the datasets (a "now" and a "should be" marker per lane), the options (gap-chart.options.ts)
 * and the plugin that paints what Chart.js has no element for (the selected row, guide lines, the
 * respondents' dots, the dumbbells). The geometry comes from gap-chart.layout.ts.
 */
import type { Chart, ChartDataset, Plugin, PointStyle } from 'chart.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import type { Locale, Tension } from '../../core/schema.js';
import type { ChartConstructor } from '../../internal/chart-host.js';
import { moveMarkers, resolveColors, reuseDatasets } from '../../internal/chart-data.js';
import { mix, withAlpha } from '../../internal/colour.js';
import { ROUND_DOT, TRIANGLE_DOT, dotRects, lanePoints } from './gap-chart.layout.js';
import type { DotPositions, DotRect, GapLayout, Lane } from './gap-chart.layout.js';
import { gapOptions } from './gap-chart.options.js';
import type { ChartColors } from './gap-chart.options.js';

export type { ChartColors } from './gap-chart.options.js';

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
  /** What the chart's options and box were last made from (see shapeOf). */
  private shape = '';
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
    this.shape = this.shapeOf(source);
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
    const sameTheme = sameColors(colors, this.colors);
    if (drawn.version === version && drawn.motion === motion && sameTheme) {
      chart.draw(); // the selection moved: repaint its band, nothing else changed
      return;
    }
    this.drawn = { version, motion };
    this.colors = colors;
    const datasets = gapDatasets(source.layout.lanes, colors, source.words) as ChartDataset[];
    const shape = this.shapeOf(source);
    // New figures on the same rows, lanes and box, without motion: the markers move in place
    // and the chart repaints (chart.update() resolves every option again; issue 14).
    const still = !motion && !drawn.motion && sameTheme && shape === this.shape;
    if (still && moveMarkers(chart, datasets)) {
      chart.draw();
      return;
    }
    this.shape = shape;
    chart.data.datasets = reuseDatasets(chart.data.datasets, datasets);
    chart.options = this.options(source, colors, motion) as Chart['options'];
    const height = chart.canvas.parentElement?.clientHeight;
    this.sizeBox(source);
    if (chart.canvas.parentElement?.clientHeight !== height) chart.resize();
    chart.update(motion ? undefined : 'none');
  }

  /**
   * What the options and the box's size are made of besides the colours and motion: when it is
   * the same, only the markers' values can have changed.
   */
  private shapeOf({ figures, layout, locale, tensions }: PaintSource): string {
    const rows = figures.tensions.map(({ tension }) => {
      const text = tensions.find(({ id }) => id === tension);
      return [tension, text?.name, text?.left.label, text?.right.label];
    });
    return JSON.stringify([rows, figures.points, locale, layout.rowScale, this.family]);
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
