// Writes README.md's theming tables (between the `theming:start` and `theming:end` markers) from
// custom-elements.json: every --tk-* custom property with its default, and every CSS part.
// `node scripts/readme-theming.mjs` rewrites the section; `--check` fails when it is out of date
// (scripts/test.sh runs the check after the build).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const START =
  '<!-- theming:start: made by scripts/readme-theming.mjs from custom-elements.json -->';
const END = '<!-- theming:end -->';

const cell = (text) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The section's Markdown for a manifest; `general` holds the shared tokens' own words. */
export function themingSection(manifest, general = new Map()) {
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName);
  const properties = new Map();
  for (const element of elements) {
    for (const property of element.cssProperties ?? []) {
      const entry = properties.get(property.name) ?? {
        fallback: property.default,
        tags: [],
        descriptions: new Map(),
      };
      entry.tags.push(element.tagName);
      entry.descriptions.set(
        property.description,
        (entry.descriptions.get(property.description) ?? 0) + 1,
      );
      properties.set(property.name, entry);
    }
  }
  const propertyRows = [...properties].map(([name, entry]) => {
    // The shared tokens' general words (src/internal/theme.ts); else the words most elements use
    // (an element may say what the property does in it).
    const description =
      general.get(name) ?? [...entry.descriptions].sort((a, b) => b[1] - a[1])[0][0];
    const where =
      entry.tags.length === elements.length
        ? 'all'
        : entry.tags.map((t) => `\`<${t}>\``).join(', ');
    return `| \`${name}\` | \`${cell(entry.fallback)}\` | ${where} | ${cell(description)} |`;
  });
  const partRows = elements.flatMap((element) =>
    (element.cssParts ?? []).map(
      (part) => `| \`<${element.tagName}>\` | \`${part.name}\` | ${cell(part.description ?? '')} |`,
    ),
  );
  return [
    START,
    '',
    '| custom property | default | elements | what it sets |',
    '| --- | --- | --- | --- |',
    ...propertyRows,
    '',
    '| element | part | what it is |',
    '| --- | --- | --- |',
    ...partRows,
    '',
    END,
  ].join('\n');
}

/** README text with its section replaced. */
export function withThemingSection(readme, manifest) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} section`);
  return (
    readme.slice(0, start) + themingSection(manifest, general) + readme.slice(end + END.length)
  );
}

/** The `@cssproperty` words of the shared tokens, documented once in src/internal/theme.ts. */
const general = new Map(
  [
    ...readFileSync('src/internal/theme.ts', 'utf8').matchAll(
      /@cssproperty (--tk-[a-z0-9-]+) - ([^\n]+)/g,
    ),
  ].map((m) => [m[1], m[2].trim()]),
);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const readme = readFileSync('README.md', 'utf8');
  const next = withThemingSection(readme, manifest);
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error(
        'README.md: the theming tables are out of date; run node scripts/readme-theming.mjs',
      );
      process.exit(1);
    }
  } else writeFileSync('README.md', next);
}
