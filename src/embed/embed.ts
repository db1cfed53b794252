/**
 * The module of dist/embed.html: reads the query, loads the chosen element's own bundle (the
 * file beside this one, so the page runs one Lit), creates the element with its attributes, and
 * links it to the parent page (events and height out, responses in) when `origin` is given.
 * With `action`, the survey sits in a plain form that posts its response to that handler.
 * The page's words follow a locale pack for its `lang` (a `<script type="application/json"
 * data-tensionkit-locale>` added to a self-hosted copy of the page, or `registerLocale`).
 */
import { pickLocale } from '../core/i18n/index.js';
import { embedStrings } from '../core/i18n/embed.js';
import { translated } from '../core/i18n/pack-merge.js';
import { localeRegistry, packFor } from '../core/i18n/registry.js';
import type { InputProblem } from '../core/schema.js';
import { Bridge } from './bridge.js';
import { elementAttributes, isOrigin, parseEmbedPage } from './embed-query.js';

/** Attributes an element reads when it needs them, without a property (so not observed). */
const READ_WITHOUT_PROPERTY: Partial<Record<string, string[]>> = {
  'tension-survey': ['share-instructions'],
};

const query = new URLSearchParams(location.search);
const root = document.documentElement;
const content = document.getElementById('embed')!;
const heading = document.getElementById('embed-title')!;
const isColour = (text: string) => CSS.supports('color', text);

// The page's words follow `lang` (and its pack) even when the rest of the query is wrong.
const lang = query.get('lang') ?? 'en';
const wordsNow = () =>
  translated(packFor(lang), embedStrings[pickLocale(lang)], (pack) => pack.embed);
let words = wordsNow();
/** Texts to set again in the pack's words when one arrives: each as a function of the words. */
const worded = new Map<Node, (now: typeof words) => string>();
const say = (node: Node, text: (now: typeof words) => string) => {
  worded.set(node, text);
  node.textContent = text(words);
};
localeRegistry().listeners.add(() => {
  words = wordsNow();
  for (const [node, text] of worded) node.textContent = text(words);
  if (worded.has(heading)) document.title = heading.textContent ?? '';
});
// The page's own pack scripts (added later too), read here as well: an element's script reads
// them only once it runs, and after a bad query none does.
const readPacks = () => {
  if (document.querySelector('script[data-tensionkit-locale]'))
    void import('../internal/locale-page.js').then((loaded) => loaded.readPackScripts());
};
new MutationObserver(readPacks).observe(document, { childList: true, subtree: true });
readPacks();
const page = parseEmbedPage(query, isColour);
// A good origin still hears of a mistake elsewhere in the query.
const origin = query.get('origin');
const bridge = new Bridge(origin && isOrigin(origin) ? origin : undefined);
bridge.followHeight(content);

if (!page.ok) showProblems(page.problems);
else {
  const { element: tag, lang, dir, theme, accent, title, action, method } = page.value;
  root.lang = lang ?? 'en';
  if (dir) root.dir = dir;
  if (theme) root.dataset['theme'] = theme;
  // Set through the CSSOM, which a strict CSP allows (a style attribute in markup it blocks).
  if (accent) root.style.setProperty('--tk-accent', accent);
  if (title) heading.textContent = title;
  else say(heading, (now) => now[tag]);
  document.title = heading.textContent ?? '';
  try {
    await import(/* @vite-ignore */ new URL(`./${tag}.js`, import.meta.url).href);
  } catch (error) {
    console.error(`tensionkit embed: could not load ${tag}.js`, error);
    showProblems([{ path: 'element', message: words.loadError }]);
  }
  const observed = [
    ...((customElements.get(tag) as { observedAttributes?: string[] } | undefined)
      ?.observedAttributes ?? []),
    ...(READ_WITHOUT_PROPERTY[tag] ?? []),
  ];
  const attributes = customElements.get(tag)
    ? elementAttributes(query, page.value, observed)
    : null;
  if (attributes && !attributes.ok) showProblems(attributes.problems);
  else if (attributes) {
    const element = document.createElement(tag);
    for (const [name, value] of attributes.value) element.setAttribute(name, value);
    bridge.forward(element);
    bridge.acceptResponses(element, (message) => report({ path: 'set', message }));
    if (action) {
      const form = document.createElement('form');
      form.action = action;
      form.method = method;
      form.append(element);
      content.append(form);
    } else content.append(element);
  }
}

/** The contract's error: a visible message, a console.error naming the field, a tk-error. */
function showProblems(problems: readonly InputProblem[]) {
  const box = document.createElement('div');
  box.className = 'config-error';
  box.setAttribute('role', 'alert');
  const strong = document.createElement('strong');
  say(strong, (now) => now.configError);
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = problem.path;
    item.append(code, `: ${problem.message}`);
    list.append(item);
  }
  box.append(strong, list);
  content.append(box);
  const [first] = problems;
  if (first) report({ ...first, problems });
}

function report(detail: InputProblem & { problems?: readonly InputProblem[] }) {
  console.error(`tensionkit embed ${detail.path}: ${detail.message}`);
  bridge.post('tk-error', detail);
}
