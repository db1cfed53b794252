// Builds dist/: one ES module per element (which registers it), dist/tensionkit.js registering
// every element, dist/core.js for the domain alone, and Chart.js in a chunk of its own that only
// chart elements load (they import it dynamically).
import { readdirSync, existsSync } from 'node:fs';
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

export default {
  input: { tensionkit: 'src/index.ts', core: 'src/core/index.ts', ...elementEntries },
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    manualChunks(id) {
      if (id.includes('node_modules/chart.js') || id.includes('node_modules/@kurkle/color'))
        return 'chart';
      return undefined;
    },
  },
  preserveEntrySignatures: 'exports-only',
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
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    terser({ ecma: 2022, module: true, format: { comments: false } }),
  ],
};
