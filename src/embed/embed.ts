/**
 * The module of dist/embed.html: reads the query, loads the chosen element's own bundle (the
 * file beside this one, so the page runs one Lit), creates the element with its attributes, and
 * links it to the parent page (events and height out, responses in) when `origin` is given.
 * With `action`, the survey sits in a plain form that posts its response to that handler.
 */
import { pickLocale } from '../core/i18n/index.js';
import { embedStrings } from '../core/i18n/embed.js';
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

// The page's words follow `lang` even when the rest of the query is wrong.
const words = embedStrings[pickLocale(query.get('lang'))];
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
  heading.textContent = document.title = title ?? words[tag];
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
  strong.textContent = words.configError;
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
