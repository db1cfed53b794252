// A failed submit in Firefox ESR, on a strict page with the built library: the form elements
// handle their own invalid events, so Firefox logs nothing ("The invalid form control is not
// focusable" was logged for each element before) and focus lands on the first missing marker.
// The web test runner cannot read the browser's own console messages; this drives Firefox itself.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/browsers.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bodies = {
  form: `<form id="form">
    <tension-slider tension="pace" name="pace" required></tension-slider>
    <stage-rubric name="rubric" required></stage-rubric>
    <tension-survey name="survey" tensions="pace"></tension-survey>
  </form>`,
};

// As the browser tests: without Firefox (or with TK_SKIP_FIREFOX) this skips, and says so.
const firefox = process.env.TK_SKIP_FIREFOX ? null : findBrowser('firefox');

let server;
let browser;
before(async () => {
  if (!firefox) return;
  server = await startServer(root, bodies);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefox,
    headless: true,
  });
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('a failed submit in Firefox', { skip: !firefox && 'Firefox ESR not found' }, () => {
  it('logs nothing and focuses the first missing marker', async () => {
    const page = await browser.newPage();
    const logged = [];
    // The browser's own favicon request breaks the strict policy; that is the page's, not ours.
    const log = (text) => text.includes('favicon.ico') || logged.push(text);
    page.on('pageerror', (error) => log(error.message));
    page.on('console', (message) => message.type() === 'error' && log(message.text()));
    await page.goto(`${server.origin}/page?scripts=tensionkit.js&body=form`);
    await page.waitForFunction(() =>
      ['tension-slider', 'stage-rubric', 'tension-survey'].every(
        (tag) => document.querySelector(tag)?.shadowRoot?.childElementCount,
      ),
    );
    const focused = await page.evaluate(async () => {
      const form = document.querySelector('form');
      const invalid = [];
      form.addEventListener('invalid', (event) => invalid.push(event.target.localName), true);
      form.requestSubmit();
      await new Promise((done) => setTimeout(done, 300));
      const active = document.activeElement;
      return {
        invalid,
        host: active?.localName,
        role: active?.shadowRoot?.activeElement?.getAttribute('role'),
      };
    });
    await new Promise((done) => setTimeout(done, 300)); // let late console messages arrive
    assert.deepEqual(focused.invalid, ['tension-slider', 'stage-rubric', 'tension-survey']);
    assert.deepEqual(logged, []);
    assert.equal(focused.host, 'tension-slider');
    assert.equal(focused.role, 'slider');
    await page.close();
  });
});
