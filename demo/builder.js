// The embed code builder: the choices on the page become the two snippets (from the library's own
// snippet functions, so the codes here are the ones the tests paste into blank pages) and a live
// preview through the iframe route.
import { TENSION_IDS, catalog } from '../dist/core.js';
import { embedUrl, iframeSnippet, scriptSnippet } from '../dist/lib/embed/snippets.js';

const form = document.getElementById('choices');
const preview = document.getElementById('preview');
const problems = document.getElementById('problems');
const localFiles = new URL('../dist/', location.href).href;
form.elements.base.value = localFiles;

const tensionChoices = document.getElementById('tension-choices');
for (const tension of catalog.en.tensions) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.name = 'tensions';
  box.value = tension.id;
  box.checked = true;
  label.append(box, ` ${tension.name}`);
  tensionChoices.append(label);
}

const originOf = (address) => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

/** The choices as the snippet functions take them, and what is wrong with them. */
function read() {
  const data = new FormData(form);
  const element = data.get('element');
  const tensions = data.getAll('tensions');
  const attributes = {};
  const wrong = [];
  if (element === 'tension-survey') {
    if (tensions.length < TENSION_IDS.length) attributes.tensions = tensions.join(' ');
    attributes.roles = data.get('roles').trim();
    attributes.persist = data.get('persist').trim();
  }
  if (element === 'tension-slider') attributes.tension = tensions[0] ?? TENSION_IDS[0];
  if (element === 'gap-chart' || element === 'team-results') attributes.src = data.get('src');
  if (!tensions.length && element.startsWith('tension-'))
    wrong.push('Choose at least one tension.');
  const accent = data.get('accent').trim();
  if (accent && !CSS.supports('color', accent)) wrong.push(`"${accent}" is not a CSS colour.`);
  const action =
    element === 'tension-survey' && data.get('answers') === 'action'
      ? data.get('action').trim()
      : '';
  if (data.get('answers') === 'action' && element === 'tension-survey' && !originOf(action))
    wrong.push('Give the form handler’s full address (https://…).');
  const base = data.get('base').trim().replace(/\/?$/, '/');
  return {
    wrong,
    choice: {
      element,
      base,
      attributes,
      lang: data.get('lang'),
      accent: CSS.supports('color', accent) ? accent : undefined,
      action: originOf(action) ? action : undefined,
      origin: originOf(data.get('page')) ?? 'https://lms.example.org',
    },
  };
}

let shown = '';
function update() {
  const { choice, wrong } = read();
  problems.textContent = wrong.join(' ');
  for (const field of form.querySelectorAll('[data-for]'))
    field.hidden = !field.dataset.for.split(' ').includes(choice.element);
  document.getElementById('script-code').value = scriptSnippet(choice);
  document.getElementById('iframe-code').value = iframeSnippet(choice);
  // The preview runs the files beside this demo, posting to this page; answers are not sent.
  const src = embedUrl({ ...choice, base: localFiles, action: undefined, origin: location.origin });
  if (src !== shown) preview.src = shown = src;
}

form.addEventListener('input', update);
form.addEventListener('change', update);
update();

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const code = document.getElementById(button.dataset.copy);
    code.select();
    try {
      await navigator.clipboard.writeText(code.value);
    } catch {
      document.execCommand('copy');
    }
    document.querySelector(`[data-copied="${button.dataset.copy}"]`).textContent = 'Copied';
  });
}
