import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { parseResponse } from '../../src/core/schema.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { BRIDGED_EVENTS } from '../../src/embed/bridge.js';
import { PAGE_PARAMETERS } from '../../src/embed/embed-query.js';
import { iframeSnippet, scriptSnippet } from '../../src/embed/snippets.js';
import type { EmbedChoice } from '../../src/embed/snippets.js';
import { answerAndSubmit, answerSurvey, blankPage, dist, inFrame } from './embed/frames.js';

// The codes a web editor pastes: the README's (checked to be in it word for word), the builder's,
// each pasted into a blank page at this origin with the files served from another origin.

/** The addresses the README's examples use, replaced by the test server's when pasted. */
const README_BASE = 'https://static.example.org/tensionkit/';
const README_ORIGIN = 'https://lms.example.org';
const README_HANDLER = 'https://forms.example.org/tensions';

const survey: EmbedChoice = {
  element: 'tension-survey',
  base: README_BASE,
  attributes: { roles: 'Teacher, Principal, District leader', persist: 'spring-check-in' },
};
const readme = {
  script: scriptSnippet(survey),
  iframe: iframeSnippet({ ...survey, origin: README_ORIGIN }),
  form: scriptSnippet({ ...survey, action: README_HANDLER }),
};

/** A README snippet with the test server's addresses in place of the examples'. */
const served = (snippet: string) =>
  snippet
    .replaceAll(README_BASE, dist)
    .replaceAll(encodeURIComponent(README_ORIGIN), encodeURIComponent(location.origin))
    .replaceAll(README_HANDLER, `${location.origin}/__embed/collect`);

type Survey = HTMLElement & { updateComplete: Promise<boolean> };

/** The element in a blank page, once its script has defined it. */
async function definedIn(page: HTMLIFrameElement, tag: string): Promise<Survey> {
  const win = page.contentWindow as Window & typeof globalThis;
  await waitUntil(() => win.customElements.get(tag), `<${tag}> defined`, { timeout: 15_000 });
  const el = page.contentDocument!.querySelector<Survey>(tag)!;
  await el.updateComplete;
  return el;
}

const visible = (element: Element) => element.getClientRects().length > 0;

afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('the README’s embed codes', () => {
  let text = '';
  before(async () => {
    text = await (await fetch('/README.md')).text();
  });

  it('are the ones tested here, word for word', () => {
    for (const snippet of Object.values(readme))
      expect(text.includes(snippet), `README.md lacks:\n${snippet}`).to.equal(true);
  });

  it('names every query parameter and message of the embed page', () => {
    const section = text.slice(
      text.indexOf('## Embed anywhere'),
      text.indexOf('\n## ', text.indexOf('## Embed anywhere') + 1),
    );
    for (const name of [...PAGE_PARAMETERS, 'method', 'name', ...BRIDGED_EVENTS, 'resize', 'set'])
      expect(section, name).to.include(`\`${name}\``);
    expect(section).to.include('Access-Control-Allow-Origin: *');
    expect(section).to.include('text/javascript');
  });

  it('script tag: the survey runs, its fallback link hidden; without the script, the link shows', async () => {
    const page = await blankPage(served(readme.script));
    const el = await definedIn(page, 'tension-survey');
    const link = page.contentDocument!.querySelector('tension-survey a')!;
    expect(visible(link)).to.equal(false);
    const submitted = oneEvent(el, 'survey-submit');
    await answerSurvey(el);
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(parseResponse(detail).ok).to.equal(true);

    const stripped = served(readme.script).replace(/<script[^>]*><\/script>\n/, '');
    expect(stripped).not.to.include('<script');
    const bare = await blankPage(stripped);
    const fallback = bare.contentDocument!.querySelector('tension-survey a')!;
    expect(visible(fallback)).to.equal(true);
    expect(fallback.getAttribute('href')).to.equal(
      `${dist}embed.html?element=tension-survey&roles=Teacher%2C+Principal%2C+District+leader&persist=spring-check-in`,
    );
  });

  it('iframe: sized by the helper, and survey-submit arrives on the iframe', async () => {
    const page = await blankPage(served(readme.iframe));
    const frame = page.contentDocument!.querySelector('iframe')!;
    await waitUntil(() => frame.clientHeight > 1000, 'sized to seven tensions', {
      timeout: 15_000,
    });
    const submitted = oneEvent(frame, 'survey-submit');
    await inFrame('persist=spring-check-in', answerAndSubmit);
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(parseResponse(detail).ok).to.equal(true);
    expect(detail.role).to.equal('Teacher');
  });

  it('form post: the response reaches the handler as a form field', async () => {
    const page = await blankPage(served(readme.form));
    const el = await definedIn(page, 'tension-survey');
    const survey = `form-${Date.now()}`;
    el.setAttribute('survey', survey);
    await el.updateComplete;
    await answerSurvey(el);
    await waitUntil(
      async () => {
        const all = (await (await fetch('/__embed/collected')).json()) as { response?: string }[];
        return all.some((entry) => entry.response?.includes(survey));
      },
      'the handler received the response',
      { timeout: 10_000 },
    );
  });
});

