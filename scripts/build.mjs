// Writes dist/ (rollup), the type declarations (tsc), custom-elements.json (the CEM analyzer)
// and, from it, the JSX, Vue and editor files (scripts/integrations.mjs).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (script, ...args) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', '-c', '--silent');
run('node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json');
// Settings and plugins in custom-elements-manifest.config.mjs.
run('node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--quiet');
run('scripts/integrations.mjs');
console.log('Built dist/, custom-elements.json and the framework and editor types');
