// `npm run bench`: tensionkit against its peer, SurveyJS, and against the floor for this stack (plain
// Lit with native range inputs), in one headless Chromium run. Builds the bundles first, then
// serves the pages in bench/pages/ (bench/server.mjs, gzip on for every page alike) and measures:
//
// - loads, interleaved (tensionkit, SurveyJS, floor; English then Spanish; the order rotates each
//   round), each in a fresh browser context, at full speed and under 4x CPU throttling:
//   first contentful paint and interactive from navigation, JavaScript bytes transferred;
// - key press to next paint on a slider marker;
// - submit to a 1,000-respondent chart redrawn (the survey and a <gap-chart> on one page);
// - the chart's update (aggregate, summary, Chart.js draw) from 100 to 100,000 responses.
//
// It prints the ratios and writes bench/RESULTS.md (the Node aggregate bench runs last and updates
// its own section). Options: --runs N (loads per page and CPU, default 15), --no-write,
// --no-build (use dist/ as it is), --quick (fewer key presses and chart runs, for trying),
// --only loads,keys,submit,chart (those parts alone, e.g. `--only chart` or `--only loads`;
// the report is then printed, not written).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findBrowser } from '../scripts/browsers.mjs';
import { serve } from './server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const RUNS = option('--runs', 15);
const QUICK = args.includes('--quick');
// --only loads,keys,submit,chart measures those parts alone (to try one change); the others
// show as blank in the report, which is then not written.
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : null;
const part = (name) => !ONLY || ONLY.includes(name);
const PORT = Number(process.env.BENCH_PORT ?? 8205);
const THROTTLE = 4;
const MARKERS = 14; // seven tensions, two markers each, on every page
const started = Date.now();
const phase = (name) => console.log(`${name} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

if (!args.includes('--no-build') && !args.includes('--report-only')) {
  console.log('Building the bundles (rollup)...');
  execFileSync(process.execPath, ['scripts/build.mjs', '--bundles'], {
    cwd: root,
    stdio: 'inherit',
  });
}

const origin = `http://127.0.0.1:${PORT}`;
let server, browser;

/**
 * Installed in every page before its own scripts. `interactive` resolves at the first animation
 * frame in which every marker (an element with role="slider", or a range input, across shadow
 * roots) is in the document, rendered, enabled and in the tab order: the frame that paints them
 * ready for a key. Every key press is timed from the event's timestamp to the end of the next
 * frame: the first animation frame after the key, then a message task, which runs once that
 * frame's style, layout and paint are done.
 */
const probe = (markers) => {
  const bench = (window.__bench = { keys: [] });
  bench.controls = () => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('[role="slider"], input[type="range"]')) found.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  };
  const ready = (el) =>
    el.tabIndex >= 0 &&
    !el.disabled &&
    el.getAttribute('aria-disabled') !== 'true' &&
    el.getClientRects().length > 0;
  bench.afterPaint = (then) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = then;
      channel.port2.postMessage(0);
    });
  bench.interactive = new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const controls = bench.controls();
      if (controls.length >= markers && controls.every(ready)) resolve(now);
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  bench.finished = new Promise((resolve) => (bench.done = resolve));
  addEventListener(
    'keydown',
    (e) => bench.afterPaint(() => bench.keys.push(performance.now() - e.timeStamp)),
    true,
  );
  addEventListener('click', (e) => (bench.clickedAt = e.timeStamp), true);
};

/** A fresh browser context and page, throttled as asked, with the probe installed. */
async function openPage(rate) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const cdp = await page.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.evaluateOnNewDocument(probe, MARKERS);
  return { page, close: () => context.close() };
}

const pages = {
  tensionkit: { en: 'tensionkit.html', es: 'tensionkit-es.html' },
  surveyjs: { en: 'surveyjs.html', es: 'surveyjs-es.html' },
  floor: { en: 'floor.html', es: 'floor-es.html' },
};
const KINDS = Object.keys(pages);

