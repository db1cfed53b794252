// Browser benchmark of <gap-chart>: the time from setting `responses` (1,000 respondents) to the
// chart drawn, in headless Chromium.
//
//   node bench/render.bench.mjs            measures and updates RESULTS.md
//   node bench/render.bench.mjs --no-write measures and prints only
//
// The element is bundled in memory with esbuild (Chart.js included, as a page gets it once the
// chunk has loaded) and run on a blank page through puppeteer-core. Reduced motion is emulated so
// the chart redraws at once, without animation: `el.responses = list; await el.updateComplete`
// then covers validation (zod, for fresh objects), aggregation, the summary, the table, Lit's
// render and Chart.js's update and draw. Each run sets a fresh copy of one of two different teams,
// so every run validates and redraws new data.
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findBrowser } from '../scripts/browsers.mjs';
import { cpus } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RESPONDENTS = 1_000;
const WARMUP = 20;
const RUNS = 200;
const write = !process.argv.includes('--no-write');

const bundle = await build({
  entryPoints: [join(root, 'src/components/gap-chart/gap-chart.ts')],
  bundle: true,
  write: false,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: join(root, 'tsconfig.json'),
  conditions: ['production'],
  logLevel: 'warning',
});

const browser = await puppeteer.launch({
  executablePath: findBrowser('chromium') ?? '/usr/bin/chromium',
  args: chromiumFlags,
});
let result;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
  await page.setContent(
    '<!doctype html><html lang="en"><body><gap-chart group-by="role"></gap-chart></body></html>',
  );
  await page.addScriptTag({ type: 'module', content: bundle.outputFiles[0].text });
  await page.waitForFunction(() => customElements.get('gap-chart'));
  result = await page.evaluate(
    async (n, warmup, runs) => {
      const TENSIONS = [
        'locus-of-control',
        'pace',
        'resource-allocation',
        'cultivating-capacity',
        'flexibility',
        'model-type',
        'sharing-learnings',
      ];
      const ROLES = ['District leader', 'Principal', 'Teacher', 'Coach'];
      let seed = 20260301;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const pos = () => (rand() < 0.1 ? null : 1 + Math.floor(rand() * 7));
      const team = (prefix) =>
        Array.from({ length: n }, (_, i) => ({
          version: 1,
          id: `${prefix}-${i}`,
          survey: 'tensions',
          role: ROLES[i % 4],
          submittedAt: '2026-03-01T09:00:00Z',
          locale: 'en',
          tensions: Object.fromEntries(
            TENSIONS.map((id) => [id, { current: pos(), desired: pos() }]),
          ),
        }));
      const teams = [team('a'), team('b')];
      const el = document.querySelector('gap-chart');
      el.responses = structuredClone(teams[1]);
      await el.updateComplete;
      await el.chartReady;
      const times = [];
      for (let i = 0; i < warmup + runs; i++) {
        const list = structuredClone(teams[i % 2]);
        const t0 = performance.now();
        el.responses = list;
        await el.updateComplete;
        const t1 = performance.now();
        if (i >= warmup) times.push(t1 - t0);
      }
      // Sanity: the chart shows this data.
      const drawn = el.chart.data.datasets.length;
      times.sort((a, b) => a - b);
      const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
      return {
        median: at(0.5),
        p95: at(0.95),
        min: times[0],
        max: times.at(-1),
        drawn,
        ua: navigator.userAgent,
      };
    },
    RESPONDENTS,
    WARMUP,
    RUNS,
  );
} finally {
  await browser.close();
}

const version = /Chrome\/([\d.]+)/.exec(result.ua)?.[1] ?? 'unknown';
const f = (ms) => ms.toFixed(2);
console.log(
  `gap-chart, ${RESPONDENTS} respondents, group-by="role", reduced motion: median ${f(result.median)} ms, p95 ${f(result.p95)} ms (min ${f(result.min)}, max ${f(result.max)}; ${RUNS} runs; Chromium ${version})`,
);

if (write) {
  const file = join(root, 'bench/RESULTS.md');
  const text = await readFile(file, 'utf8');
  const section = `## gap-chart render (headless Chromium)

Command: \`node bench/render.bench.mjs\`

- Date: ${new Date().toISOString().slice(0, 10)}
- Browser: headless Chromium ${version} (software rendering, \`--disable-gpu\`)
- CPU: ${cpus()[0]?.model.trim() ?? 'unknown'} (${cpus().length} logical cores)
- Data: ${RESPONDENTS.toLocaleString('en')} seeded pseudo-random respondents, 7 tensions, 4 roles, ~10% unsure;
  \`group-by="role"\`; two different teams alternate, each run a fresh copy (so validation runs).
- Method: reduced motion emulated (no animation); ${WARMUP} warm-up runs, then ${RUNS} timed runs of
  \`el.responses = list; await el.updateComplete\` (validation, aggregate, summary, table, Lit
  render, Chart.js update and draw, all synchronous once Chart.js is loaded).

| respondents | median ms | p95 ms | min ms | max ms | budget |
| ---: | ---: | ---: | ---: | ---: | ---: |
| ${RESPONDENTS.toLocaleString('en')} | ${f(result.median)} | ${f(result.p95)} | ${f(result.min)} | ${f(result.max)} | 16 ms (one frame) |
`;
  const marker = '## gap-chart render (headless Chromium)';
  const start = text.indexOf(marker);
  let next = start < 0 ? -1 : text.indexOf('\n## ', start + marker.length);
  const updated =
    start < 0
      ? `${text.trimEnd()}\n\n${section}`
      : `${text.slice(0, start)}${section}${next < 0 ? '' : text.slice(next + 1)}`;
  await writeFile(file, updated.endsWith('\n') ? updated : `${updated}\n`);
  console.log('Updated bench/RESULTS.md');
}
