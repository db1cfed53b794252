// Bundle-size check: for each budgeted entry, the JavaScript a page that uses only that entry
// loads (the entry plus every chunk it imports statically, plus the built-in text it fetches for
// its first render: one language, the larger one), minified and gzipped file by file as a browser
// fetches them. Run after `npm run build`.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

// The folder to measure: dist/ by default, or another build's output folder given as an argument.
const DIST = process.argv[2] ?? 'dist';
const KB = 1024;

/** Budgets from the issues, in KB min+gzip of everything the page loads. */
const budgets = [
  // Every element and the whole domain in both languages, for one script tag; a page that cares
  // about size loads the file of the one element it uses.
  // 62 KB until issue 10 added complementary suppression, sliced imports and the checks that keep
  // setters from throwing (63.1 KB measured); the one-element files stay within their own budgets.
  // 65 KB until issue 13 added a sixth element, <tension-plan>, and the plan to the domain: 64 KB
  // before (README), 74.5 KB measured after (the element about 5 KB, the plan's core about 5 KB);
  // with issue 11's headings and announcer and issue 12's locale packs, 76.3 KB measured.
  // 77 KB until issue 12's survey definitions: their checks, one-language text and zod schema in
  // the domain, the survey's definition reading, the charts' naming and the result's share-code
  // notes in both languages: 76.8 KB before, 80.2 KB measured after (80.5 KB once merged with
  // the locale packs of <tension-plan> and the check-back, main at 991bf43). Then issue 14's chart
  // update: reading valid responses without zod (core/plain-response.ts, 0.7 KB) took a
  // 1,000-response update from 43.8 to 22.9 ms at the median: 81.3 KB measured with both;
  // the review fixes of this stop (focus on a failed submit, own-key reads, no empty submit): 81.5 KB.
  // 82.5 KB since the definitions' last defects were fixed (definition-change and the chart
  // listening to it, the failed-load message, language marks, the definition's order in the
  // charts): 81.6 KB before, 82.0 KB measured after.
  {
    entry: 'tensionkit.js',
    budget: 82.5,
    note: 'every element registered (charts load on demand)',
  },
  // 30 KB until issue 13 put the plan in the domain as the contract asks (schema, JSON and code,
  // the statement's words in both languages, check-back, the working copy): 29.2 KB before,
  // 34.1 KB measured after.
  // The explore text stays out of it (core/catalog/explore.js, or loaded on demand).
  // 35 KB until issue 12 put survey definitions in the domain (their checks, without zod, and the
  // zod schema over them, text by language and its resolution, tryEncodeShareCode, the result's
  // share-code notes in both languages): 34.4 KB before, 36.8 KB measured after.
  {
    entry: 'core.js',
    budget: 37,
    note: 'the whole domain: both languages, codec, aggregate, plan',
  },
  {
    entry: 'tension-survey.js',
    // Issue 3 set 25 KB; issues 3 and 10 raised it to 26.5 KB (shared Lit 0.7 KB, configuration
    // checks 0.4 KB). Issue 14 brings it back to 25 KB with the steps layout counted: the checks
    // of the first load are written without zod (core/plain-checks.ts) and the response's schema
    // loads on demand (26.2 -> 17.9 KB measured); the steps layout adds 0.4 KB to the first load
    // (the layout choice, the step in the draft) and 2.5 KB in a chunk loaded where it is drawn.
    // Issue 12's locale packs (src/internal/locale-packs.ts: registry lookup, re-render on
    // registration, pack script watcher; the merge and the checker load on demand): 0.7 KB.
    // Issue 14: the entry carries both languages' tensions text (src/internal/text-start.ts), so
    // the first render waits for no second round trip: 21.7 -> 23.6 KB measured (the other
    // language, 2.3 KB, now counted among the files); first paint minus the entry's arrival,
    // Spanish 209 -> 175 ms, English 178 -> 163 ms (medians of 24 interleaved loads).
    budget: 25,
    text: ['tensions'],
    note: 'issues 3 and 14: a page with only <tension-survey>',
  },
  {
    entry: 'tension-slider.js',
    budget: 25,
    text: ['tensions'],
    note: 'a page with only <tension-slider>',
  },
  {
    entry: 'stage-rubric.js',
    // Issue 12's locale packs (as for the survey, plus the stages through the pack): 0.6 KB
    // measured (24.8 -> 25.4); issue 11's heading-level and radios named by their stage with the
    // descriptor as description: 0.25 KB more (25.6 measured).
    budget: 26,
    text: ['rubric'],
    note: 'issue 5: a page with only <stage-rubric>',
  },
  // Before its on-demand chunks (the tensions' text in one language, the plan's codec).
  { entry: 'tension-plan.js', budget: 30, note: 'issue 13: a page with only <tension-plan>' },
  // The summary's sentences, the statistics and both languages' tension names, before Chart.js.
  // Issue 12's locale packs cost 0.6 KB; issue 11 moved the drawing into the Chart.js chunk's
  // company (gap-chart.draw.ts loads with it), so the page is 34.1 KB measured with both.
  // 35 KB until issue 12's definitions (naming a survey's own tensions, 34.9 KB measured) and
  // issue 14's plain reading of valid responses (0.7 KB for an update twice as fast): 35.7 KB.
  { entry: 'gap-chart.js', budget: 36, note: 'gap chart without its chart chunk' },
  { entry: 'chunks/chart-*.js', budget: 55, note: 'issue 4: the Chart.js chunk' },
  { entry: 'embed-frame.js', budget: 2, note: "issue 9: the iframe route's parent helper" },
  // The embed page's own module; the element's file it loads is budgeted above.
  { entry: 'embed.js', budget: 12, note: 'issue 9: the embed page, before its element' },
];

