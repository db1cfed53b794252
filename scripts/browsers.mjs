// The one list of where the tests look for browsers. Test tools' own browser downloads cannot
// reach their servers on our machines, so the tests use system browsers (Debian's chromium and
// firefox-esr). Run as a script, it prints the Debian packages of the browsers not found.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** Debian's package for each browser. */
const packages = { chromium: 'chromium', firefox: 'firefox-esr' };

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

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === '--missing') {
  const missing = Object.keys(packages).filter((name) => !findBrowser(name));
  console.log(missing.map((name) => packages[name]).join(' '));
}
