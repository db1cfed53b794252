// Writes, from custom-elements.json, what editors and frameworks read (run by scripts/build.mjs
// after the analyzer and tsc):
//   dist/frameworks/jsx.d.ts      every element's props and on<event> handlers, for any JSX
//   dist/frameworks/react.d.ts    React 19's JSX.IntrinsicElements (`import type {} from 'tensionkit/react'`)
//   dist/frameworks/preact.d.ts   Preact's
//   dist/frameworks/vue.d.ts      Vue's GlobalComponents
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code custom data
//   dist/web-types.json           JetBrains web-types
// The generators are the break-stuff CEM tools. Types in the manifest are names from our source
// (`readonly SurveyResponse[]`), so the JSX and Vue files get them as `import()` types that point
// at the declarations in dist/lib instead: an element's field by name, an event's detail from
// TkEventMap. Read-only members (`data`, `validity`) are not props.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const OUT = 'dist/frameworks';
const NATIVE = 'NativeEvent';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .map((declaration) => ({ module: module.path, declaration })),
);
if (elements.length === 0) throw new Error('custom-elements.json lists no element');

const libPath = (source) => `../lib/${source.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
const classType = ({ module, declaration }) => `import("${libPath(module)}").${declaration.name}`;

/** The manifest as the type generators should see it: types that resolve from dist/frameworks. */
function typedForFrameworks() {
  const copy = structuredClone(manifest);
  const byName = new Map(elements.map((element) => [element.declaration.name, element]));
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      const element = byName.get(declaration.name);
      if (!element || !declaration.tagName) continue;
      const fieldType = (name) => `${classType(element)}["${name}"]`;
      for (const attribute of declaration.attributes ?? [])
        attribute.type = { text: attribute.fieldName ? fieldType(attribute.fieldName) : 'string' };
      declaration.members = (declaration.members ?? [])
        .filter((member) => member.kind !== 'field' || !member.readonly)
        .map((member) =>
          member.kind === 'field' ? { ...member, type: { text: fieldType(member.name) } } : member,
        );
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        event.type = {
          text: detail ? `import("${libPath('src/internal/events.ts')}").${detail}` : NATIVE,
        };
      }
    }
  }
  return copy;
}

/** Native `input`/`change` are plain Events, not CustomEvents. */
function fixNativeEvents(file) {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replaceAll(`CustomEvent<${NATIVE}>`, 'Event'));
}

const camelize = (name) => name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());

/**
 * Vue checks a component's props by their camelCase names (`left-label` in a template is the prop
 * `leftLabel`) and a listener `@survey-submit` against the prop `onSurveySubmit`; the generator
 * writes the JSX spellings (`"left-label"`, `"onsurvey-submit"`), which a strict vue-tsc rejects.
 * Its global JSX block goes too: it declared Vue components as every JSX's intrinsic elements,
 * clashing with React's or Preact's JSX in a project that has both. test/types/vue.test.mjs checks
 * the result with vue-tsc.
 */
const VUE_IMPORT = 'import type { DefineComponent, HTMLAttributes } from "vue";';
function fixVueNames(file) {
  const text = readFileSync(file, 'utf8')
    .replace(/^(\s+)("?)(on)?([\w-]+)\2\?: (.*)$/gm, (line, indent, _quote, on, name, type) => {
      if (on && type.startsWith('(e: ')) {
        const event = camelize(name);
        return `${indent}on${event[0].toUpperCase()}${event.slice(1)}?: ${type}`;
      }
      return `${indent}${camelize((on ?? '') + name)}?: ${type}`;
    })
    .replace(/\ndeclare global \{\n {2}namespace JSX \{[\s\S]*?\n {2}\}\n\}\n/, '\n')
    // An element takes the global HTML attributes too (`lang`, `id`, `aria-*`), as Vue types them.
    .replace('import type { DefineComponent } from "vue";', VUE_IMPORT)
    .replace(/DefineComponent<(\w+)>/g, 'DefineComponent<$1 & Omit<HTMLAttributes, keyof $1>>');
  writeFileSync(file, text);
}

const quiet = { hideLogs: true };
const forFrameworks = typedForFrameworks();
mkdirSync(OUT, { recursive: true });

generateJsxTypes(forFrameworks, { ...quiet, outdir: OUT, fileName: 'jsx.d.ts' });
fixNativeEvents(`${OUT}/jsx.d.ts`);
generateVuejsTypes(forFrameworks, { ...quiet, outdir: OUT, fileName: 'vue.d.ts' });
fixNativeEvents(`${OUT}/vue.d.ts`);
fixVueNames(`${OUT}/vue.d.ts`);

// The generated JSX file is framework-neutral; these two put it into React's and Preact's JSX.
const tagMap = elements
  .map((element) => `  '${element.declaration.tagName}': ${classType(element)};`)
  .join('\n');
writeFileSync(
  `${OUT}/react.d.ts`,
  `// React 19 sets custom elements' properties and listens to on<event> props itself; these
// types let TSX check them. Use: import type {} from 'tensionkit/react';
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CustomElements } from './jsx.js';

/** Each element's class, by tag. */
type Elements = {
${tagMap}
};

/** What React manages itself, typed by React's own attributes below. */
type Managed = 'ref' | 'key' | 'children' | 'style' | 'classList';

/** An element's props in React: its attributes, properties and on<event> handlers, and React's. */
export type ReactProps<Tag extends keyof CustomElements & keyof Elements> = Omit<
  CustomElements[Tag],
  Managed
> &
  Omit<HTMLAttributes<Elements[Tag]>, keyof CustomElements[Tag]> &
  RefAttributes<Elements[Tag]>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map(({ declaration }) => `      '${declaration.tagName}': ReactProps<'${declaration.tagName}'>;`).join('\n')}
    }
  }
}
`,
);
writeFileSync(
  `${OUT}/preact.d.ts`,
  `// Preact sets custom elements' properties and listens to on<event> props itself; these types
// let TSX check them. Use: import type {} from 'tensionkit/preact';
import type { CustomElements } from './jsx.js';

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);

generateVsCodeCustomElementData(manifest, {
  ...quiet,
  outdir: 'dist',
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, {
  ...quiet,
  outdir: 'dist',
  webTypesFileName: 'web-types.json',
  packageJson: false,
  modulePathTemplate: (_name, modulePath) => libPath(modulePath).replace(/^\.\.\//, 'dist/'),
});
