// Bundle-size check: for each budgeted entry, the JavaScript a page that uses only that entry
// loads (the entry plus every chunk it imports statically), minified and gzipped file by file as a
// browser fetches them. Run after `npm run build`.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The folder to measure: dist/ by default, or another build's output folder given as an argument.
const DIST = process.argv[2] ?? 'dist';
const KB = 1024;

/** Budgets from the issues, in KB min+gzip of everything the page loads. */
const budgets = [
  { entry: 'tensionkit.js', budget: 40, note: 'every element registered (charts load on demand)' },
  { entry: 'core.js', budget: 30, note: 'the whole domain: both languages, codec, aggregate' },
  { entry: 'tension-survey.js', budget: 25, note: 'issue 3: a page with only <tension-survey>' },
  { entry: 'tension-slider.js', budget: 25, note: 'a page with only <tension-slider>' },
  { entry: 'stage-rubric.js', budget: 25, note: 'issue 5: a page with only <stage-rubric>' },
  { entry: 'gap-chart.js', budget: 25, note: 'gap chart without its chart chunk' },
  { entry: 'chunks/chart-*.js', budget: 55, note: 'issue 4: the Chart.js chunk' },
];

const staticImport =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const dynamicImport = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;

function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(staticImport))
    staticClosure(resolve(dirname(file), spec), seen);
  return seen;
}

function dynamicImports(files) {
  const found = new Set();
  for (const file of files) {
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(dynamicImport)) {
      found.add(resolve(dirname(file), spec).replace(resolve(DIST) + '/', ''));
    }
  }
  return [...found];
}

function resolveEntry(pattern) {
  if (!pattern.includes('*')) return existsSync(join(DIST, pattern)) ? join(DIST, pattern) : null;
  const [dir, glob] = [dirname(pattern), pattern.split('/').pop()];
  const re = new RegExp(`^${glob.replace('.', '\\.').replace('*', '.*')}$`);
  const path = join(DIST, dir);
  if (!existsSync(path)) return null;
  const match = readdirSync(path).find((name) => re.test(name));
  return match ? join(path, match) : null;
}

let failed = false;
const rows = [];
for (const { entry, budget, note } of budgets) {
  const file = resolveEntry(entry);
  if (!file) {
    rows.push(`  -      ${entry.padEnd(22)} not built yet (${note})`);
    continue;
  }
  const files = staticClosure(resolve(file));
  const bytes = [...files].reduce(
    (sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length,
    0,
  );
  const kb = bytes / KB;
  const ok = kb <= budget;
  failed ||= !ok;
  const lazy = dynamicImports(files);
  rows.push(
    `  ${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(22)} ${kb.toFixed(1).padStart(6)} KB of ${budget} KB  ` +
      `(${files.size} file${files.size > 1 ? 's' : ''}; ${note})` +
      (lazy.length ? `\n       ${''.padEnd(22)} loads on demand: ${lazy.join(', ')}` : ''),
  );
}
console.log('Bundle sizes, min+gzip, of all JavaScript a page loads:\n' + rows.join('\n'));
if (failed) {
  console.error('\nA bundle is over its budget.');
  process.exit(1);
}
