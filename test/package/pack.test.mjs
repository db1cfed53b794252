// After the build: `npm pack` holds what users need and nothing else (no tests, no sources), and
// the tarball installs into a fresh project (its dependencies from the npm cache when there)
// where every entry imports in Node.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { codeSpecifiers, dataFiles } from './exports.mjs';

const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let dir;
let packed;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'tk-pack-'));
  [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir]));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the tarball holds the built package, its docs and licence, and no tests or sources', () => {
  const files = packed.files.map((file) => file.path);
  for (const needed of [
    'package.json',
    'LICENSE',
    'README.md',
    'custom-elements.json',
    'dist/tensionkit.js',
    'dist/lib/index.js',
    'dist/lib/index.d.ts',
    'dist/frameworks/react.d.ts',
    'dist/vscode.html-custom-data.json',
    'dist/web-types.json',
  ])
    assert.ok(files.includes(needed), needed);
  const stray = files.filter(
    (file) =>
      !/^(package\.json|LICENSE|README\.md|custom-elements\.json|dist\/)/.test(file) ||
      /(^|\/)(test|tests|__tests__|fixtures)\/|\.test\.|\.spec\.|\.ts$(?<!\.d\.ts)/.test(file),
  );
  assert.deepEqual(stray, []);
});

test('every source map in the tarball carries its sources (src/ is not shipped)', () => {
  const maps = packed.files.map((file) => file.path).filter((path) => path.endsWith('.map'));
  assert.ok(maps.length > 0);
  for (const path of maps) {
    const map = JSON.parse(readFileSync(path, 'utf8'));
    const sources = map.sources ?? [];
    const contents = map.sourcesContent ?? [];
    sources.forEach((source, index) =>
      assert.ok(typeof contents[index] === 'string', `${path}: ${source} without its content`),
    );
  }
});

test('installs into a fresh project, where every entry imports in Node', () => {
  const app = join(dir, 'app');
  execFileSync('mkdir', ['-p', app]);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'tk-pack-app', private: true, type: 'module' }),
  );
  npm(
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      join(dir, packed.filename),
    ],
    app,
  );
  const installed = join(app, 'node_modules', 'tensionkit');
  const packageJson = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
  for (const file of dataFiles(packageJson)) assert.ok(existsSync(join(installed, file)), file);
  const specifiers = codeSpecifiers(packageJson, installed);
  assert.ok(specifiers.length > 20);
  const script = `for (const s of ${JSON.stringify(specifiers)}) await import(s); console.log('imported');`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: app,
    encoding: 'utf8',
  });
  assert.equal(out.trim(), 'imported');
});
