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

/** One standalone build: the entry file plus the chunks it loads on demand. */
const standalone = ([name, input]) => ({
  input: { [name]: input },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
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
  plugins: [
    // The production build of Lit: no dev-mode warnings, smaller.
    nodeResolve({ exportConditions: ['production'] }),
    cssTemplates,
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ],
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

const embed = standalone(['embed', 'src/embed/embed.ts']);
embed.plugins.push(embedPage);

/** The parent page's helper: a classic script (an IIFE, no module syntax), so no CORS is needed. */
const embedFrame = {
  input: 'src/embed/embed-frame.ts',
  output: { file: 'dist/embed-frame.js', format: 'iife', sourcemap: true },
  plugins: [
    esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ],
};

export default [...Object.entries(entries).map(standalone), embed, embedFrame];
