// A survey definition whose checks do not arrive (offline, a blocked file): with the built
// library on a strict page, the survey says so under `definition` (in the element, the console
// and tk-error) instead of staying blank. The checks load as their own chunk on first use; the
// browser here aborts that request. (The web test runner cannot fail one module's load: the
// browser keeps a module another test file loaded.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, findBrowser } from '../../scripts/browsers.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const definition = JSON.stringify({ id: 'one', tensions: ['pace', 'flexibility'] });
const bodies = {
  defined: `<tension-survey><script type="application/json">${definition}</script></tension-survey>`,
};

let server;
let browser;
before(async () => {
  server = await startServer(root, bodies);
  browser = await puppeteer.launch({
    executablePath: findBrowser('chromium'),
    headless: true,
    args: [...chromiumFlags, '--disable-dev-shm-usage'],
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The survey's page with the definition's chunk blocked or not; what the survey shows. */
async function open(blocked) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.setRequestInterception(true);
  page.on('request', (request) =>
    blocked && /survey-definition-read-[^/]*\.js$/.test(request.url())
      ? request.abort('internetdisconnected')
      : request.continue(),
  );
  await page.evaluateOnNewDocument(() => {
    window.tkErrors = [];
    document.addEventListener('tk-error', (event) => window.tkErrors.push(event.detail));
  });
  await page.goto(`${server.origin}/page?scripts=tension-survey.js&body=defined`);
  await page.waitForFunction(() =>
    document
      .querySelector('tension-survey')
      ?.shadowRoot?.querySelector('tension-slider, .config-error'),
  );
  const shown = await page.evaluate(() => {
    const root = document.querySelector('tension-survey').shadowRoot;
    return {
      sliders: root.querySelectorAll('tension-slider').length,
      error: root.querySelector('.config-error')?.textContent.replace(/\s+/g, ' ') ?? '',
      reported: window.tkErrors,
    };
  });
  await page.close();
  return { ...shown, errors };
}

describe('a survey definition whose checks do not load', () => {
  it('asks the definition when the chunk arrives', async () => {
    const shown = await open(false);
    assert.equal(shown.sliders, 2);
    assert.equal(shown.error, '');
  });

  it('says so under `definition` in the element, the console and tk-error', async () => {
    const shown = await open(true);
    assert.equal(shown.sliders, 0);
    assert.match(shown.error, /could not be read/);
    assert.deepEqual(
      shown.reported.map((detail) => detail.path),
      ['definition'],
    );
    assert.ok(
      shown.errors.some(
        (text) => text.includes('definition') && text.includes('could not be read'),
      ),
    );
  });
});