const staticImport =
  /(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const dynamicImport = /import\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
// Built-in text an element fetches before its first render (a budget's `text`), one file per
// kind and language.
const languageChunk = /^chunks\/(tensions|rubric)-[a-z]{2}-/;
const gzipped = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

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
for (const { entry, budget, note, text: firstRender = [] } of budgets) {
  const file = resolveEntry(entry);
  if (!file) {
    rows.push(`  -      ${entry.padEnd(22)} not built yet (${note})`);
    continue;
  }
  const files = staticClosure(resolve(file));
  const lazy = dynamicImports(files);
  // The larger language of each kind of text, as a page in that language loads it.
  const text = new Map();
  for (const chunk of lazy) {
    const kind = languageChunk.exec(chunk)?.[1];
    if (!kind || !firstRender.includes(kind)) continue;
    // The language file with what it imports that the page does not have yet.
    const own = [...staticClosure(resolve(DIST, chunk))].filter((f) => !files.has(f));
    const size = own.reduce((sum, f) => sum + gzipped(f), 0);
    text.set(kind, Math.max(text.get(kind) ?? 0, size));
  }
  const textBytes = [...text.values()].reduce((sum, b) => sum + b, 0);
  const bytes = [...files].reduce((sum, f) => sum + gzipped(f), 0) + textBytes;
  const kb = bytes / KB;
  const ok = kb <= budget;
  failed ||= !ok;
  rows.push(
    `  ${ok ? 'ok  ' : 'OVER'} ${entry.padEnd(22)} ${kb.toFixed(1).padStart(6)} KB of ${budget} KB  ` +
      `(${files.size} file${files.size > 1 ? 's' : ''}` +
      (textBytes
        ? ` + ${(textBytes / KB).toFixed(1)} KB of ${[...text.keys()].join(' and ')} text`
        : '') +
      `; ${note})` +
      (lazy.length ? `\n       ${''.padEnd(22)} loads on demand: ${lazy.join(', ')}` : ''),
  );
}
console.log('Bundle sizes, min+gzip, of all JavaScript a page loads:\n' + rows.join('\n'));
if (failed) {
  console.error('\nA bundle is over its budget.');
  process.exit(1);
}
