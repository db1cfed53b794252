// Strict pages: the built library under the smallest Content-Security-Policy the README documents
// (Trusted Types enforced, no 'allow-duplicates'), in any mix and order of its scripts, and every
// element through its main flows. Runs after `npm run build` (dist/), in headless Chromium.
// The web test runner cannot serve its pages under this policy (it injects inline scripts), so
// this group drives Chromium itself.
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findBrowser } from '../../scripts/browsers.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));

const ALL = '<tension-slider tension="pace"></tension-slider>'; // rendered on every mix page

/** Every string of a locale pack marked, as a pseudo-locale shows what is translated. */
const marked = (value) =>
  typeof value === 'string'
    ? `⟦${value}⟧`
    : Array.isArray(value)
      ? value.map(marked)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([key, v]) => [key, marked(v)]))
        : value;
/** A pseudo-locale from the translator's template the build writes, as a page's pack script. */
const pseudoPack = () => {
  const pack = { ...marked(JSON.parse(readFileSync(`${root}/dist/locales/en.json`, 'utf8'))) };
  pack.lang = 'x-pseudo';
  // In a script element's text only "</" could end it early.
  const json = JSON.stringify(pack).replace(/<\//g, '<\\/');
  return `<script type="application/json" data-tensionkit-locale>${json}</script>`;
};
const bodies = {
  mix: `${ALL}<tension-survey tensions="pace" roles="Teacher"></tension-survey>
    <stage-rubric></stage-rubric><gap-chart></gap-chart><team-results></team-results>`,
  flows: `<tension-slider id="slider" tension="pace"></tension-slider>
    <form id="form"><tension-survey id="survey" name="answers" tensions="pace" roles="Teacher, Principal"></tension-survey></form>
    <stage-rubric id="rubric"></stage-rubric>
    <stage-rubric id="rubric-team" mode="team"></stage-rubric>
    <gap-chart id="chart" group-by="role"></gap-chart>
    <team-results id="results" src="/test/csp/responses.json"></team-results>`,
  get pack() {
    return `<div lang="x-pseudo"><tension-slider tension="pace"></tension-slider>
      <tension-survey tensions="pace,flexibility"></tension-survey>
      <team-results src="/test/csp/responses.json"></team-results>
      <tension-plan></tension-plan></div>${pseudoPack()}`;
  },
};

/** Which tags each script defines. */
const DEFINES = {
  'tension-slider.js': ['tension-slider'],
  'tension-survey.js': ['tension-survey', 'tension-slider'],
  'stage-rubric.js': ['stage-rubric'],
  'gap-chart.js': ['gap-chart'],
  'team-results.js': ['team-results', 'gap-chart'],
  'tension-plan.js': ['tension-plan'],
  'tensionkit.js': [
    'tension-slider',
    'tension-survey',
    'stage-rubric',
    'gap-chart',
    'team-results',
    'tension-plan',
  ],
};

let server;
let browser;

before(async () => {
  server = await startServer(root, bodies);
  browser = await puppeteer.launch({
    executablePath: findBrowser('chromium') ?? undefined,
    headless: true,
    args: [...chromiumFlags, '--disable-dev-shm-usage'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page of the given scripts; collects console errors and failed requests too. */
async function open(scripts, body) {
  const page = await browser.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
  await page.goto(`${server.origin}/page?scripts=${scripts.join(',')}&body=${body}`);
  return { page, problems };
}

/** Resolves when every tag is defined; fails after five seconds naming the ones still missing. */
async function whenDefined(page, tags) {
  const missing = await page.evaluate(async (names) => {
    const wait = (ms) => new Promise((done) => setTimeout(done, ms));
    await Promise.race([Promise.all(names.map((n) => customElements.whenDefined(n))), wait(5000)]);
    return names.filter((name) => !customElements.get(name));
  }, tags);
  assert.deepEqual(missing, [], `not defined: ${missing.join(', ')}`);
}

/** Violations, page errors and how often each script or chunk was fetched. */
async function report(page, problems) {
  const seen = await page.evaluate(() => ({
    violations: window.tkViolations,
    errors: window.tkErrors,
    fetched: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  }));
  return { ...seen, problems };
}

const count = (list, pattern) => list.filter((path) => pattern.test(path)).length;

const mixes = [
  ['tension-survey.js', 'gap-chart.js'],
  ['gap-chart.js', 'tension-survey.js'],
  ['tensionkit.js', 'tension-slider.js'],
  ['tension-slider.js', 'tensionkit.js'],
  ['team-results.js', 'stage-rubric.js', 'tension-survey.js'],
  ['tension-plan.js', 'team-results.js'],
  [
    'tension-slider.js',
    'tension-survey.js',
    'stage-rubric.js',
    'gap-chart.js',
    'team-results.js',
    'tension-plan.js',
    'tensionkit.js',
  ],
  ['tension-survey.js', 'tension-survey.js?v=2'],
];

describe('strict CSP with Trusted Types: any mix of scripts', () => {
  for (const scripts of mixes) {
    it(`${scripts.join(' + ')}: one Lit, every element defined, no violation`, async () => {
      const { page, problems } = await open(scripts, 'mix');
      try {
        const tags = [...new Set(scripts.flatMap((src) => DEFINES[src.split('?')[0]]))];
        await whenDefined(page, tags);
        // Let every defined element render (lit-html's policy is used on first render).
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        const seen = await report(page, problems);
        assert.deepEqual(seen.violations, []);
        assert.deepEqual(seen.errors, []);
        assert.deepEqual(seen.problems, []);
        assert.equal(count(seen.fetched, /\/chunks\/lit\.js$/), 1, 'Lit is fetched once');
        const elementChunks = seen.fetched.filter((path) => /-element-[\w-]+\.js$/.test(path));
        assert.equal(new Set(elementChunks).size, elementChunks.length, 'no element code twice');
      } finally {
        await page.close();
      }
    });
  }
});

describe('strict CSP with Trusted Types: a locale pack script', () => {
  it('reaches elements of four separately bundled scripts, nested ones included', async () => {
    const scripts = [
      'tension-slider.js',
      'tension-survey.js',
      'team-results.js',
      'tension-plan.js',
    ];
    const { page, problems } = await open(scripts, 'pack');
    try {
      await whenDefined(page, [
        'tension-slider',
        'tension-survey',
        'team-results',
        'gap-chart',
        'tension-plan',
      ]);
      // Text nodes with words and no mark, through every shadow root; empty once the pack is in.
      const unmarked = await page.evaluate(async () => {
        const find = (root, out = []) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | 4);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.nodeType === 1) {
              if (node.shadowRoot) find(node.shadowRoot, out);
            } else if (!node.parentElement?.closest('style, script, h1')) {
              const text = node.data.trim();
              // Role names come from the responses: the page's data, not the library's words.
              const data = text === 'Principal' || text === 'Teacher';
              if (/\p{L}/u.test(text) && !text.includes('⟦') && !data) out.push(text);
            }
          }
          return out;
        };
        const inner = () =>
          document.querySelector('team-results').shadowRoot?.querySelector('gap-chart');
        for (let tries = 0; tries < 100; tries++) {
          if (inner()?.shadowRoot?.textContent.includes('⟦') && !find(document.body).length) break;
          await new Promise((done) => setTimeout(done, 100));
        }
        return find(document.body);
      });
      assert.deepEqual(unmarked, []);
      const seen = await report(page, problems);
      assert.deepEqual(seen.violations, []);
      assert.deepEqual(seen.errors, []);
      assert.deepEqual(seen.problems, []);
      assert.equal(count(seen.fetched, /\/chunks\/pack-check\.js$/), 1, 'one checker');
    } finally {
      await page.close();
    }
  });
});

describe('strict CSP with Trusted Types: every element through its main flows', () => {
  let page;
  let problems;

  before(async () => {
    ({ page, problems } = await open(['tensionkit.js'], 'flows'));
    await whenDefined(page, DEFINES['tensionkit.js']);
    await page.evaluate(() => {
      window.tkEvents = [];
      for (const type of ['tension-change', 'survey-submit', 'rubric-change', 'responses-change'])
        document.addEventListener(type, (event) =>
          window.tkEvents.push({ type, detail: event.detail }),
        );
      document.getElementById('form').addEventListener('submit', (event) => event.preventDefault());
    });
  });

  after(async () => {
    const seen = await report(page, problems);
    await page.close();
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.errors, []);
    assert.deepEqual(seen.problems, []);
  });

  /** Focuses the marker `index` of a slider (found by a script that returns it) and presses a key. */
  async function press(findSlider, index, key) {
    const marker = await page.evaluateHandle(
      (find, i) =>
        new Function('return ' + find)()().shadowRoot.querySelectorAll('[role="slider"]')[i],
      findSlider.toString(),
      index,
    );
    await marker.focus();
    await page.keyboard.press(key);
  }

  it('<tension-slider>: the keyboard answers and tension-change fires', async () => {
    await press(() => document.getElementById('slider'), 0, 'End');
    await press(() => document.getElementById('slider'), 1, 'Home');
    const state = await page.evaluate(() => {
      const slider = document.getElementById('slider');
      return { current: slider.current, desired: slider.desired, events: window.tkEvents.length };
    });
    assert.deepEqual(
      { current: state.current, desired: state.desired },
      { current: 7, desired: 1 },
    );
    assert.ok(state.events >= 2);
  });

  it('<tension-survey>: answered and submitted, survey-submit carries the response', async () => {
    await page.evaluate(() => {
      const select = document.getElementById('survey').shadowRoot.querySelector('select');
      select.value = select.options[1].value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const inner = () =>
      document.getElementById('survey').shadowRoot.querySelector('tension-slider');
    await press(inner, 0, 'End');
    await press(inner, 1, 'Home');
    await page.evaluate(() =>
      document.getElementById('survey').shadowRoot.querySelector('[part="submit"]').click(),
    );
    await page.waitForFunction(() => window.tkEvents.some((e) => e.type === 'survey-submit'));
    const response = await page.evaluate(
      () => window.tkEvents.find((e) => e.type === 'survey-submit').detail,
    );
    assert.deepEqual(response.tensions.pace, { current: 7, desired: 1 });
    assert.equal(response.role, 'Teacher');
  });

  it('<stage-rubric>: a stage is chosen and rubric-change fires', async () => {
    await page.evaluate(() =>
      document.getElementById('rubric').shadowRoot.querySelector('input[type="radio"]').click(),
    );
    await page.waitForFunction(() => window.tkEvents.some((e) => e.type === 'rubric-change'));
  });

  it('<gap-chart> and <stage-rubric mode="team">: responses set, chart drawn, summary written', async () => {
    const summary = await page.evaluate(async () => {
      const responses = await (await fetch('/test/csp/responses.json')).json();
      const chart = document.getElementById('chart');
      chart.responses = responses;
      document.getElementById('rubric-team').responses = responses;
      await new Promise((done) => setTimeout(done, 1500));
      return chart.shadowRoot.querySelector('[part="summary"]')?.textContent ?? '';
    });
    assert.match(summary, /6/);
    const drawn = await page.evaluate(() => {
      const canvas = document.getElementById('chart').shadowRoot.querySelector('canvas');
      return canvas.width > 0 && canvas.height > 0;
    });
    assert.ok(drawn, 'the chart has a drawn canvas');
  });

  it('<team-results src>: loads its file under connect-src and reports it', async () => {
    await page.waitForFunction(() => document.getElementById('results').responses?.length === 6, {
      timeout: 10_000,
    });
  });
});
