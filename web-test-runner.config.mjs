// Browser tests run in real Chromium and Firefox ESR from Debian. Test tools' own browser
// downloads cannot reach their servers on our machines, so both launchers point at system binaries.
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { chromiumFlags, findBrowser } from './scripts/browsers.mjs';
import { embedCommands, embedMiddleware } from './test/browser/embed/embed-server.mjs';
import { reactModules } from './test/browser/frameworks/react-server.mjs';
import { forcedColorsCommand } from './test/browser/support/forced-colors.mjs';

const chromium = findBrowser('chromium');
const firefox = process.env.TK_SKIP_FIREFOX ? null : findBrowser('firefox');

if (!chromium)
  throw new Error('No Chromium found: run `npm test`, which installs it, or set CHROME_PATH.');
if (!firefox) console.warn('\n⚠ Firefox ESR not found: browser tests run in Chromium only.\n');

// Small /dev/shm in containers: Chromium writes shared memory to /tmp instead.
const chromeFlags = [...chromiumFlags, '--disable-dev-shm-usage'];

const browsers = [
  chromeLauncher({
    launchOptions: { executablePath: chromium, headless: true, args: chromeFlags },
  }),
];
if (firefox) {
  browsers.push(
    puppeteerLauncher({
      launchOptions: { browser: 'firefox', executablePath: firefox, headless: true },
      concurrency: 1,
    }),
  );
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testsFinishTimeout: 600_000,
  browserStartTimeout: 120_000,
  testFramework: { config: { timeout: 20_000 } },
  middleware: [embedMiddleware],
  plugins: [
    // The accessibility tree as a screen reader gets it (names, descriptions, states).
    a11ySnapshotPlugin(),
    embedCommands(),
    reactModules(),
    forcedColorsCommand(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
};
