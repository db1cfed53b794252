// How custom-elements.json is made (`npm run analyze`, and every build): the CEM analyzer reads
// the elements' JSDoc and Lit `static properties`; the plugins below add what it cannot see.
// - tagName: our elements register through `defineElement(tag, Class)` (src/internal/define.ts).
// - Public surface only: private and protected members, `#private` ones and reactive state
//   (`state: true`) are dropped, with any attribute the analyzer made for them.
// - Events: each `@fires` event gets its detail type from `TkEventMap` (src/internal/events.ts).
// - Custom properties: every `--tk-*` an element reads, with the default written in its CSS
//   (`var(--tk-x, default)`): the shared tokens (src/internal/theme.ts), its own, and those of the
//   elements it renders inside itself. A property without a description fails the build.
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const COMPONENTS = 'src/components';
const THEME = 'src/internal/theme.ts';
const EVENTS = 'src/internal/events.ts';

const read = (path) => readFileSync(path, 'utf8');
const tags = readdirSync(COMPONENTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const folderSource = (tag) =>
  readdirSync(`${COMPONENTS}/${tag}`)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => read(`${COMPONENTS}/${tag}/${file}`))
    .join('\n');

/** `--tk-name` → its default, from every `var(--tk-name, default)` in `source`. */
export function customPropertyDefaults(source) {
  const found = new Map();
  for (const match of source.matchAll(/var\((--tk-[a-z0-9-]+)\s*(?:,\s*)?/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    const start = end;
    while (end < source.length && depth > 0) {
      if (source[end] === '(') depth += 1;
      if (source[end] === ')') depth -= 1;
      end += 1;
    }
    if (!found.has(match[1])) found.set(match[1], source.slice(start, end - 1).trim());
  }
  return found;
}

/** `@cssproperty [--tk-x=…] - description` lines of a JSDoc block, by name. */
function documentedProperties(source) {
  const found = new Map();
  for (const match of source.matchAll(
    /@cssprop(?:erty)?\s+\[?(--tk-[a-z0-9-]+)[^\]\s]*\]?\s+-\s+([^\n]+)/g,
  ))
    found.set(match[1], match[2].trim());
  return found;
}

/** `TkEventMap`'s entries: event name → detail type. */
function eventDetails() {
  const body = /interface TkEventMap \{([^}]*)\}/.exec(read(EVENTS))?.[1] ?? '';
  return new Map([...body.matchAll(/'([a-z-]+)':\s*([A-Za-z]+);/g)].map((m) => [m[1], m[2]]));
}

function defineElementCalls() {
  return {
    name: 'tensionkit-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: element.getText(), module: moduleDoc.path },
        },
      ];
    },
  };
}

/** Names in a class's `static properties` declared `state: true`. */
function reactiveState(ts, node) {
  const names = [];
  for (const member of node.members ?? []) {
    if (!ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
    const list = member.initializer;
    if (!list || !ts.isObjectLiteralExpression(list)) continue;
    for (const property of list.properties) {
      const options = ts.isPropertyAssignment(property) ? property.initializer : undefined;
      if (
        options &&
        ts.isObjectLiteralExpression(options) &&
        /\bstate:\s*true\b/.test(options.getText())
      )
        names.push(property.name.getText());
    }
  }
  return names;
}

function publicSurface() {
  const stateByClass = new Map();
  return {
    name: 'tensionkit-public-surface',
    analyzePhase({ ts, node }) {
      if (ts.isClassDeclaration(node) && node.name)
        stateByClass.set(node.name.getText(), new Set(reactiveState(ts, node)));
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const state = stateByClass.get(declaration.name) ?? new Set();
          const hidden = (member) =>
            member.static ||
            member.privacy === 'private' ||
            member.privacy === 'protected' ||
            member.name.startsWith('#') ||
            state.has(member.name);
          const dropped = new Set(
            (declaration.members ?? []).filter(hidden).map((member) => member.name),
          );
          declaration.members = (declaration.members ?? []).filter((member) => !hidden(member));
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !dropped.has(attribute.fieldName),
            );
          // An attribute Lit reads with its default converter is text, whatever the field's
          // initializer (the analyzer cannot see the type of `survey = DEFAULT_SURVEY_ID`).
          for (const attribute of declaration.attributes ?? [])
            attribute.type ??= { text: 'string' };
          for (const member of declaration.members ?? [])
            if (member.attribute && !member.type) member.type = { text: 'string' };
          // A base class (FormControlElement) is no element of its own: only tagged classes are.
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

function eventTypes() {
  const details = eventDetails();
  return {
    name: 'tensionkit-event-types',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const detail = details.get(event.name);
            if (detail) event.type = { text: `CustomEvent<${detail}>` };
            else if (event.name === 'input' || event.name === 'change')
              event.type = { text: 'Event' };
            else throw new Error(`${declaration.name} fires ${event.name}: add it to TkEventMap`);
          }
        }
      }
    },
  };
}

