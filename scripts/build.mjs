// Writes dist/ (rollup), the type declarations (tsc), custom-elements.json (the CEM analyzer)
// and, from it, the JSX, Vue and editor files (scripts/integrations.mjs).
// With --bundles, only the rollup bundles: what `npm start` and `npm run bench` need (pages load
// the bundles; declarations, the manifest and the framework types are for packages and editors).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
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
console.log('Built dist/, custom-elements.json and the framework and editor types');
