// custom-elements.json as tools read it (made by custom-elements-manifest.config.mjs): a tag for
// every element, only the public surface, typed events, every part and every `--tk-*` property.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: { text: string };
  privacy?: string;
  fieldName?: string;
  kind?: string;
}
interface Element {
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const COMPONENTS = 'src/components';
const tags = readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const source = (tag: string) =>
  readdirSync(`${COMPONENTS}/${tag}`)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(`${COMPONENTS}/${tag}/${file}`, 'utf8'))
    .join('\n');

/** Fields an element keeps to itself: `private`/`#` ones and reactive state (`state: true`). */
function privateFields(tag: string): string[] {
  const text = readFileSync(`${COMPONENTS}/${tag}/${tag}.ts`, 'utf8');
  return [
    ...[...text.matchAll(/^ {2}(?:private|protected) (?:readonly )?(\w+)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {2}(?:readonly )?(#\w+)/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/^ {4}(\w+): \{[^}]*\bstate: true/gm)].map((m) => m[1]!),
  ];
}

let dir: string;
let elements: Element[];
const packageJson = readFileSync('package.json', 'utf8');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tk-cem-'));
  execFileSync(process.execPath, [
    'node_modules/@custom-elements-manifest/analyzer/cem.js',
    'analyze',
    '--quiet',
    '--outdir',
    // The analyzer joins --outdir to the working directory, even an absolute one.
    relative(process.cwd(), dir),
  ]);
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as {
    modules: { declarations?: Element[] }[];
  };
  elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const element = (tag: string) => elements.find((candidate) => candidate.tagName === tag)!;

describe('custom-elements.json', () => {
  it('leaves package.json as it was when written elsewhere', () => {
    expect(readFileSync('package.json', 'utf8')).toBe(packageJson);
  });

  it('has a tagName for every element, and no element without one', () => {
    expect(tags).toHaveLength(6);
    expect(elements.map((candidate) => candidate.tagName).sort()).toEqual([...tags].sort());
  });

  it.each(tags)('<%s> lists no private field as a member or an attribute', (tag) => {
    const { members = [], attributes = [] } = element(tag);
    const hidden = privateFields(tag);
    expect(hidden.length).toBeGreaterThan(0);
    for (const member of members) {
      expect(member.name).not.toMatch(/^#/);
      expect(member.privacy ?? 'public').toBe('public');
      expect(hidden).not.toContain(member.name);
    }
    for (const attribute of attributes) {
      expect(hidden).not.toContain(attribute.fieldName);
      expect(attribute.type?.text).toBeTruthy();
    }
  });

  it('types every event: a CustomEvent with its TkEventMap detail, or a plain Event', () => {
    const events = readFileSync('src/internal/events.ts', 'utf8');
    const map = /interface TkEventMap \{([^}]*)\}/.exec(events)![1]!;
    for (const { tagName, events: fired = [] } of elements) {
      expect(fired.length, `<${tagName}> fires events`).toBeGreaterThan(0);
      for (const event of fired) {
        if (event.name === 'input' || event.name === 'change')
          expect(event.type?.text).toBe('Event');
        else {
          const detail = new RegExp(`'${event.name}': (\\w+);`).exec(map)?.[1];
          expect(event.type?.text, `${tagName} ${event.name}`).toBe(`CustomEvent<${detail}>`);
        }
      }
    }
  });

  it('lists every --tk-* custom property the source reads, with a default and a description', () => {
    const all = execFileSync('grep', ['-rhoE', 'var\\(--tk-[a-z0-9-]+', 'src'], {
      encoding: 'utf8',
    });
    const used = new Set(
      all
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(4)),
    );
    const listed = new Map(
      elements.flatMap((candidate) => candidate.cssProperties ?? []).map((p) => [p.name, p]),
    );
    expect(used.size).toBeGreaterThanOrEqual(27);
    for (const name of used) {
      expect(listed.get(name)?.default, name).toBeTruthy();
      expect(listed.get(name)?.description, name).toBeTruthy();
    }
    expect(
      element('tension-slider').cssProperties!.find((p) => p.name === '--tk-marker-size'),
    ).toMatchObject({ default: '1.75rem' });
  });

  it.each(tags)('<%s> documents every part its templates name', (tag) => {
    const parts = new Set((element(tag).cssParts ?? []).map((part) => part.name));
    const named = [...source(tag).matchAll(/\bpart="([^"]*)"/g)].flatMap((m) =>
      // A name built in an expression (`marker-${key}`) is left out: only literal names count.
      m[1]!
        .replace(/\$\{[^}]*\}/g, '$')
        .split(/\s+/)
        .filter((name) => name && !name.includes('$')),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const part of named) expect(parts, `<${tag}> part ${part}`).toContain(part);
  });
});
