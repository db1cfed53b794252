// React ships CommonJS only, which the test server does not serve as modules: this plugin
// bundles React and ReactDOM once with esbuild (one copy of React for both) and points a test's
// `react` and `react-dom/client` imports at that bundle, as an app's bundler would.
import { build } from 'esbuild';

const BUNDLE = '/__react/bundle.js';
const FACADES = {
  react: {
    path: '/__react/react.js',
    body: `import { React } from '${BUNDLE}'; export default React;`,
  },
  'react-dom/client': {
    path: '/__react/react-dom-client.js',
    body: `export { createRoot } from '${BUNDLE}';`,
  },
};

let bundle;
async function reactBundle() {
  bundle ??= build({
    stdin: {
      contents:
        "import React from 'react'; import { createRoot } from 'react-dom/client'; export { React, createRoot };",
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactModules() {
  return {
    name: 'react-modules',
    resolveImport({ source }) {
      return FACADES[source]?.path;
    },
    async serve(context) {
      if (context.path === BUNDLE) return { body: await reactBundle(), type: 'js' };
      const facade = Object.values(FACADES).find((candidate) => candidate.path === context.path);
      return facade ? { body: facade.body, type: 'js' } : undefined;
    },
  };
}
