/**
 * What a chart's drawing code does to an existing Chart.js chart between updates: keep its
 * dataset objects, move its markers in place when only their values changed, and read the
 * theme's colours for the canvas. Only drawing code imports this module, so it loads with
 * Chart.js (a page pays for it when a chart is drawn; see ./chart-host.ts for the element side).
 */
import type { Chart } from 'chart.js';

/**
 * `fresh` with the dataset objects of `previous` reused, index by index, their fields replaced:
 * Chart.js keeps a dataset's controller and elements only while the dataset is the same object,
 * and building them again was the larger part of a chart's update (issue 14).
 */
export function reuseDatasets<T extends object>(previous: readonly T[], fresh: readonly T[]): T[] {
  return fresh.map((dataset, index) => {
    const old = previous[index] as Record<string, unknown> | undefined;
    if (!old) return dataset;
    for (const key of Object.keys(old)) if (!Object.hasOwn(dataset, key)) delete old[key];
    return Object.assign(old, dataset) as T;
  });
}

/** A marker's value, as the charts hand Chart.js their points (`parsing: false`). */
interface MarkerPoint {
  x: number;
  y: number;
}

/**
 * Moves the markers of a drawn scatter chart to `fresh`'s values in place, without
 * `chart.update()`, which resolves every option of the chart again (5 to 7 ms of a 1,000-response
 * gap chart update; issue 14). Only when nothing else changed: as many datasets, every field
 * other than `data` and `pointRotation` the same, each dataset as many points at the same rows.
 * The previous points take the new x values (Chart.js reads them as parsed for its tooltips),
 * each element its pixel on the x scale and its rotation; the caller draws. Returns false,
 * changing nothing, when it cannot (the caller updates the chart).
 */
export function moveMarkers(chart: Chart, fresh: readonly object[]): boolean {
  const datasets = chart.data.datasets as unknown as Record<string, unknown>[];
  const scale = chart.scales.x;
  if (!scale || datasets.length !== fresh.length) return false;
  const metas = datasets.map((_, index) => chart.getDatasetMeta(index));
  for (const [index, dataset] of fresh.entries()) {
    const now = dataset as Record<string, unknown>;
    const old = datasets[index]!;
    const keys = Object.keys(now);
    if (keys.length !== Object.keys(old).length) return false;
    for (const key of keys)
      if (key !== 'data' && key !== 'pointRotation' && old[key] !== now[key]) return false;
    const points = now.data as MarkerPoint[];
    const drawn = old.data as MarkerPoint[];
    if (points.length !== drawn.length || metas[index]!.data.length !== drawn.length) return false;
    if (points.some((point, i) => point.y !== drawn[i]!.y)) return false;
  }
  for (const [index, dataset] of fresh.entries()) {
    const now = dataset as Record<string, unknown>;
    const old = datasets[index]!;
    const points = now.data as MarkerPoint[];
    const drawn = old.data as MarkerPoint[];
    const elements = metas[index]!.data as unknown as { x: number; options: object }[];
    const rotation = Array.isArray(now.pointRotation) ? (now.pointRotation as number[]) : null;
    const before = Array.isArray(old.pointRotation) ? (old.pointRotation as number[]) : null;
    points.forEach((point, i) => {
      drawn[i]!.x = point.x;
      elements[i]!.x = scale.getPixelForValue(point.x);
      const turn = rotation?.[i];
      if (turn !== undefined && turn !== before?.[i])
        elements[i]!.options = { ...elements[i]!.options, rotation: turn };
    });
    if (rotation) old.pointRotation = rotation;
  }
  return true;
}

/** Each root's colour probes: a hidden box with one probe per colour expression. */
const colorProbes = new WeakMap<Node, { box: HTMLElement; probes: Map<string, HTMLElement> }>();

/**
 * Resolves theme colours for a canvas: each name is a CSS colour expression (such as
 * `var(--_accent)`) on a hidden probe inside the shadow root, read back as `rgb()`. All the
 * probes go in at once, are read after one style pass and leave at once; they are kept, out of
 * the page, for the next read. (One probe given each colour in turn cost a style pass per colour:
 * about 0.6 ms of every chart update; issue 14.) Nothing stays in the shadow root, whose markup
 * carries no style attribute (a strict CSP).
 */
export function resolveColors<K extends string>(
  root: ShadowRoot | HTMLElement,
  colors: Readonly<Record<K, string>>,
): Record<K, string> {
  let kept = colorProbes.get(root);
  if (!kept) {
    const box = document.createElement('div');
    box.hidden = true;
    kept = { box, probes: new Map() };
    colorProbes.set(root, kept);
  }
  const keys = Object.keys(colors) as K[];
  const probes = keys.map((key) => {
    let probe = kept.probes.get(colors[key]);
    if (!probe) {
      probe = document.createElement('span');
      probe.style.color = colors[key];
      kept.box.append(probe);
      kept.probes.set(colors[key], probe);
    }
    return probe;
  });
  root.prepend(kept.box);
  const out = {} as Record<K, string>;
  keys.forEach((key, index) => (out[key] = getComputedStyle(probes[index]!).color));
  kept.box.remove();
  return out;
}