describe('fallback content in every element', () => {
  const tags = ['tension-survey', 'tension-slider', 'stage-rubric', 'gap-chart', 'team-results'];
  const body = tags.map((tag) => `<${tag}><a href="${dist}embed.html">Open</a></${tag}>`).join('');

  it('shows where no script runs, and is hidden once the elements run', async () => {
    const bare = await blankPage(body);
    for (const link of bare.contentDocument!.querySelectorAll('a'))
      expect(visible(link), link.parentElement!.localName).to.equal(true);
    const page = await blankPage(
      `<script type="module" src="${dist}tensionkit.js"></script>${body}`,
    );
    for (const tag of tags) await definedIn(page, tag);
    for (const link of page.contentDocument!.querySelectorAll('a'))
      expect(visible(link), link.parentElement!.localName).to.equal(false);
  });
});

describe('the builder’s two codes', () => {
  it('pasted into blank pages, work', async function () {
    this.timeout(60_000);
    const builder = document.createElement('iframe');
    builder.src = '/demo/builder.html';
    builder.width = '1000';
    builder.height = '800';
    const opened = new Promise((resolve) =>
      builder.addEventListener('load', resolve, { once: true }),
    );
    document.body.append(builder);
    await opened;
    const doc = builder.contentDocument!;
    await waitUntil(() => doc.querySelector<HTMLTextAreaElement>('#iframe-code')?.value, 'codes');
    const form = doc.querySelector<HTMLFormElement>('#choices')!;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    field('base').value = dist;
    field('page').value = `${location.origin}/some/course/page`;
    field('roles').value = 'Teacher, Parent';
    field('persist').value = 'builder-test';
    field('accent').value = '#0f766e';
    (form.elements.namedItem('lang') as HTMLSelectElement).value = 'es';
    for (const box of form.querySelectorAll<HTMLInputElement>('[name="tensions"]'))
      box.checked = ['pace', 'flexibility'].includes(box.value);
    form.dispatchEvent(new Event('change'));
    const scriptCode = doc.querySelector<HTMLTextAreaElement>('#script-code')!.value;
    const iframeCode = doc.querySelector<HTMLTextAreaElement>('#iframe-code')!.value;
    expect(iframeCode).to.include(`origin=${encodeURIComponent(location.origin)}`);
    expect(iframeCode).to.include('embed-frame.js');
    builder.remove();

    const scripted = await blankPage(scriptCode);
    const el = await definedIn(scripted, 'tension-survey');
    expect(el.shadowRoot!.textContent).to.include('0 de 2 respondidas');
    const submitted = oneEvent(el, 'survey-submit');
    await answerSurvey(el);
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(detail.locale).to.equal('es');
    expect(Object.keys(detail.tensions)).to.deep.equal(['pace', 'flexibility']);
    scripted.remove();

    const framed = await blankPage(iframeCode);
    const frame = framed.contentDocument!.querySelector('iframe')!;
    const sized = oneEvent(frame, 'resize');
    await sized;
    const fromFrame = oneEvent(frame, 'survey-submit');
    await inFrame('persist=builder-test', answerAndSubmit);
    const answer = (await fromFrame) as CustomEvent<SurveyResponse>;
    expect(answer.detail.role).to.equal('Teacher');
    expect(answer.detail.locale).to.equal('es');
  });
});
