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
