/**
 * `<gap-chart>`'s Chart.js options: both axes (the rows named and their poles wrapped to fit),
 * the tooltips, and a click that selects a row. Loaded with the drawing (gap-chart.draw.ts).
 */
import type { Chart } from 'chart.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import type { Locale, Tension } from '../../core/schema.js';
import { withAlpha } from '../../internal/colour.js';
import { positionAxis, rowAt, rowAxis, wrapLabel } from './gap-chart.layout.js';

/** The theme's colours as a canvas takes them (`rgb()`), with the six role colours in order. */
export type ChartColors = Record<
  'accent' | 'desired' | 'text' | 'muted' | 'track' | 'border' | 'surface' | 'surfaceAlt' | 'focus',
  string
> & { roles: string[] };

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
    // No tick marks: Chart.js counts their length in the axis's width even with the grid hidden.
    grid: { display: false, drawTicks: false },
    border: { display: false },
    afterBuildTicks: (axis: { ticks: { value: number }[] }) => {
      axis.ticks = rowRange.ticks.map((value) => ({ value }));
    },
    ticks: {
      autoSkip: false,
      color: colors.text,
      font: { size: LABEL_SIZE, family },
      padding: LABEL_PADDING,
      // Chart.js gives each side axis at most a quarter of the chart's width, less the padding on
      // both sides of the labels, and cuts what is wider, so the names and poles are wrapped to
      // fit it (measured in the labels' font).
      callback(this: { maxWidth: number; ctx: CanvasRenderingContext2D }, value: string | number) {
        const row = Number(value);
        const { ctx } = this;
        ctx.save();
        ctx.font = `${LABEL_SIZE}px ${family}`;
        const fit = (text: string) =>
          wrapLabel(
            text,
            this.maxWidth - 2 * LABEL_PADDING - 1,
            (line) => ctx.measureText(line).width,
          );
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
