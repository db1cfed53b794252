import { expect, fixture, html } from '@open-wc/testing';
import type { Chart } from 'chart.js';
import { moveMarkers } from '../../../src/internal/chart-data.js';
import { loadChart } from '../../../src/internal/chart.js';

/** Two datasets of markers, the second an arrow per point, as the gap chart hands them over. */
const datasets = (shift = 0, color = 'rgb(1, 2, 3)') => [
  {
    parsing: false as const,
    label: 'now',
    backgroundColor: color,
    data: [
      { x: 2 + shift, y: 0 },
      { x: 5 + shift, y: 1 },
    ],
  },
  {
    parsing: false as const,
    label: 'should be',
    backgroundColor: color,
    pointStyle: 'triangle' as const,
    pointRotation: shift ? [-90, 90] : [90, 90],
    data: [
      { x: 4, y: 0 },
      { x: 6, y: 1 },
    ],
  },
];

async function scatter(): Promise<Chart> {
  const Chart = await loadChart();
  const box = await fixture<HTMLElement>(html`<div><canvas></canvas></div>`);
  return new Chart(box.querySelector('canvas')!, {
    type: 'scatter',
    data: { datasets: datasets() },
    options: {
      animation: false,
      responsive: false,
      scales: { x: { type: 'linear', min: 0, max: 8 }, y: { type: 'linear', min: -1, max: 2 } },
    },
  }) as unknown as Chart;
}

/** Each marker as drawn: value, pixel and rotation. */
const drawn = (chart: Chart) =>
  chart.data.datasets.map((dataset, index) => [
    (dataset.data as { x: number; y: number }[]).map(({ x, y }) => [x, y]),
    chart
      .getDatasetMeta(index)
      .data.map((point) => [point.x, point.y, (point.options as { rotation?: number }).rotation]),
  ]);

describe('moveMarkers', () => {
  it('moves the markers and arrows in place to what a full update draws', async () => {
    const chart = await scatter();
    const sets = chart.data.datasets;
    const first = sets[0]!.data;
    expect(moveMarkers(chart, datasets(1))).to.equal(true);
    expect(chart.data.datasets).to.equal(sets);
    expect(chart.data.datasets[0]!.data).to.equal(first);
    const moved = drawn(chart);
    expect(moved[0]![0]).to.deep.equal([
      [3, 0],
      [6, 1],
    ]);
    expect((moved[1]![1] as number[][]).map((marker) => marker[2])).to.deep.equal([-90, 90]);
    chart.update('none');
    expect(drawn(chart)).to.deep.equal(moved);
    chart.destroy();
  });

  it('changes nothing and answers false when more than the values changed', async () => {
    const chart = await scatter();
    const before = drawn(chart);
    const colour = datasets(1, 'rgb(9, 9, 9)');
    expect(moveMarkers(chart, colour)).to.equal(false);
    const fewer = datasets(1);
    fewer[0]!.data.pop();
    expect(moveMarkers(chart, fewer)).to.equal(false);
    const otherRow = datasets(1);
    otherRow[1]!.data[1]!.y = 2;
    expect(moveMarkers(chart, otherRow)).to.equal(false);
    expect(moveMarkers(chart, datasets(1).slice(0, 1))).to.equal(false);
    const extra = datasets(1).map((set) => ({ ...set, hidden: false }));
    expect(moveMarkers(chart, extra)).to.equal(false);
    expect(drawn(chart)).to.deep.equal(before);
    chart.destroy();
  });
});
