import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import { parseResponse } from '../../src/core/schema.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { fixtureTeam } from '../fixtures/gap-team.js';
import {
  answerAndSubmit,
  elementReady,
  embedFrame,
  frameOrigin,
  heightWhen,
  inFrame,
  loadHelper,
} from './embed/frames.js';

// The iframe route: this page (localhost) frames dist/embed.html from 127.0.0.1, another origin,
// with dist/embed-frame.js loaded as a page would. The frame is driven from inside through the
// browser driver (embed-frame-eval in embed/embed-server.mjs): this page cannot reach into it.

before(loadHelper);
afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

describe('dist/embed.html in a cross-origin iframe', () => {
  it('delivers survey-submit as a DOM event on the iframe, and its height follows the content', async () => {
    const { frame, tag } = embedFrame({ roles: 'Teacher, Principal', origin: location.origin });
    const tall = await heightWhen(frame, (h) => h > 1000, 'seven tensions: over 1,000 px');
    const submitted = oneEvent(frame, 'survey-submit');
    await inFrame(tag, answerAndSubmit);
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    const parsed = parseResponse(detail);
    expect(parsed.ok, JSON.stringify(parsed)).to.equal(true);
    expect(detail.role).to.equal('Teacher');
    expect(Object.keys(detail.tensions)).to.have.length(7);
    expect(detail.tensions['pace']).to.deep.equal({ current: 2, desired: 6 });
    // The result view is shorter than the form: the frame shrinks back.
    const short = await heightWhen(frame, (h) => h < tall - 200, 'shrinks after submitting');
    expect(short).to.be.above(200);
    // The frame's content fits it: no scroll bar inside.
    const overflow = await inFrame<number>(
      tag,
      'return document.documentElement.scrollHeight - innerHeight;',
    );
    expect(overflow).to.be.at.most(1);
  });

  it('ignores forged tensionkit messages from this window and from other frames', async () => {
    const { frame } = embedFrame({ tensions: 'pace', origin: location.origin });
    const height = await heightWhen(frame, (h) => h > 300 && h < 1000, 'sized to one tension');
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    for (const type of ['survey-submit', 'resize']) document.addEventListener(type, listen, true);
    const forgers = [frameOrigin, location.origin].map((origin) => {
      const forger = document.createElement('iframe');
      forger.src = `${origin}/test/browser/embed/forger.html`;
      return forger;
    });
    let done = 0;
    const onDone = (event: MessageEvent) => (done += event.data?.source === 'forger' ? 1 : 0);
    window.addEventListener('message', onDone);
    try {
      window.postMessage({ source: 'tensionkit', type: 'survey-submit', detail: {} }, '*');
      window.postMessage({ source: 'tensionkit', type: 'resize', detail: { height: 5 } }, '*');
      document.body.append(...forgers);
      await waitUntil(() => done === 2, 'both forging frames posted', { timeout: 10_000 });
      await aTimeout(200);
    } finally {
      window.removeEventListener('message', onDone);
      for (const type of ['survey-submit', 'resize'])
        document.removeEventListener(type, listen, true);
    }
    expect(heard).to.deep.equal([]);
    expect(frame.clientHeight).to.equal(height);
  });

  it('posts nothing without origin: the frame keeps its own height and scrolls inside', async () => {
    const { frame, tag } = embedFrame({});
    const heard: string[] = [];
    frame.addEventListener('resize', (event) => heard.push(event.type));
    await inFrame(tag, elementReady('tension-survey'));
    await aTimeout(300);
    expect(heard).to.deep.equal([]);
    expect(frame.clientHeight).to.equal(300);
    const title = await inFrame<string>(tag, 'return document.title;');
    expect(title).to.equal('Design tensions survey');
  });

  it('works in a sandbox (allow-scripts allow-forms) with persist: drafts are off, not failing', async () => {
    const { frame, tag } = embedFrame(
      {
        tensions: 'pace flexibility',
        persist: 'sandboxed',
        'share-instructions': 'Send it to Ms. Rivera.',
        origin: location.origin,
      },
      { sandbox: 'allow-scripts allow-forms' },
    );
    await heightWhen(frame, (h) => h > 300, 'sized by its content');
    const notice = await inFrame<string>(
      tag,
      `${elementReady('tension-survey')}
       return el.shadowRoot.textContent;`,
    );
    expect(notice).to.include('Drafts are off in this page');
    const submitted = oneEvent(frame, 'survey-submit');
    await inFrame(tag, answerAndSubmit);
    const { detail } = (await submitted) as CustomEvent<SurveyResponse>;
    expect(parseResponse(detail).ok).to.equal(true);
    expect(Object.keys(detail.tensions)).to.deep.equal(['pace', 'flexibility']);
    const result = await inFrame<string>(
      tag,
      `${elementReady('tension-survey')}
       return el.shadowRoot.textContent;`,
    );
    expect(result).to.include('Send it to Ms. Rivera.');
  });

  it('with action, posts the response as a plain form to the handler', async () => {
    const id = `action-${Date.now()}`;
    const { tag } = embedFrame({
      tensions: 'pace',
      survey: id,
      action: `${frameOrigin}/__embed/collect`,
    });
    await inFrame(tag, answerAndSubmit);
    let posted: { response?: string } | undefined;
    await waitUntil(
      async () => {
        const all = (await (await fetch('/__embed/collected')).json()) as { response?: string }[];
        posted = all.find((entry) => entry.response?.includes(id));
        return !!posted;
      },
      'the handler received the response',
      { timeout: 10_000 },
    );
    const parsed = parseResponse(JSON.parse(posted!.response!));
    expect(parsed.ok).to.equal(true);
    expect(parsed.ok && parsed.value.survey).to.equal(id);
  });

  it('takes responses for a chart from the parent at origin, and nothing from elsewhere', async () => {
    const { frame, tag } = embedFrame({ element: 'gap-chart', origin: location.origin });
    await inFrame(tag, elementReady('gap-chart'));
    const count = () =>
      inFrame<number>(tag, `return document.querySelector('gap-chart').responses.length;`);
    // To another target origin the browser does not deliver it; from the right parent, it arrives.
    frame.contentWindow!.postMessage(
      { source: 'tensionkit', type: 'set', detail: { responses: fixtureTeam() } },
      location.origin,
    );
    await aTimeout(200);
    expect(await count()).to.equal(0);
    frame.contentWindow!.postMessage(
      { source: 'tensionkit', type: 'set', detail: { responses: fixtureTeam() } },
      frameOrigin,
    );
    await waitUntil(async () => (await count()) === 12, 'the chart took the team');
  });

  it('takes its words from a locale pack on the page, for its heading, title and error', async () => {
    const pack = {
      lang: 'fr',
      embed: { 'tension-slider': 'Une tension', configError: 'Configuration à revoir' },
    };
    const addPack = `const script = document.createElement('script');
      script.type = 'application/json';
      script.dataset.tensionkitLocale = '';
      script.textContent = ${JSON.stringify(JSON.stringify(pack))};
      document.body.append(script);`;
    const { tag } = embedFrame({ element: 'tension-slider', tension: 'pace', lang: 'fr' });
    await inFrame(tag, elementReady('tension-slider'));
    const words = await inFrame<string[]>(
      tag,
      `${addPack}
      const heading = document.getElementById('embed-title');
      for (let i = 0; i < 250 && heading.textContent !== 'Une tension'; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return [heading.textContent, document.title];`,
    );
    expect(words).to.deep.equal(['Une tension', 'Une tension']);
    // A bad query: no element runs, and the page reads the pack itself.
    const { tag: bad } = embedFrame({ tensoins: 'pace', lang: 'fr' });
    const shown = await inFrame<string>(
      bad,
      `for (let i = 0; i < 250 && !document.querySelector('[role="alert"]'); i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      ${addPack}
      const strong = document.querySelector('[role="alert"] strong');
      for (let i = 0; i < 250 && strong.textContent !== 'Configuration à revoir'; i++)
        await new Promise((resolve) => setTimeout(resolve, 20));
      return strong.textContent;`,
    );
    expect(shown).to.equal('Configuration à revoir');
  });

  it('shows a bad parameter inside the frame and posts tk-error', async () => {
    const { frame, tag } = embedFrame({ tensoins: 'pace', origin: location.origin });
    const error = (await oneEvent(frame, 'tk-error')) as CustomEvent<{ path: string }>;
    expect(error.detail.path).to.equal('tensoins');
    const shown = await inFrame<string>(
      tag,
      `return document.querySelector('[role="alert"]')?.textContent ?? '';`,
    );
    expect(shown).to.include('tensoins');
    expect(shown).to.include('tensions');
    const { frame: colour } = embedFrame({ accent: 'not-a-colour', origin: location.origin });
    const bad = (await oneEvent(colour, 'tk-error')) as CustomEvent<{ path: string }>;
    expect(bad.detail.path).to.equal('accent');
    // The element's own report, as it fired it.
    const { frame: unknown } = embedFrame({ tensions: 'pace speed', origin: location.origin });
    const own = (await oneEvent(unknown, 'tk-error')) as CustomEvent<{
      path: string;
      message: string;
    }>;
    expect(own.detail.path).to.equal('tensions');
    expect(own.detail.message).to.include('speed');
  });
});
