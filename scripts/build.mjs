// Writes dist/ (rollup), the type declarations (tsc), custom-elements.json (the CEM analyzer),
// from it the JSX, Vue and editor files (scripts/integrations.mjs), and the built-in locale packs,
// dist/locales/<lang>.json (from the compiled dist/lib).
// With --bundles, only the rollup bundles: what `npm start` and `npm run bench` need (pages load
// the bundles; declarations, the manifest and the framework types are for packages and editors).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (script, ...args) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });
const bundlesOnly = process.argv.includes('--bundles');

// The bundles alone keep dist/lib (tsc's modules and declarations, which tests and the builder
// demo read) as the last full build left them.
if (bundlesOnly && existsSync('dist')) {
  for (const name of readdirSync('dist'))
    if (name !== 'lib') rmSync(join('dist', name), { recursive: true, force: true });
} else rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', '-c', '--silent');
if (bundlesOnly) {
  console.log('Built the bundles in dist/');
  process.exit(0);
}
run('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
// Settings and plugins in custom-elements-manifest.config.mjs.
run('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
run('scripts/integrations.mjs');
// The built-in languages as locale packs: en.json is the template a translator fills.
const { localePack } = await import('../dist/lib/core/i18n/packs.js');
mkdirSync('dist/locales', { recursive: true });
for (const lang of ['en', 'es'])
  writeFileSync(`dist/locales/${lang}.json`, JSON.stringify(localePack(lang), null, 2) + '\n');
console.log('Built dist/, dist/locales/, custom-elements.json and the framework and editor types');
