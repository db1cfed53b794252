// Writes dist/ (rollup), the type declarations (tsc), custom-elements.json (the CEM analyzer) and
// the built-in locale packs, dist/locales/<lang>.json (from the compiled dist/lib).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

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
// The built-in languages as locale packs: en.json is the template a translator fills.
const { localePack } = await import('../dist/lib/core/i18n/packs.js');
mkdirSync('dist/locales', { recursive: true });
for (const lang of ['en', 'es'])
  writeFileSync(`dist/locales/${lang}.json`, JSON.stringify(localePack(lang), null, 2) + '\n');
console.log('Built dist/, dist/locales/ and custom-elements.json');
