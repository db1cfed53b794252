import { describe, expect, it } from 'vitest';
import { aimsByRow, gapPlugin } from '../../../../src/components/gap-chart/gap-chart.draw.js';
import type {
  ChartColors,
  DrawnView,
} from '../../../../src/components/gap-chart/gap-chart.draw.js';

describe('gap chart aims', () => {
  it('puts each aim on its tension’s row, null where the plan sets none', () => {
    const rows = [{ tension: 'locus-of-control' }, { tension: 'pace' }, { tension: 'flexibility' }];
    expect(aimsByRow(rows, { pace: 3, 'locus-of-control': 5, other: 2 })).toEqual([5, 3, null]);
    expect(aimsByRow(rows, null)).toEqual([null, null, null]);
    expect(aimsByRow([{ tension: 'toString' }], {})).toEqual([null]);
  });

  it('draws an upright bar at each aim, across its row', () => {
    const lines: string[] = [];
    let at = '';
    const ctx = new Proxy(
      {},
      {
        get: (_, key) =>
          key === 'moveTo'
            ? (x: number, y: number) => (at = `${x},${y}`)
            : key === 'lineTo'
              ? (x: number, y: number) => lines.push(`${at} -> ${x},${y}`)
              : () => undefined,
        set: () => true,
      },
    );
    const scale = (k: number) => ({ getPixelForValue: (v: number) => v * k });
    const chart = {
      ctx,
      chartArea: { left: 0, right: 100, top: 0, bottom: 100 },
      width: 100,
      scales: { x: scale(10), y: scale(100) },
      data: { datasets: [] },
    };
    const colors = new Proxy({}, { get: () => '#000000' }) as ChartColors;
    const view: DrawnView = {
      colors,
      active: -1,
      lane: -1,
      rows: 2,
      points: 7,
      lanes: [],
      dots: { current: new Float32Array(0), desired: new Float32Array(0) },
      aims: [null, 3],
    };
    const plugin = gapPlugin(() => view);
    (plugin.beforeDatasetsDraw as (c: unknown) => void)(chart);
    expect(lines).toContain('30,60 -> 30,140');
    expect(lines.filter((line) => line.startsWith('30,'))).toHaveLength(1);
  });
});
