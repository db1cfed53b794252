// Builds the files a page loads with a <script type="module"> tag: one self-contained ES module
// per element (which registers it), dist/tensionkit.js registering every element, and dist/core.js
// for the domain alone. Each is its own rollup build so a page with one element loads only the
// code that element uses: in one shared build, a module such as zod's schemas would carry the
// union of what every element needs. Code an element needs only sometimes (Chart.js, the codec,
// the rubric's team view) is split into chunks/ and loaded on demand.
// dist/embed.html is the iframe route's page (src/embed/), with embed.js loading the element files
// beside it, and dist/embed-frame.js the parent page's helper, a classic script.
// Bundler users get the unbundled modules in dist/lib (tsc, see tsconfig.build.json) instead.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import MagicString from 'magic-string';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const elementEntries = Object.fromEntries(
  (existsSync('src/components') ? readdirSync('src/components', { withFileTypes: true }) : [])
    .filter(
      (entry) => entry.isDirectory() && existsSync(`src/components/${entry.name}/${entry.name}.ts`),
    )
    .map((entry) => [entry.name, `src/components/${entry.name}/${entry.name}.ts`]),
);

/**
 * Shrinks the static text of Lit `css` templates: comments and indentation go, and the spaces
 * around braces, semicolons and commas. Expressions inside `${}` are left as they are.
 */
export function minifyCss(source) {
  return source.replace(/\bcss`([^`]*)`/g, (_, body) => {
    const parts = body.split(/(\$\{[^}]*\})/);
    const small = parts.map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\/\*[\s\S]*?\*\//g, '')
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};,>])\s*/g, '$1')
            .replace(/: /g, ':')
            .replace(/;}/g, '}'),
    );
    return `css\`${small.join('').trim()}\``;
  });
}

const cssTemplates = {
  name: 'minify-css-templates',
  transform(code, id) {
    return id.includes('/src/') && code.includes('css`')
      ? { code: minifyCss(code), map: null }
      : null;
  },
};

const entries = { tensionkit: 'src/index.ts', core: 'src/core/index.ts', ...elementEntries };

// One Lit per page, whatever mix of our scripts a page loads: every build imports Lit from one
// shared file instead of bundling its own copy. Two copies would each create the Trusted Types
// policy "lit-html", and the second throws under `trusted-types lit-html`. This module lists what
// our code imports from Lit; a name missing here fails the build.
const SHARED_LIT = 'chunks/lit.js';
const LIT_PLACEHOLDER = 'tensionkit:shared-lit';
const sharedLitSource = `
export { LitElement, css, html, nothing, svg } from 'lit';
`;
const isLitImport = (id) => /^(lit|lit-html|lit-element|@lit\/reactive-element)(\/|$)/.test(id);

/**
 * Points every Lit import of our code at the shared file (written by the `lit` build below), by a
 * path relative to each output file: entries sit in dist/, lazy chunks in dist/chunks/.
 */
