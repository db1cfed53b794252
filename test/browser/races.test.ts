import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../src/components/gap-chart/gap-chart.js';
import '../../src/components/stage-rubric/stage-rubric.js';
import '../../src/components/team-results/team-results.js';
import '../../src/components/tension-slider/tension-slider.js';
import type { GapChart } from '../../src/components/gap-chart/gap-chart.js';
import type { StageRubric } from '../../src/components/stage-rubric/stage-rubric.js';
import type { TeamResults } from '../../src/components/team-results/team-results.js';
import type { TensionSlider } from '../../src/components/tension-slider/tension-slider.js';
import { fixtureTeam } from '../fixtures/gap-team.js';
import { drawnTotal, rubricResponses } from '../fixtures/rubric-team.js';

/** Records console.error and uncaught errors while a test runs. */
function captureErrors() {
  const errors: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => errors.push(args.map((arg) => String(arg)).join(' '));
  const onError = (event: ErrorEvent) => errors.push(String(event.message));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    restore() {
      console.error = original;
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * Holds every fetch until `release()`, as a slow server would; an aborted fetch rejects as the
 * browser's does. `started` counts the fetches begun.
 */
function slowFetch() {
  const original = window.fetch;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { started: 0 };
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    state.started++;
    const signal = init?.signal;
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
      if (signal?.aborted) return abort();
      signal?.addEventListener('abort', abort);
      void gate.then(() => (signal?.aborted ? abort() : resolve(original(input, init))));
    });
  };
  return { state, release: () => open(), restore: () => (window.fetch = original) };
}

const jsonURL = (data: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

describe('races', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('<stage-rubric mode="team"> with responses set at once', () => {
    const cases: Record<string, (el: StageRubric) => Promise<void>> = {
      'before it is appended': async () => {},
      'right after it is appended': async () => {},
      'on the next microtask': async () => {
        await Promise.resolve();
      },
      'after its first update': async (el) => {
        await el.updateComplete;
      },
      'on the next task': async () => {
        await aTimeout(0);
      },
    };
    for (const [when, wait] of Object.entries(cases)) {
      it(`draws the chart with data when responses are set ${when}`, async () => {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const logged = captureErrors();
        let el: StageRubric;
        try {
          el = document.createElement('stage-rubric');
          el.mode = 'team';
          if (when.startsWith('before')) el.responses = rubricResponses(12);
          host.append(el);
          await wait(el);
          el.responses = rubricResponses(12);
          await waitUntil(() => drawnTotal(el) > 0, 'chart drawn with data', { timeout: 10000 });
          await aTimeout(100);
        } finally {
          logged.restore();
        }
        expect(logged.errors).to.deep.equal([]);
        expect(el.shadowRoot!.textContent).to.include('Responses: 12');
        expect(drawnTotal(el)).to.be.greaterThan(0);
      });
    }

    it('draws the chart when the element is in the page before its responses and moved', async () => {
      const logged = captureErrors();
      let el: StageRubric;
      try {
        const host = await fixture<HTMLDivElement>(
          html`<div><stage-rubric mode="team"></stage-rubric></div>`,
        );
        el = host.querySelector('stage-rubric')!;
        el.responses = rubricResponses(12);
        host.append(el);
        await waitUntil(() => drawnTotal(el) > 0, 'chart drawn with data', { timeout: 10000 });
        await aTimeout(100);
      } finally {
        logged.restore();
      }
      expect(logged.errors).to.deep.equal([]);
      expect(drawnTotal(el)).to.be.greaterThan(0);
    });
  });

  it('<tension-slider> removed during a drag and put back does not follow the mouse', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><tension-slider tension="pace"></tension-slider></div>`,
    );
    const slider = host.querySelector<TensionSlider>('tension-slider')!;
    await slider.updateComplete;
    const at = (value: number) => {
      const rail = slider.shadowRoot!.querySelector('.rail')!.getBoundingClientRect();
      const fraction = (value - 1) / 6;
      return [
        Math.round(rail.left + fraction * rail.width),
        Math.round(rail.top + rail.height / 2),
      ] as [number, number];
    };
    await sendMouse({ type: 'move', position: at(2) });
    await sendMouse({ type: 'down' });
    expect(slider.current).to.equal(2);
    slider.remove();
    await sendMouse({ type: 'up' });
    host.append(slider);
    await slider.updateComplete;
    await sendMouse({ type: 'move', position: at(6) });
    await sendMouse({ type: 'move', position: at(5) });
    await slider.updateComplete;
    expect(slider.current).to.equal(2);
  });

  it('<tension-slider> removed during a drag, put back while the button is still down', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div><tension-slider tension="pace"></tension-slider></div>`,
    );
    const slider = host.querySelector<TensionSlider>('tension-slider')!;
    await slider.updateComplete;
    const rail = () => slider.shadowRoot!.querySelector('.rail')!.getBoundingClientRect();
    const at = (value: number) =>
      [
        Math.round(rail().left + ((value - 1) / 6) * rail().width),
        Math.round(rail().top + rail().height / 2),
      ] as [number, number];
    await sendMouse({ type: 'move', position: at(2) });
    await sendMouse({ type: 'down' });
    slider.remove();
    host.append(slider);
    await slider.updateComplete;
    await sendMouse({ type: 'move', position: at(6) });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: at(4) });
    expect(slider.current).to.equal(2);
  });

  for (const [tag, away] of [
    ['gap-chart', 0],
    ['gap-chart', 50],
    ['team-results', 0],
    ['team-results', 50],
  ] as const) {
    const how = away ? `put back ${away} ms later` : 'put back at once (moved)';
    it(`<${tag} src> removed while it loads and ${how} shows the data`, async () => {
      const url = jsonURL(fixtureTeam());
      const slow = slowFetch();
      try {
        const host = await fixture<HTMLDivElement>(html`<div></div>`);
        const el = document.createElement(tag) as GapChart | TeamResults;
        el.src = url;
        host.append(el);
        await waitUntil(() => slow.state.started === 1, 'fetch started');
        el.remove();
        if (away) await aTimeout(away);
        host.append(el);
        slow.release();
        await waitUntil(() => el.responses.length === 12, 'the data did not arrive', {
          timeout: 5000,
        });
        await el.updateComplete;
        const status = el.shadowRoot!.querySelector('.status')!.textContent!;
        expect(status).not.to.match(/Loading/i);
      } finally {
        slow.restore();
        URL.revokeObjectURL(url);
      }
    });
  }
});
