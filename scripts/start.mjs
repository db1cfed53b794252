// `npm start`: the bundles the demo pages load, unminified (TK_DEV), then the demo server. The type
// declarations and custom-elements.json are left to `npm run build` (and `npm test`): tsc alone
// took minutes on a loaded machine, and no demo page needs it. The builder page's one module from
// dist/lib (the embed snippets) is bundled here with esbuild instead.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const started = Date.now();
// Every entry a demo page loads (demo/*.html and builder.js); gap-chart.js alone is not one.
const demoEntries = [
  'core',
  'tensionkit',
  'tension-survey',
  'tension-slider',
  'stage-rubric',
  'team-results',
  'tension-plan',
  'embed',
  'embed-frame',
];
execFileSync(process.execPath, ['node_modules/rollup/dist/bin/rollup', '-c', '--silent'], {
  stdio: 'inherit',
  env: { ...process.env, TK_DEV: '1', TK_ENTRIES: demoEntries.join(',') },
});
await build({
  entryPoints: ['src/embed/snippets.ts'],
  outfile: 'dist/lib/embed/snippets.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});
console.log(`Built the demo's bundles in ${((Date.now() - started) / 1000).toFixed(1)} s`);
await import('./serve.mjs');
