/**
 * What every chart element needs around its Chart.js instance, as a Lit reactive controller:
 * Chart.js loaded on demand (its own chunk), the chart created once the canvas is rendered,
 * destroyed when the element leaves the page and created again when it comes back, redrawn
 * without animation when the reader prefers reduced motion. What the drawing code does to the
 * chart's data and the theme's colours is in ./chart-data.ts, which loads with Chart.js.
 *
 * Usage: `private chartHost = new ChartHost(this, { canvas: () => this.canvas, create, update })`.
 * `create` builds the Chart with the loaded constructor; `update` refreshes an existing one after
 * each host update (set data, then `chart.update(motion ? undefined : 'none')`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Chart } from 'chart.js';
import { loadChart } from './chart.js';

export type ChartConstructor = typeof Chart;

export interface ChartHostOptions {
  /**
   * The rendered canvas, or null before the first render (or while an error or another view
   * shows instead).
   */
  canvas(): HTMLCanvasElement | null;
  /**
   * Loads what the element draws with, alongside Chart.js (its own chunk: a page pays for the
   * drawing code only when a chart is drawn). Optional.
   */
  load?(): Promise<unknown>;
  /** Builds the chart on the canvas; `motion` is false when reduced motion is preferred. */
  create(Chart: ChartConstructor, canvas: HTMLCanvasElement, motion: boolean): Chart;
  /** Refreshes an existing chart after a host update. */
  update(chart: Chart, motion: boolean): void;
}

const reducedMotion = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export class ChartHost implements ReactiveController {
  /** The live chart, or null before Chart.js has loaded and after the host left the page. */
  chart: Chart | null = null;
  private connected = false;
  private loading: Promise<ChartConstructor> | null = null;
  /** Reduced motion, and forced colours (the theme's colours change with it: redraw). */
  private media: MediaQueryList[] = [];
  private readonly onMediaChange = () => {
    if (this.chart) this.options.update(this.chart, this.motion);
  };
  private settle: (() => void) | null = null;
  private drawn: Promise<void> = new Promise((resolve) => (this.settle = resolve));

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ChartHostOptions,
  ) {
    host.addController(this);
  }

  /** False when the reader prefers reduced motion: redraw without animation. */
  get motion(): boolean {
    return !reducedMotion();
  }

  /** Resolves once a chart has been created and drawn (again after each reconnection). */
  get ready(): Promise<void> {
    return this.drawn;
  }

  hostConnected(): void {
    this.connected = true;
    if (typeof matchMedia === 'function') {
      this.media = ['(prefers-reduced-motion: reduce)', '(forced-colors: active)'].map((query) =>
        matchMedia(query),
      );
      for (const list of this.media) list.addEventListener('change', this.onMediaChange);
    }
    // Reconnected after a move in the page: the canvas is still rendered, so build again now.
    if (this.options.canvas()) void this.ensure();
  }

  hostUpdated(): void {
    // A render that replaced or removed the canvas (a view switched away and back) takes the
    // chart with it; one is built again on the new canvas.
    if (this.chart && this.chart.canvas !== this.options.canvas()) this.destroy();
    if (this.chart) this.options.update(this.chart, this.motion);
    else void this.ensure();
  }

  hostDisconnected(): void {
    this.connected = false;
    for (const list of this.media) list.removeEventListener('change', this.onMediaChange);
    this.destroy();
  }

  /** Destroys the chart (it is created again when the host reconnects). */
  destroy(): void {
    if (!this.chart) return;
    this.chart.destroy();
    this.chart = null;
    this.drawn = new Promise((resolve) => (this.settle = resolve));
  }

  private async ensure(): Promise<void> {
    if (!this.options.canvas()) return;
    this.loading ??= Promise.all([loadChart(), this.options.load?.()]).then(([Chart]) => Chart);
    const Chart = await this.loading;
    const canvas = this.options.canvas();
    // The host may have left the page, or made its chart, while Chart.js was loading.
    if (!this.connected || this.chart || !canvas) return;
    this.chart = this.options.create(Chart, canvas, this.motion);
    this.settle?.();
  }
}

/**
 * Saves a download under a file name, through a temporary link: a data: URL, or a Blob (given
 * a URL of its own for the download, released right after).
 */
export function download(
  root: ShadowRoot | HTMLElement,
  content: string | Blob,
  filename: string,
): void {
  const href = typeof content === 'string' ? content : URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.hidden = true;
  root.append(link);
  link.click();
  link.remove();
  if (href !== content) setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** The chart as a PNG data: URL on an opaque background (a canvas is transparent). */
export function chartImage(chart: Chart, background: string): string | null {
  const source = chart.canvas;
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const context = out.getContext('2d');
  if (!context) return null;
  context.fillStyle = background;
  context.fillRect(0, 0, out.width, out.height);
  context.drawImage(source, 0, 0);
  return out.toDataURL('image/png');
}