const useSharedLit = {
  name: 'use-shared-lit',
  resolveId: (id) => (isLitImport(id) ? { id: LIT_PLACEHOLDER, external: true } : null),
  renderChunk(code, chunk) {
    if (!code.includes(LIT_PLACEHOLDER)) return null;
    let path = relative(dirname(chunk.fileName), SHARED_LIT);
    if (!path.startsWith('.')) path = `./${path}`;
    const text = new MagicString(code);
    text.replaceAll(LIT_PLACEHOLDER, path);
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
};

// The locale pack checker (its schema and the English template) is one file every build shares,
// built on its own: a checker inside an element's build would share zod's modules with the
// element, and rollup keeps a module's code in one chunk, so the element would carry every zod
// schema type the checker uses (about 4 KB gzip) before any pack is registered.
const PACK_CHECK = 'chunks/pack-check.js';
const PACK_CHECK_PLACEHOLDER = 'tensionkit:pack-check';
const isPackCheck = (id, importer) =>
  /(^|\/)pack-check(\.js|\.ts)?$/.test(id) && /src\/core\/i18n\//.test(importer ?? '');

/** Like `useSharedLit`, for a file that is imported dynamically. */
const useSharedPackCheck = {
  name: 'use-shared-pack-check',
  resolveId: (id, importer) =>
    isPackCheck(id, importer) ? { id: PACK_CHECK_PLACEHOLDER, external: true } : null,
  renderChunk(code, chunk) {
    if (!code.includes(PACK_CHECK_PLACEHOLDER)) return null;
    let path = relative(dirname(chunk.fileName), PACK_CHECK);
    if (!path.startsWith('.')) path = `./${path}`;
    const text = new MagicString(code);
    text.replaceAll(PACK_CHECK_PLACEHOLDER, path);
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
};

// Each entry file only imports a chunk holding the element's code, so a page that loads the same
// script under two URLs (`tension-survey.js?v=2`) still runs the element's code once: the
// chunk's URL carries no query.
const FACADE = '\0facade:';
// The elements whose first render waits for the tensions' text: their entry files import
// src/internal/text-start.ts, which carries the text of both languages, so a page fetches it
// together with the element's chunk and Lit, not a round trip later (issue 14).
const TEXT_START = 'src/internal/text-start.ts';
const startsText = (input) => /\/tension-(survey|slider)\.ts$/.test(input);
const facades = {
  name: 'entry-facades',
  resolveId: (id) =>
    id.startsWith(FACADE)
      ? id
      : id === resolve(TEXT_START)
        ? { id, moduleSideEffects: 'no-treeshake' }
        : null,
  load(id) {
    if (!id.startsWith(FACADE)) return null;
    const input = id.slice(FACADE.length);
    const start = startsText(input) ? `import ${JSON.stringify(resolve(TEXT_START))};\n` : '';
    return `${start}export * from ${JSON.stringify(resolve(input))};`;
  },
};

// TK_DEV=1 (`npm start`) skips minifying: the demo's bundles in a fraction of the time.
const minify = !process.env.TK_DEV;

const plugins = (...first) => [
  ...first,
  // The production build of Lit: no dev-mode warnings, smaller.
  nodeResolve({ exportConditions: ['production'] }),
  cssTemplates,
  esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
  minify &&
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

const packCheck = {
  input: { 'pack-check': 'src/core/i18n/pack-check.ts' },
  output: { dir: 'dist', format: 'es', entryFileNames: PACK_CHECK, sourcemap: true },
  preserveEntrySignatures: 'strict',
  onwarn(warning, warn) {
    if (
      warning.code === 'CIRCULAR_DEPENDENCY' &&
      warning.ids?.every((id) => id.includes('node_modules'))
    )
      return;
    warn(warning);
  },
  plugins: plugins(),
};

const sharedLit = {
  input: { lit: '\0shared-lit' },
  output: { dir: 'dist', format: 'es', entryFileNames: SHARED_LIT, sourcemap: true },
  plugins: plugins({
    name: 'shared-lit',
    resolveId: (id) => (id === '\0shared-lit' ? id : null),
    load: (id) => (id === '\0shared-lit' ? sharedLitSource : null),
  }),
};

/** One standalone build: the entry file plus the chunks it loads on demand. */
const standalone = ([name, input], { facade = true } = {}) => ({
  input: facade
    ? {
        [name]: FACADE + input,
        [`${name}-element`]: input,
      }
    : { [name]: input },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: (chunk) =>
      !facade || chunk.facadeModuleId?.startsWith(FACADE) ? '[name].js' : 'chunks/[name]-[hash].js',
    // Builds that split the same code write the same content under the same hashed name.
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    manualChunks(id) {
      if (id.includes('node_modules/chart.js') || id.includes('node_modules/@kurkle/color'))
        return 'chart';
      return undefined;
    },
  },
  preserveEntrySignatures: 'allow-extension',
  onwarn(warning, warn) {
    // zod's core has a harmless internal cycle; everything else is worth reading.
    if (
      warning.code === 'CIRCULAR_DEPENDENCY' &&
      warning.ids?.every((id) => id.includes('node_modules'))
    )
      return;
    warn(warning);
  },
  plugins: plugins(useSharedLit, useSharedPackCheck, facades),
});

/** Copies the embed page and its styles beside embed.js. */
const embedPage = {
  name: 'embed-page',
  generateBundle() {
    for (const fileName of ['embed.html', 'embed.css'])
      this.emitFile({
        type: 'asset',
        fileName,
        source: readFileSync(`src/embed/${fileName}`, 'utf8'),
      });
  },
};

// No facade: embed.js finds the element's file next to itself through import.meta.url.
const embed = standalone(['embed', 'src/embed/embed.ts'], { facade: false });
embed.plugins.push(embedPage);

/** The parent page's helper: a classic script (an IIFE, no module syntax), so no CORS is needed. */
const embedFrame = {
  input: 'src/embed/embed-frame.ts',
  output: { file: 'dist/embed-frame.js', format: 'iife', sourcemap: true },
  plugins: [
    esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }),
    minify && terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

// TK_ENTRIES=tension-survey,gap-chart builds those entries alone (with the shared Lit), for trying a
// change to one element without the other builds; the embed's builds are `embed` and `embed-frame`.
const only = process.env.TK_ENTRIES?.split(',');
const wanted = (name) => !only || only.includes(name);

export default [
  sharedLit,
  packCheck,
  ...Object.entries(entries)
    .filter(([name]) => wanted(name))
    .map((entry) => standalone(entry)),
  ...(wanted('embed') ? [embed] : []),
  ...(wanted('embed-frame') ? [embedFrame] : []),
];
