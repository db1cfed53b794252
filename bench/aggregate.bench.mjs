// Benchmark of `aggregate` (src/core/aggregate/) in Node.
//
//   node bench/aggregate.bench.mjs            (or `npm run bench`) measures and updates RESULTS.md
//   node bench/aggregate.bench.mjs --no-write measures and prints only
//
// The TypeScript source is bundled in memory with esbuild and imported from a data: URL, so the
// benchmark needs no build step and leaves no files behind. Responses are pseudo-random but
// deterministic (a seeded PRNG): 7 tensions, 4 roles (and some respondents without one), about
// one answer in ten "unsure", and half the respondents rating the 12 rubric dimensions. Each size
// is warmed up, then timed over repeated runs; the table shows the median run.
import { build } from 'esbuild';
import { cpus } from 'node:os';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [1_000, 10_000, 100_000];
/** Warm-up: at least this many runs and this long, so the JIT has settled before timing. */
const WARMUP_RUNS = 5;
const WARMUP_MS = 300;
/** Timed runs: at least this many and this long; the median is reported. */
const RUNS = 7;
const RUN_MS = 1000;
const SEED = 20260301;
const write = !process.argv.includes('--no-write');

const bundle = await build({
  stdin: {
    contents: [
      "export { aggregate } from './src/core/aggregate/index.ts';",
      "export { TENSION_IDS, STAGE_IDS } from './src/core/schema.ts';",
    ].join('\n'),
    resolveDir: root,
    loader: 'ts',
    sourcefile: 'bench-entry.ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
const code = bundle.outputFiles[0].text;
const { aggregate, TENSION_IDS, STAGE_IDS } = await import(
  `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
);

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['teacher', 'principal', 'central office', 'coach'];
/** The district rubric's 12 dimensions (kept here so the benchmark depends only on aggregate). */
const DIMENSIONS = [
  'shared-vision',
  'roadmap',
  'implementation-dip',
  'empowerment',
  'evaluation-for-improvement',
  'distributed-leadership',
  'ownership',
  'teacher-competencies',
  'professional-pathways',
  'aligned-adult-learning',
  'diversity-inclusion',
  'culturally-responsive-practice',
];

function generate(count, seed) {
  const random = prng(seed);
  const int = (n) => Math.floor(random() * n);
  const position = () => (random() < 0.1 ? null : 1 + int(7));
  const start = Date.UTC(2026, 2, 1);
  const responses = new Array(count);
  for (let i = 0; i < count; i++) {
    const tensions = {};
    for (const id of TENSION_IDS) tensions[id] = { current: position(), desired: position() };
    const response = {
      version: 1,
      id: `bench-${seed}-${i}`,
      survey: 'tensions',
      submittedAt: new Date(start + i * 60_000).toISOString(),
      locale: 'en',
      tensions,
    };
    if (random() < 0.95) response.role = ROLES[int(ROLES.length)];
    if (i % 2 === 0) {
      const rubric = {};
      for (const dimension of DIMENSIONS) {
        const rating = { stage: STAGE_IDS[int(4)] };
        if (random() < 0.5) rating.target = STAGE_IDS[int(4)];
        rubric[dimension] = rating;
      }
      response.rubric = rubric;
    }
    responses[i] = response;
  }
  return responses;
}

function median(values) {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function time(fn) {
  const warmupEnd = performance.now() + WARMUP_MS;
  for (let i = 0; i < WARMUP_RUNS || performance.now() < warmupEnd; i++) fn();
  const runs = [];
  let sink = 0;
  const end = performance.now() + RUN_MS;
  for (let i = 0; i < RUNS || (performance.now() < end && i < 1000); i++) {
    const t0 = performance.now();
    const result = fn();
    runs.push(performance.now() - t0);
    sink += result.respondents;
  }
  if (sink < 0) console.log(sink); // keeps the result alive
  return median(runs);
}

const rows = [];
for (const size of SIZES) {
  const responses = generate(size, SEED + size);
  const baseline = generate(size, SEED + size + 1);
  const plain = time(() => aggregate(responses));
  const withBaseline = time(() => aggregate(responses, { baseline }));
  rows.push({ size, plain, withBaseline });
}

const fmt = (n, digits) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const table = [
  '| responses | median ms | ns / response | with a baseline of the same size, median ms |',
  '| ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en-US')} | ${fmt(r.plain, 2)} | ${fmt((r.plain * 1e6) / r.size, 0)} | ${fmt(r.withBaseline, 2)} |`,
  ),
].join('\n');
console.log(table);

if (write) {
  const command = 'node bench/aggregate.bench.mjs';
  const section = [
    '## aggregate (Node)',
    '',
    `Command: \`${command}\` (also \`npm run bench\`)`,
    '',
    `- Date: ${new Date().toISOString().slice(0, 10)}`,
    `- Node: ${process.version}`,
    `- CPU: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} logical cores)`,
    `- Data: seeded pseudo-random responses; 7 tensions each, ~10% unsure per answer; 4 roles`,
    `  (5% without a role); half rate the 12 district rubric dimensions.`,
    `- Method: per size and variant, warm-up runs (at least ${WARMUP_RUNS} and ${WARMUP_MS} ms), then`,
    `  timed runs (at least ${RUNS} and ${RUN_MS} ms); the table shows the median run.`,
    '',
    table,
    '',
  ].join('\n');
  const file = join(root, 'bench', 'RESULTS.md');
  let text = '';
  try {
    text = await readFile(file, 'utf8');
  } catch {
    text =
      '# Benchmark results\n\nLatest figures; each section names the command that produced it.\n';
  }
  // Replace this benchmark's own section (up to the next "## " heading), keep everything else.
  const pattern = /^## aggregate \(Node\)\n[\s\S]*?(?=^## |(?![\s\S]))/m;
  text = pattern.test(text)
    ? text.replace(pattern, `${section}\n`)
    : `${text.replace(/\n*$/, '\n\n')}${section}`;
  await writeFile(file, text.replace(/\n+$/, '\n'));
  console.log(`\nWrote bench/RESULTS.md`);
}
