// Finds the system browsers the tests use; puppeteer's and playwright's downloads are not used.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** @param {'chromium' | 'firefox'} name */
export function findBrowser(name) {
  return candidates[name].find((path) => path && existsSync(path)) ?? null;
}

/** Flags headless Chromium needs on our machines (no sandbox in containers, no GPU, no network). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