function customProperties() {
  const shared = customPropertyDefaults(read(THEME));
  const sharedDocs = documentedProperties(read(THEME));
  const own = new Map(tags.map((tag) => [tag, folderSource(tag)]));
  // What an element shows inside another: its class and styles, not its own lazy views (the
  // rubric's team view and its stage colours never show inside a survey).
  const renderedSource = (tag) =>
    [`${tag}.ts`, `${tag}.styles.ts`]
      .map((file) => `${COMPONENTS}/${tag}/${file}`)
      .filter((path) => existsSync(path))
      .map(read)
      .join('\n');
  const publicName = new Map(
    [...read(THEME).matchAll(/(--_[a-z-]+): var\((--tk-[a-z0-9-]+)/g)].map((m) => [m[1], m[2]]),
  );
  const nested = (tag) =>
    tags.filter((other) => other !== tag && own.get(tag).includes(`<${other}`));
  return {
    name: 'tensionkit-custom-properties',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      const byTag = new Map(elements.map((element) => [element.tagName, element]));
      const docsOf = (tag) => documentedProperties(own.get(tag));
      for (const element of elements) {
        const tag = element.tagName;
        const defaults = new Map([
          ...shared,
          ...nested(tag).flatMap((inner) => [...customPropertyDefaults(renderedSource(inner))]),
          ...customPropertyDefaults(own.get(tag)),
        ]);
        // A default written with the shared tokens' private names reads as their public ones.
        for (const [name, fallback] of defaults)
          defaults.set(
            name,
            fallback.replace(/var\((--_[a-z-]+)\)/g, (all, local) =>
              publicName.has(local) ? `var(${publicName.get(local)})` : all,
            ),
          );
        const docs = [docsOf(tag), ...nested(tag).map(docsOf), sharedDocs];
        element.cssProperties = [...defaults].map(([name, fallback]) => {
          const description = docs.map((doc) => doc.get(name)).find(Boolean);
          if (!description)
            throw new Error(`<${tag}> reads ${name}: document it with @cssproperty`);
          return { name, description, default: fallback };
        });
        if (!byTag.has(tag)) throw new Error(`no element for ${tag}`);
      }
    },
  };
}

/**
 * Parts an element forwards from the elements inside it: `<inner-tag exportparts=${NAME}` in its
 * folder, with `NAME = 'part: outer-part, …'` (string pieces joined with +) in the same folder.
 * Each is listed under its outer name with the inner part's description.
 */
function forwardedParts() {
  return {
    name: 'tensionkit-forwarded-parts',
    packageLinkPhase({ customElementsManifest }) {
      const elements = customElementsManifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName);
      const byTag = new Map(elements.map((element) => [element.tagName, element]));
      for (const element of elements) {
        const text = folderSource(element.tagName);
        for (const use of text.matchAll(/<([a-z]+-[a-z-]+)\s+exportparts=\$\{(\w+)\}/g)) {
          const [, inner, constant] = use;
          const value = new RegExp(`${constant} =\\s*((?:'[^']*'\\s*\\+?\\s*)+);`).exec(text);
          if (!value) throw new Error(`<${element.tagName}>: ${constant} is not a string here`);
          const pairs = value[1].replace(/'\s*\+\s*'|'/g, '');
          for (const pair of pairs.split(',')) {
            const [part, outer] = pair.split(':').map((name) => name.trim());
            const source = byTag.get(inner)?.cssParts?.find((candidate) => candidate.name === part);
            if (!source)
              throw new Error(`<${element.tagName}> forwards ${part}: <${inner}> has none`);
            element.cssParts = [
              ...(element.cssParts ?? []),
              {
                name: outer,
                description: `${source.description.replace(/\.$/, '')} (from <${inner}>).`,
              },
            ];
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/components/*/*.ts', 'src/internal/form-control.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  // package.json names custom-elements.json already; a run with another --outdir must not rewrite it.
  packagejson: false,
  litelement: true,
  plugins: [
    defineElementCalls(),
    publicSurface(),
    eventTypes(),
    customProperties(),
    forwardedParts(),
  ],
};
