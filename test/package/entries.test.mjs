// After the build: every entry of the package imports in Node (server rendering, tests) without
// throwing, and the files generated from custom-elements.json list every element.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { codeSpecifiers, dataFiles } from './exports.mjs';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement)
  .map((declaration) => declaration.tagName)
  .sort();
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));

test('every code entry imports in Node, by the name an app uses', async () => {
  const specifiers = codeSpecifiers(packageJson, '.');
  for (const expected of [
    'tensionkit',
    'tensionkit/core',
    'tensionkit/gap-chart',
    'tensionkit/dist/tensionkit.js',
    'tensionkit/core/schema',
  ])
    assert.ok(specifiers.includes(expected), expected);
  for (const specifier of specifiers) await import(specifier);
});

test('the element entries export their classes', async () => {
  const { TensionSurvey } = await import('tensionkit/tension-survey');
  assert.equal(typeof TensionSurvey, 'function');
});

test('every type and data file the package names exists', () => {
  for (const file of dataFiles(packageJson)) assert.ok(existsSync(file), file);
});

test('six elements, in the manifest and every generated file', () => {
  assert.deepEqual(tags, [
    'gap-chart',
    'stage-rubric',
    'team-results',
    'tension-plan',
    'tension-slider',
    'tension-survey',
  ]);
  const vscode = read('dist/vscode.html-custom-data.json');
  assert.deepEqual(vscode.tags.map((tag) => tag.name).sort(), tags);
  const webTypes = read(packageJson['web-types']);
  assert.deepEqual(
    webTypes.contributions.html.elements.map((element) => element.name).sort(),
    tags,
  );
  for (const file of ['jsx', 'react', 'vue'])
    for (const tag of tags)
      assert.match(
        readFileSync(`dist/frameworks/${file}.d.ts`, 'utf8'),
        new RegExp(`["']${tag}["']`),
        `${file}: ${tag}`,
      );
});

test('VS Code and web-types know every --tk-* custom property', () => {
  const names = new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.cssProperties ?? [])
      .map((property) => property.name),
  );
  assert.ok(names.size >= 27);
  const css = read('dist/vscode.css-custom-data.json');
  const listed = new Set(css.properties.map((property) => property.name));
  for (const name of names) assert.ok(listed.has(name), name);
  const survey = read(packageJson['web-types']).contributions.html.elements.find(
    (element) => element.name === 'tension-survey',
  );
  assert.ok(survey.js.events.some((event) => event.name === 'survey-submit'));
});
