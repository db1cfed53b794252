// The package's entry points as an app names them, read from package.json's `exports`: every
// specifier with code to import, and the files that hold only types or data.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** `exports`' targets: the file Node imports (`node`, else `default`), or the string itself. */
const target = (value) => (typeof value === 'string' ? value : (value.node ?? value.default));

/**
 * Every specifier (`tensionkit/core`, `tensionkit/core/schema`, `tensionkit/dist/core.js`) with
 * code to import, for the package at `root`: wildcard entries are expanded over the files there.
 */
export function codeSpecifiers(packageJson, root) {
  const specifiers = [];
  for (const [key, value] of Object.entries(packageJson.exports)) {
    const file = target(value);
    if (!file || !/\.js$|\*$/.test(file)) continue;
    const name = key === '.' ? packageJson.name : `${packageJson.name}/${key.slice(2)}`;
    if (!key.includes('*')) {
      if (specifiers.includes(name)) continue;
      specifiers.push(name);
      continue;
    }
    // `./core/*` → ./dist/lib/core/*.js; `./dist/*` → the files in dist/ (not the iframe
    // route's page scripts, embed.js and embed-frame.js: a page loads them with <script src>).
    const [before, after] = file.split('*');
    const dir = join(root, before);
    for (const entry of readdirSync(dir, { recursive: true })) {
      const path = String(entry).replaceAll('\\', '/');
      if (!path.endsWith(after || '.js') || path.endsWith('.d.ts')) continue;
      if (key === './dist/*' && (path.includes('/') || /^embed/.test(path))) continue;
      if (!after && !path.endsWith('.js')) continue;
      const specifier = name.replace('*', after ? path.slice(0, -after.length) : path);
      if (!specifiers.includes(specifier)) specifiers.push(specifier);
    }
  }
  return specifiers;
}

/** Files named by `exports` and package.json's editor fields that hold no code: types and data. */
export function dataFiles(packageJson) {
  const files = [packageJson.customElements, packageJson['web-types']];
  for (const value of Object.values(packageJson.exports)) {
    const file = typeof value === 'string' ? value : value.types;
    if (file && !file.includes('*') && !file.endsWith('.js')) files.push(file);
  }
  return files;
}
