// Writes dist/ (rollup), the type declarations (tsc) and custom-elements.json (the CEM analyzer).
// With --bundles, only the rollup bundles: what `npm start` and `npm run bench` need (pages load
// the bundles; declarations and the manifest are for packages and editors).
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
run(
  'node_modules/@custom-elements-manifest/analyzer/cem.js',
  'analyze',
  '--litelement',
  '--globs',
  'src/components/**/*.ts',
  '--quiet',
);
console.log('Built dist/ and custom-elements.json');