/** One load: first contentful paint, interactive and the JavaScript it fetched. */
async function load(kind, lang, rate) {
  const { page, close } = await openPage(rate);
  try {
    await page.goto(`${origin}/bench/pages/${pages[kind][lang]}`, { waitUntil: 'load' });
    return await page.evaluate(async () => {
      const interactive = await window.__bench.interactive;
      const paint = await new Promise((resolve) => {
        const find = () => performance.getEntriesByName('first-contentful-paint')[0];
        if (find()) return resolve(find().startTime);
        new PerformanceObserver(() => find() && resolve(find().startTime)).observe({
          type: 'paint',
          buffered: true,
        });
      });
      // Anything fetched on the way to interactive has arrived by the next frame.
      await new Promise((resolve) => window.__bench.afterPaint(resolve));
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => /\.m?js(\?|$)/.test(entry.name));
      return {
        paint,
        interactive,
        gzip: scripts.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
        raw: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
        files: scripts.length,
      };
    });
  } finally {
    await close();
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (list) => [...list].sort((a, b) => a - b);
const quantile = (list, q) => {
  const s = sorted(list);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (list) => {
  const s = sorted(list);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

/** Focuses control `index` and returns what a key press would change about it. */
const focusControl = (page, index) =>
  page.evaluate((i) => {
    const el = window.__bench.controls()[i];
    el.focus();
    return window.__bench.controls().length;
  }, index);
const controlState = (page, index) =>
  page.evaluate((i) => {
    const el = window.__bench.controls()[i];
    return [el.value, el.getAttribute('aria-valuenow'), el.getAttribute('aria-valuetext')].join(
      '|',
    );
  }, index);
const nextPaint = (page) =>
  page.evaluate(() => new Promise((resolve) => window.__bench.afterPaint(() => resolve())));

/** Presses ArrowRight on every marker and checks that each one changed (once per page kind). */
async function checkEveryMarkerAnswers(kind) {
  const { page, close } = await openPage(1);
  try {
    await page.goto(`${origin}/bench/pages/${pages[kind].en}`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.interactive);
    const silent = [];
    for (let i = 0; i < MARKERS; i++) {
      await focusControl(page, i);
      const before = await controlState(page, i);
      await page.keyboard.press('ArrowRight');
      await nextPaint(page);
      if ((await controlState(page, i)) === before) silent.push(i);
    }
    if (silent.length) throw new Error(`${kind}: markers ${silent} did not answer ArrowRight`);
  } finally {
    await close();
  }
}

/** Key press to next paint on the first marker: alternating arrows, at random phases. */
async function keyLatency(kind, rate, presses) {
  const { page, close } = await openPage(rate);
  try {
    await page.goto(`${origin}/bench/pages/${pages[kind].en}`, { waitUntil: 'load' });
    await page.evaluate(() => window.__bench.interactive);
    await focusControl(page, 0);
    const warmup = 5;
    for (let i = 0; i < warmup + presses; i++) {
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      await page.waitForFunction((n) => window.__bench.keys.length >= n, { polling: 'raf' }, i + 1);
      await sleep(Math.random() * 20);
    }
    return (await page.evaluate(() => window.__bench.keys)).slice(warmup);
  } finally {
    await close();
  }
}

/** Submit to the chart of 1,000 respondents painted: answers every marker, clicks Submit. */
async function submitToChart(rate, runs) {
  const { page, close } = await openPage(rate);
  const times = [];
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    for (let run = 0; run < runs + 1; run++) {
      await page.goto(`${origin}/bench/pages/submit.html`, { waitUntil: 'load' });
      await page.evaluate(() => window.__bench.interactive);
      await page.evaluate(() => document.querySelector('gap-chart').chartReady);
      for (let i = 0; i < MARKERS; i++) {
        await focusControl(page, i);
        await page.keyboard.press('ArrowRight');
      }
      await nextPaint(page);
      const button = await page.evaluateHandle(() =>
        document.querySelector('tension-survey').shadowRoot.querySelector('button.go'),
      );
      await button.click();
      const done = await page.evaluate(() => window.__bench.finished);
      const clicked = await page.evaluate(() => window.__bench.clickedAt);
      if (run > 0) times.push(done - clicked); // the first run warms the result chunk's cache
    }
    return times;
  } finally {
    await close();
  }
}

const CHART_SIZES = [100, 1_000, 10_000, 100_000];

/** The chart's update at each size: set `responses` (a fresh copy), await the redraw. */
async function chartUpdates(rate) {
  const { page, close } = await openPage(rate);
  try {
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await page.goto(`${origin}/bench/pages/chart.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.benchTeam && customElements.get('gap-chart'));
    const result = {};
    for (const size of CHART_SIZES) {
      // The largest team takes seconds a run under throttling: fewer runs there.
      const full = { 100: 40, 1000: 40, 10000: 15, 100000: rate > 1 ? 3 : 5 }[size];
      const runs = QUICK ? Math.ceil(full / 4) : full;
      result[size] = await page.evaluate(
        async (n, runs) => {
          const el = document.querySelector('gap-chart');
          const teams = [window.benchTeam(n, 'a', 1), window.benchTeam(n, 'b', 2)];
          el.responses = structuredClone(teams[1]);
          await el.updateComplete;
          await el.chartReady;
          const warmup = Math.max(1, Math.round(runs / 5));
          const times = [];
          for (let i = 0; i < warmup + runs; i++) {
            const list = structuredClone(teams[i % 2]);
            await new Promise((resolve) => requestAnimationFrame(resolve));
            const t0 = performance.now();
            el.responses = list;
            await el.updateComplete;
            if (i >= warmup) times.push(performance.now() - t0);
          }
          return times;
        },
        size,
        runs,
      );
    }
    return result;
  } finally {
    await close();
  }
}

// ---- the run ----------------------------------------------------------------------------------

// The raw figures of the last run, kept for --report-only (which rewrites the report from them).
const RAW = join(root, '.tk-tmp/bench-last.json');
let raw;
if (args.includes('--report-only')) raw = JSON.parse(readFileSync(RAW, 'utf8'));
else raw = await measure();
const { loads, keys, submits, charts, userAgent, PRESSES, SUBMITS } = raw;

async function measure() {
  const loadAtStart = loadavg()[0];
  server = await serve(root, PORT);
  browser = await puppeteer.launch({
    executablePath: findBrowser('chromium') ?? '/usr/bin/chromium',
    args: chromiumFlags,
  });

  const loads = {}; // loads[rate][kind][lang] = [{ paint, interactive, gzip, raw, files }]
  for (const rate of [1, THROTTLE]) {
    loads[rate] = {};
    for (const kind of KINDS) loads[rate][kind] = { en: [], es: [] };
  }
  const order = KINDS.flatMap((kind) => ['en', 'es'].map((lang) => [kind, lang]));

  if (part('loads')) {
    for (const kind of KINDS) await checkEveryMarkerAnswers(kind);
    phase('Every page: all 14 markers answer ArrowRight');
  }

  for (let round = 0; part('loads') && round < RUNS; round++) {
    for (const rate of [1, THROTTLE]) {
      // Interleaved, and rotated so no page always follows the same one.
      const shift = round % order.length;
      for (const [kind, lang] of [...order.slice(shift), ...order.slice(0, shift)])
        loads[rate][kind][lang].push(await load(kind, lang, rate));
    }
    phase(`Loads: round ${round + 1} of ${RUNS}`);
  }

  const PRESSES = QUICK ? 20 : 60;
  const keys = {};
  for (const rate of [1, THROTTLE]) {
    keys[rate] = {};
    for (const kind of KINDS)
      keys[rate][kind] = part('keys') ? await keyLatency(kind, rate, PRESSES) : [];
  }
  phase('Key presses done');

  const SUBMITS = QUICK ? 5 : 15;
  const submits = { 1: [], [THROTTLE]: [] };
  for (const rate of [1, THROTTLE])
    if (part('submit')) submits[rate] = await submitToChart(rate, SUBMITS);
  phase('Submits done');
  const none = Object.fromEntries(CHART_SIZES.map((size) => [size, []]));
  const charts = { 1: none, [THROTTLE]: none };
  for (const rate of [1, THROTTLE]) if (part('chart')) charts[rate] = await chartUpdates(rate);
  const userAgent = await browser.userAgent();
  await browser.close();
  server.close();
  const result = {
    load: [loadAtStart, loadavg()[0]],
    loads,
    keys,
    submits,
    charts,
    userAgent,
    PRESSES,
    SUBMITS,
    minutes: (Date.now() - started) / 60000,
  };
  mkdirSync(dirname(RAW), { recursive: true });
  writeFileSync(RAW, JSON.stringify(result));
  return result;
}

// ---- the report -------------------------------------------------------------------------------

const ms = (value) =>
  value === undefined || Number.isNaN(value)
    ? '–'
    : value >= 100
      ? value.toFixed(0)
      : value.toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;
const loadMedian = (rate, kind, lang, key) => median(loads[rate][kind][lang].map((l) => l[key]));

const rows = [];
const row = (label, value, { compare = true } = {}) => {
  const cells = [];
  for (const rate of [1, THROTTLE]) {
    const [tk, sj, fl] = KINDS.map((kind) => value(rate, kind));
    cells.push(ms(tk), ms(sj), ms(fl), compare ? ratio(sj, tk) : '', compare ? ratio(tk, fl) : '');
  }
  rows.push(`| ${label} | ${cells.join(' | ')} |`);
};
for (const lang of ['en', 'es']) {
  row(`first contentful paint, ${lang} (ms)`, (rate, kind) =>
    loadMedian(rate, kind, lang, 'paint'),
  );
  row(`interactive, ${lang} (ms)`, (rate, kind) => loadMedian(rate, kind, lang, 'interactive'));
}
const bytesRow = (lang, key, label) =>
  rows.push(
    `| ${label}, ${lang} (KB) | ${KINDS.map((kind) => kb(loadMedian(1, kind, lang, key))).join(' | ')} | ${ratio(loadMedian(1, 'surveyjs', lang, key), loadMedian(1, 'tensionkit', lang, key))} | ${ratio(loadMedian(1, 'tensionkit', lang, key), loadMedian(1, 'floor', lang, key))} | same | | | | |`,
  );
for (const lang of ['en', 'es']) bytesRow(lang, 'gzip', 'JavaScript transferred, gzip');
bytesRow('en', 'raw', 'JavaScript, uncompressed');
row('key press to next paint, p50 (ms)', (rate, kind) => median(keys[rate][kind]));
row('key press to next paint, p95 (ms)', (rate, kind) => quantile(keys[rate][kind], 0.95));

const chartRows = CHART_SIZES.map((size, i) => {
  const cells = [1, THROTTLE].flatMap((rate) => {
    const times = charts[rate][size];
    const growth = i ? median(times) / median(charts[rate][CHART_SIZES[i - 1]]) : null;
    return [ms(median(times)), ms(quantile(times, 0.95)), growth ? `${growth.toFixed(1)}x` : ''];
  });
  return `| ${size.toLocaleString('en')} | ${charts[1][size].length} | ${cells.join(' | ')} |`;
});

const paintRatio = (lang) =>
  loadMedian(1, 'surveyjs', lang, 'paint') / loadMedian(1, 'tensionkit', lang, 'paint');
const keyP95 = quantile(keys[1].tensionkit, 0.95);
const floorKeyP95 = quantile(keys[1].floor, 0.95);
const chartP95 = quantile(charts[1][1000], 0.95);
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const targets = [
  `- First paint at least 3x faster than SurveyJS, English: ${ratio(loadMedian(1, 'surveyjs', 'en', 'paint'), loadMedian(1, 'tensionkit', 'en', 'paint'))}, ${verdict(paintRatio('en') >= 3)}.`,
  `- First paint at least 3x faster than SurveyJS, Spanish: ${ratio(loadMedian(1, 'surveyjs', 'es', 'paint'), loadMedian(1, 'tensionkit', 'es', 'paint'))}, ${verdict(paintRatio('es') >= 3)}.`,
  `- Key press to next paint within 16 ms at p95: ${ms(keyP95)} ms, ${verdict(keyP95 <= 16)} (the floor's native range input: ${ms(floorKeyP95)} ms).`,
  `- 1,000-respondent chart update within 16 ms at p95: ${ms(chartP95)} ms, ${verdict(chartP95 <= 16)}.`,
];
const minutes = raw.minutes.toFixed(1);
const version = /Chrome\/([\d.]+)/.exec(userAgent)?.[1] ?? userAgent;
const submitCells = [1, THROTTLE]
  .map((rate) => `${ms(median(submits[rate]))} | ${ms(quantile(submits[rate], 0.95))}`)
  .join(' | ');

const section = `## tensionkit against SurveyJS and the Lit floor (headless Chromium)

Command: \`flock /tmp/tk-browser.lock npm run bench\` (builds the bundles first; ${minutes} minutes this run)

- Date: ${new Date().toISOString().slice(0, 10)}; Chromium ${version} headless (software
  rendering, \`--disable-gpu\`), ${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} logical cores); load
  average ${raw.load?.map((value) => value.toFixed(1)).join(' at the start, ') ?? 'not recorded'}${raw.load ? ' at the end' : ''}.
- Pages (bench/pages/): \`<tension-survey>\` alone; SurveyJS ${peerVersion()} (\`survey-core\` and
  \`survey-js-ui\`, its \`slider\` question, \`survey-core.fontless.min.css\`, \`i18n/spanish\` on the
  Spanish page) with the same seven tensions as panels of two sliders; the floor, plain Lit (the
  same shared \`dist/chunks/lit.js\`) with seven questions of two native range inputs. Every page
  shows 14 markers; the peer and floor pages get the tensions' text from a script in the page.
- Served by bench/server.mjs on localhost, HTTP/1.1, every file gzipped (level 6), no cache.
- Loads: ${RUNS} per page, language and CPU, interleaved and rotated, each in a fresh browser
  context; medians. First contentful paint is the paint timing entry. Interactive is the first
  animation frame in which all 14 markers (role="slider" or range inputs, across shadow roots)
  are in the document, rendered, enabled and in the tab order; before the loads, every page was
  checked to answer ArrowRight on each of its 14 markers. JavaScript transferred is the sum of
  the script resources' \`encodedBodySize\` (gzip body, without headers) and \`decodedBodySize\`.
- Key press to next paint: ${PRESSES} alternating arrow keys on the first marker (after 5 warm-up),
  each from the keydown's timestamp to a message posted from the next animation frame (it runs
  once that frame is painted), at random phases against the frame clock, so every figure
  includes the wait for the next frame (up to 16.7 ms at 60 Hz).
- Submit to chart: the survey and a \`<gap-chart group-by="role">\` of 999 respondents on one page;
  all 14 markers answered by key, then a click on Submit; from the click's timestamp to the
  frame after the chart redrew with 1,000. ${SUBMITS} runs after one warm-up, reduced motion.
- Chart update: \`el.responses = freshCopy; await el.updateComplete\` (validation, aggregate,
  summary, table, Chart.js update and draw), reduced motion, two teams alternating.
- 4x CPU: \`Emulation.setCPUThrottlingRate\` rate 4 (an old school laptop), same pages.

| | tensionkit | SurveyJS | Lit floor | SurveyJS ÷ tk | tk ÷ floor | 4x CPU: tensionkit | SurveyJS | Lit floor | SurveyJS ÷ tk | tk ÷ floor |
| :-- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: |
${rows.join('\n')}

Submit to a 1,000-respondent chart redrawn (ms): p50 | p95 | 4x CPU p50 | p95

| ${submitCells} |
| --: | --: | --: | --: |

Chart update by team size (ms; growth: median over the previous size's median)

| responses | runs | p50 | p95 | growth per 10x | 4x CPU p50 | p95 | growth per 10x |
| --: | --: | --: | --: | --: | --: | --: | --: |
${chartRows.join('\n')}

Targets (issue 14), at full speed:

${targets.join('\n')}
`;

function peerVersion() {
  return JSON.parse(readFileSync(join(root, 'node_modules/survey-core/package.json'), 'utf8'))
    .version;
}

console.log(`\n${section}`);
if (!args.includes('--no-write') && !ONLY) {
  const file = join(root, 'bench/RESULTS.md');
  let text = await readFile(file, 'utf8');
  const marker = '## tensionkit against SurveyJS and the Lit floor (headless Chromium)';
  const start = text.indexOf(marker);
  if (start >= 0) {
    const next = text.indexOf('\n## ', start + marker.length);
    text = `${text.slice(0, start)}${section}${next < 0 ? '' : `\n${text.slice(next + 1)}`}`;
  } else {
    // Right after the title and its line, before the older sections.
    const first = text.indexOf('\n## ');
    text = `${text.slice(0, first + 1)}${section}\n${text.slice(first + 1)}`;
  }
  await writeFile(file, text.replace(/\n+$/, '\n'));
  console.log('Wrote bench/RESULTS.md');
}

// The aggregate alone, in Node (its own section of RESULTS.md).
if (!args.includes('--report-only') && !QUICK && !ONLY) {
  const flags = args.includes('--no-write') ? ['--no-write'] : [];
  execFileSync(process.execPath, ['bench/aggregate.bench.mjs', ...flags], {
    cwd: root,
    stdio: 'inherit',
  });
}
