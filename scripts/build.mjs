// Writes dist/ (rollup), the type declarations (tsc) and custom-elements.json (the CEM analyzer).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (script, ...args) =>
  execFileSync(process.execPath, [script, ...args], { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('node_modules/rollup/dist/bin/rollup', '-c', '--silent');
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
