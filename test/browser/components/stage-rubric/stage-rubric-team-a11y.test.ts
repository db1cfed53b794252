/**
 * Issue 11, defects 1, 8 (rubric half) and 10 (the table toggle) for `<stage-rubric mode="team">`:
 * stages told apart by pattern and outline as well as colour, in forced colours too.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Chart } from 'chart.js';
import type { ChartDataset } from 'chart.js';
import '../../../../src/components/stage-rubric/stage-rubric.js';
import type { StageRubric } from '../../../../src/components/stage-rubric/stage-rubric.js';
import { parseRgb } from '../../../../src/internal/colour.js';
import { rubricResponses } from '../../../fixtures/rubric-team.js';
import { emulateForcedColors } from '../../support/forced-colors.js';

async function teamChart() {
  const el = await fixture<StageRubric>(html`<stage-rubric mode="team"></stage-rubric>`);
  el.responses = rubricResponses(25, { targets: true });
  const canvas = () => el.shadowRoot!.querySelector<HTMLCanvasElement>('.team canvas');
  await waitUntil(() => canvas() && Chart.getChart(canvas()!), 'chart drawn', { timeout: 10000 });
  return { el, chart: Chart.getChart(canvas()!)! };
}

/** The pixels a fill (a colour or a pattern) paints over a 12 × 12 square, as one string. */
function paint(fill: unknown): string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 12;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = fill as CanvasPattern | string;
  ctx.fillRect(0, 0, 12, 12);
  return ctx.getImageData(0, 0, 12, 12).data.join(',');
}

/** How many different colours a fill paints: 1 for a plain colour, 2 or more for a pattern. */
function inks(fill: unknown): number {
  const data = paint(fill).split(',');
  const colours = new Set<string>();
  for (let i = 0; i < data.length; i += 4) colours.add(data.slice(i, i + 4).join(','));
  return colours.size;
}

/** The WCAG contrast ratio of two `rgb()` colours. */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = parseRgb(color)!.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

const swatches = (el: StageRubric) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.legend .swatch')].map((swatch) => {
    const style = getComputedStyle(swatch);
    return `${style.backgroundColor} ${style.backgroundImage} ${style.color}`;
  });

describe('<stage-rubric mode="team"> without colour alone', () => {
  it('draws each stage in its own pattern, segments outlined, and the legend shows the same four', async () => {
    const { el, chart } = await teamChart();
    const sets = chart.data.datasets as ChartDataset<'bar'>[];
    expect(sets).to.have.length(4);
    const painted = sets.map((set) => paint(set.backgroundColor));
    expect(new Set(painted).size).to.equal(4);
    // Three patterns and a solid fill: neighbours differ in pattern, not only in colour.
    expect(sets.map((set) => inks(set.backgroundColor) > 1)).to.deep.equal([
      true,
      true,
      true,
      false,
    ]);
    // Adjacent stages are under 3:1 against each other (a ramp of four blues cannot reach it),
    // so every segment is outlined in the surface colour: a separator between neighbours.
    const legend = el.shadowRoot!.querySelectorAll<HTMLElement>('.legend .swatch');
    const colours = [...legend].map((swatch) => getComputedStyle(swatch).backgroundColor);
    expect(contrast(colours[0]!, colours[1]!)).to.be.below(3);
    for (const set of sets) {
      expect(set.borderWidth).to.be.at.least(1);
      expect(set.borderSkipped).to.equal(false);
      expect(set.borderColor).to.equal('rgb(255, 255, 255)');
    }
    // The legend's swatches: four different colour-and-pattern pairs, three with a pattern.
    const shown = swatches(el);
    expect(new Set(shown).size).to.equal(4);
    expect(shown.filter((swatch) => swatch.includes('gradient'))).to.have.length(3);
  });

  it('keeps the four stages apart in forced colours, in the chart and the legend', async function () {
    // Forced-colours emulation is Chromium's (DevTools protocol); Firefox has none to drive.
    if (!(await emulateForcedColors(true))) this.skip();
    try {
      const { el, chart } = await teamChart();
      const sets = chart.data.datasets as ChartDataset<'bar'>[];
      const painted = sets.map((set) => paint(set.backgroundColor));
      expect(new Set(painted).size).to.equal(4);
      // Only the system colours: the page's blues are gone, so the patterns carry the stages.
      const shown = swatches(el);
      expect(new Set(shown).size).to.equal(4);
      const text = getComputedStyle(el.shadowRoot!.querySelector('.team .chart')!).color;
      for (const set of sets) expect(set.borderColor).to.equal(text);
      const backs = [...el.shadowRoot!.querySelectorAll('.legend .swatch')].map(
        (swatch) => getComputedStyle(swatch).backgroundColor,
      );
      expect(new Set(backs).size).to.equal(2);
      expect(backs[3]).to.equal(text);
      await expect(el).to.be.accessible();
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('redraws in system colours when forced colours turn on while the chart is shown', async function () {
    const { chart } = await teamChart();
    const before = paint(chart.data.datasets[1]!.backgroundColor);
    if (!(await emulateForcedColors(true))) this.skip();
    try {
      await waitUntil(
        () => paint(chart.data.datasets[1]!.backgroundColor) !== before,
        'the chart was not redrawn',
      );
    } finally {
      await emulateForcedColors(false);
    }
  });

  it('keeps one label on its table toggle and says its state with aria-pressed', async () => {
    const { el } = await teamChart();
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('.team button')!;
    expect(toggle.textContent!.trim()).to.equal('Show as a table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Show as a table');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(el.shadowRoot!.querySelector('table')).to.not.equal(null);
  });
});
