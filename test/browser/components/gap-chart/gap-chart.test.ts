import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../src/components/gap-chart/gap-chart.js';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { GapChart } from '../../../../src/components/gap-chart/gap-chart.js';
import { toCSV } from '../../../../src/core/codec/index.js';
import { loadChart } from '../../../../src/internal/chart.js';
import { FIXTURE_SUMMARY, fixtureBaseline, fixtureTeam } from '../../../fixtures/gap-team.js';

/** Shadow-DOM helpers for one chart. */
function harness(el: GapChart) {
  const root = el.shadowRoot!;
  return {
    plot: () => root.querySelector<HTMLElement>('.plot')!,
    canvas: () => root.querySelector('canvas')!,
    toggle: () => root.querySelector<HTMLButtonElement>('.toolbar button')!,
    tableWrap: () => root.querySelector<HTMLElement>('.table-wrap')!,
    rows: () =>
      [...root.querySelectorAll('tbody tr')].map((tr) => tr.firstElementChild!.textContent!.trim()),
    summary: () => [...root.querySelectorAll('.summary li')].map((li) => li.textContent!.trim()),
    live: () => root.querySelector('[aria-live]')!.textContent!.trim(),
  };
}

async function chart(template = html`<gap-chart></gap-chart>`, baseline = true) {
  const el = await fixture<GapChart>(template);
  el.responses = fixtureTeam();
  if (baseline) el.baseline = fixtureBaseline();
  await el.updateComplete;
  await el.chartReady;
  return el;
}

/** Pretends the reader prefers reduced motion (Firefox has no CDP for emulateMedia). */
function preferReducedMotion(): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) => {
    if (!query.includes('prefers-reduced-motion')) return original.call(window, query);
    const none = () => {};
    return {
      matches: query.includes('reduce'),
      media: query,
      addEventListener: none,
      removeEventListener: none,
    } as unknown as MediaQueryList;
  };
  return () => (window.matchMedia = original);
}

/**
 * Counts what a chart could keep alive after it left the page: elements still watched by a
 * ResizeObserver or MutationObserver (Chart.js watches its container and the document), and
 * listeners on window, document or a media query list (the chart's resize, the followed survey,
 * reduced motion) added after this call and not removed since.
 */
function watchRetained() {
  const observed = (Base: typeof ResizeObserver | typeof MutationObserver) => {
    const targets = new Map<object, Set<Node | Element>>();
    const Watching = class extends (Base as typeof ResizeObserver) {
      override observe(target: Element, options?: ResizeObserverOptions) {
        if (!targets.has(this)) targets.set(this, new Set());
        targets.get(this)!.add(target);
        super.observe(target, options);
      }
      override unobserve(target: Element) {
        targets.get(this)?.delete(target);
        super.unobserve(target);
      }
      override disconnect() {
        targets.delete(this);
        super.disconnect();
      }
    };
    const count = () => [...targets.values()].reduce((n, set) => n + set.size, 0);
    return { Watching, count };
  };
  const size = observed(ResizeObserver);
  const mutation = observed(MutationObserver);
  const originals = {
    ResizeObserver: window.ResizeObserver,
    MutationObserver: window.MutationObserver,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
  };
  window.ResizeObserver = size.Watching;
  window.MutationObserver = mutation.Watching as unknown as typeof MutationObserver;
  const listeners = new Map<string, { target: EventTarget; type: string }>();
  const watched = (target: EventTarget) =>
    target === window || target === document || target instanceof MediaQueryList;
  const key = new WeakMap<object, number>();
  let next = 0;
  const id = (value: object) => {
    if (!key.has(value)) key.set(value, next++);
    return key.get(value)!;
  };
  const capture = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : Boolean(options?.capture);
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (watched(this) && listener) {
      const name = `${id(this)} ${type} ${id(listener)} ${capture(options)}`;
      listeners.set(name, { target: this, type });
    }
    originals.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    if (listener) listeners.delete(`${id(this)} ${type} ${id(listener)} ${capture(options)}`);
    originals.remove.call(this, type, listener, options);
  };
  return {
    retained: () => ({
      observedBySize: size.count(),
      observedByMutation: mutation.count(),
      listeners: [...listeners.values()].map(({ target, type }) =>
        target === window ? `window ${type}` : target === document ? `document ${type}` : type,
      ),
    }),
    restore() {
      window.ResizeObserver = originals.ResizeObserver;
      window.MutationObserver = originals.MutationObserver;
      EventTarget.prototype.addEventListener = originals.add;
      EventTarget.prototype.removeEventListener = originals.remove;
    },
  };
}

describe('<gap-chart>', () => {
  it('passes axe with the chart shown and with the table shown', async () => {
    const el = await chart();
    const h = harness(el);
    expect(el.chart).to.not.equal(null);
    expect(h.canvas().getAttribute('role')).to.equal('img');
    // A short name; the summary is its description (issue 11, defect 10).
    expect(h.canvas().getAttribute('aria-label')).to.equal('Gap chart of 7 tensions');
    const described = el.shadowRoot!.getElementById(h.canvas().getAttribute('aria-describedby')!);
    expect(described!.textContent).to.include('The largest gap is on Pace');
    expect(h.tableWrap().hidden).to.equal(true);
    await expect(el).to.be.accessible();

    h.toggle().click();
    await el.updateComplete;
    expect(h.plot().hidden).to.equal(true);
    expect(h.tableWrap().hidden).to.equal(false);
    expect(h.toggle().getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('passes axe grouped by role, empty, dark and in Spanish', async () => {
    const grouped = await chart(html`<gap-chart group-by="role"></gap-chart>`);
    await expect(grouped).to.be.accessible();
    const empty = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    expect(harness(empty).summary()).to.deep.equal([]);
    expect(empty.shadowRoot!.querySelector('.empty')!.textContent).to.equal(
      'No responses to show yet.',
    );
    await expect(empty).to.be.accessible();
    const wrap = await fixture(
      html`<div lang="es" class="dark"><gap-chart group-by="role"></gap-chart></div>`,
    );
    wrap.setAttribute('style', 'color-scheme: dark; background: Canvas; color: CanvasText');
    const es = wrap.querySelector('gap-chart')!;
    es.responses = fixtureTeam();
    await es.updateComplete;
    await es.chartReady;
    expect(harness(es).summary()[0]).to.match(/^Respondieron 12 personas/);
    expect(harness(es).toggle().textContent!.trim()).to.equal('Ver como tabla');
    await expect(wrap).to.be.accessible();
  });

  it('writes the summary of a fixed fixture', async () => {
    const el = await chart();
    expect(harness(el).summary()).to.deep.equal(FIXTURE_SUMMARY);
    expect(el.data.respondents).to.equal(12);
    expect(el.data.largestGaps[0]!.tension).to.equal('pace');
  });

  it('moves from tension to tension with the arrow keys, announcing each and firing gap-select', async () => {
    const el = await chart(html`<gap-chart></gap-chart>`, false);
    const h = harness(el);
    const seen: string[] = [];
    el.addEventListener('gap-select', (e) => seen.push(e.detail.tension));
    const region = el.shadowRoot!.querySelector('[aria-live]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(h.live()).to.equal('');
    const datasets = el.chart!.data.datasets;
    h.plot().focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(seen).to.deep.equal(['locus-of-control']);
    expect(h.live()).to.match(/^Locus of control, 1 of 7\./);
    // A move repaints the selected row; the chart's data is not rebuilt for it.
    expect(el.chart!.data.datasets).to.equal(datasets);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(h.live()).to.equal(
      'Pace, 2 of 7. Where we are 5.8, where we should be 2.5 (of 7): a gap of 3.3 toward Fast. Alignment: mixed, spread 1.1.',
    );
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(seen).to.deep.equal([
      'locus-of-control',
      'pace',
      'sharing-learnings',
      'sharing-learnings',
      'model-type',
      'locus-of-control',
    ]);
    // Enter selects the tension again; keys on the page do nothing.
    const event = oneEvent(el, 'gap-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ tension: 'locus-of-control' });
  });

  it('does not fire gap-select when the page sets responses', async () => {
    const el = await chart();
    let fired = 0;
    el.addEventListener('gap-select', () => fired++);
    el.responses = fixtureBaseline();
    el.baseline = null;
    await el.updateComplete;
    expect(fired).to.equal(0);
  });

  it("keeps Chart.js's dataset controllers when the data changes, and draws the new data", async () => {
    const el = await chart(html`<gap-chart></gap-chart>`, false);
    const controllers = () =>
      el.chart!.data.datasets.map((_, index) => el.chart!.getDatasetMeta(index).controller);
    const before = controllers();
    el.responses = fixtureBaseline();
    await el.updateComplete;
    // The same controllers (building them again was most of an update's time)...
    expect(controllers()).to.have.length(before.length);
    controllers().forEach((controller, index) => expect(controller).to.equal(before[index]));
    // ...with the datasets a chart drawn from these responses at once has.
    const fresh = await fixture<GapChart>(html`<gap-chart></gap-chart>`);
    fresh.responses = fixtureBaseline();
    await fresh.updateComplete;
    await fresh.chartReady;
    expect(el.chart!.data.datasets).to.deep.equal(fresh.chart!.data.datasets);
  });

  it('shows the same data as a table, per role group when grouped, and exports it as CSV', async () => {
    const el = await chart(html`<gap-chart group-by="role"></gap-chart>`);
    const h = harness(el);
    // 7 tensions; Principal and Teacher shown on each; Counselor (1) hidden, and District leader
    // (3) with them so that the team minus the shown roles is not one person: "Other roles".
    expect(h.rows()).to.have.length(7 * 4);
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.not.include('Counselor');
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.not.include('District leader');
    expect(el.shadowRoot!.querySelector('tbody')!.textContent).to.include('Other roles');
    const csv = el.toCSV().split('\r\n');
    expect(csv[0]).to.match(/^Tension,Group,Answers,Where we are \(mean\)/);
    expect(csv[1]).to.match(/^Locus of control,Whole team,12,3\.5,4\.0,\+0\.5,/);
    expect(el.toDataURL()).to.match(/^data:image\/png;base64,/);

    // Lanes: baseline, team, Principal, Teacher, Other roles; two datasets each.
    expect(el.chart!.data.datasets).to.have.length(2 * 5);
    el.minGroupSize = 5;
    await el.updateComplete;
    // Principal (4), Teacher (4), District leader (3), Counselor (1): no role reaches 5.
    expect(h.rows()).to.have.length(7);
    expect(el.chart!.data.datasets).to.have.length(2 * 2);
  });

  it('draws the baseline beside the team and the respondent of a survey it follows', async () => {
    await fixture(html`<div id="survey"></div>`);
    const el = await chart(html`<gap-chart for="survey"></gap-chart>`);
    expect(el.chart!.data.datasets).to.have.length(4);
    const survey = document.getElementById('survey')!;
    const me = { ...fixtureTeam()[0]!, id: 'me', role: 'Teacher' };
    me.tensions = { ...me.tensions, pace: { current: 1, desired: 7 } };
    survey.dispatchEvent(
      new CustomEvent('survey-submit', { detail: me, bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(el.data.respondents).to.equal(13);
    expect(el.chart!.data.datasets).to.have.length(6);
    const own = el.chart!.data.datasets[5]!.data as { x: number; y: number }[];
    expect(own[1]).to.deep.include({ x: 7 });
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.include('You: where we are');
    // Another survey's submission is not followed.
    const other = document.createElement('div');
    document.body.append(other);
    other.dispatchEvent(
      new CustomEvent('survey-submit', {
        detail: { ...me, id: 'x' },
        bubbles: true,
        composed: true,
      }),
    );
    await el.updateComplete;
    expect(el.data.respondents).to.equal(13);
    other.remove();
  });

  it('counts the followed respondent in place of their earlier response, whatever its date', async () => {
    await fixture(html`<div id="resubmit"></div>`);
    const el = await chart(html`<gap-chart for="resubmit"></gap-chart>`, false);
    const paceMean = () => el.data.tensions.find((t) => t.tension === 'pace')!.current.mean!;
    const before = paceMean();
    // p-1 again, with an older date than the team's copy: the followed answer still wins.
    const earlier = fixtureTeam()[0]!;
    const mine = {
      ...earlier,
      submittedAt: '2020-01-01T00:00:00Z',
      tensions: { ...earlier.tensions, pace: { current: 1, desired: 7 } },
    };
    document
      .getElementById('resubmit')!
      .dispatchEvent(
        new CustomEvent('survey-submit', { detail: mine, bubbles: true, composed: true }),
      );
    await el.updateComplete;
    expect(el.data.respondents).to.equal(12);
    const old = earlier.tensions.pace!.current!;
    expect(paceMean()).to.be.closeTo(before + (1 - old) / 12, 1e-9);
    const own = el.chart!.data.datasets[2]!.data as { x: number; y: number }[];
    expect(own[1]).to.deep.include({ x: 1 });
  });

  it('follows a real <tension-survey> named by for=, showing its respondent after each submit', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <tension-survey id="check-in" tensions="pace"></tension-survey>
        <gap-chart for="check-in"></gap-chart>
      </div>`,
    );
    const survey = wrap.querySelector('tension-survey')!;
    const el = wrap.querySelector('gap-chart')!;
    el.responses = fixtureTeam();
    await el.chartReady;
    await survey.updateComplete;
    const slider = survey.shadowRoot!.querySelector('tension-slider')!;
    await slider.updateComplete;
    const [now, should] = slider.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]');
    now!.focus();
    await sendKeys({ press: 'Home' }); // where we are: 1, Fast
    should!.focus();
    await sendKeys({ press: 'End' }); // where we should be: 7, Slow and steady
    const submitted = oneEvent(survey, 'survey-submit');
    survey.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    const { detail } = (await submitted) as CustomEvent<{ id: string }>;
    await el.updateComplete;
    expect(el.data.respondents).to.equal(13);
    const pace = el.data.tensions.find((t) => t.tension === 'pace')!;
    expect(pace.current.n).to.equal(13);
    expect(pace.current.min).to.equal(1);
    // The respondent's own lane: where we are 1 and should be 7 on Pace (the second row).
    const sets = el.chart!.data.datasets;
    expect(sets.map((d) => d.label)).to.deep.equal([
      'Whole team: Where we are (team mean)',
      'Whole team: Where we should be (team mean)',
      'You: where we are',
      'You: where we should be',
    ]);
    const row = (data: unknown[]) =>
      (data as { x: number; y: number }[]).map(({ x, y }) => ({ x, row: Math.round(y) }));
    expect(row(sets[2]!.data)).to.deep.equal([{ x: 1, row: 1 }]);
    expect(row(sets[3]!.data)).to.deep.equal([{ x: 7, row: 1 }]);
    expect(el.shadowRoot!.querySelector('thead')!.textContent).to.include('You: where we are');
    // The survey's own response id is the one drawn as "you".
    expect(el.data.respondents).to.equal(
      new Set([...fixtureTeam().map((r) => r.id), detail.id]).size,
    );
  });

  it('loads a mixed CSV from src, keeping the good rows and reporting the bad', async () => {
    const rows = toCSV(fixtureTeam()).trim().split('\r\n');
    const broken = [
      ...rows,
      rows[1]!.replace('2026-03-01T09:00:00Z', 'yesterday').replace('p-1', 'bad-1'),
    ];
    const url = URL.createObjectURL(new Blob([broken.join('\r\n')], { type: 'text/csv' }));
    const el = document.createElement('gap-chart');
    const errors: string[] = [];
    el.addEventListener('tk-error', (e) => errors.push(e.detail.path));
    el.src = url;
    document.body.append(el);
    try {
      await waitUntil(() => el.data?.respondents === 12, 'the file did not load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.status')!.textContent).to.match(
        /12 responses loaded from .*1 records could not be read\./,
      );
      expect(errors).to.deep.equal(['src']);
    } finally {
      el.remove();
      URL.revokeObjectURL(url);
    }
  });

  it('reports bad configuration and responses the contract way, keeping the good ones', async () => {
    const el = await fixture<GapChart>(
      html`<gap-chart group-by="school" min-group-size="0"></gap-chart>`,
    );
    const errors: string[] = [];
    el.addEventListener('tk-error', (e) => errors.push(e.detail.path));
    const original = console.error;
    console.error = () => {};
    try {
      const bad = { ...fixtureTeam()[1]!, tensions: { pace: { current: 9, desired: 2 } } };
      el.responses = [fixtureTeam()[0]!, bad];
      await el.updateComplete;
    } finally {
      console.error = original;
    }
    expect(errors).to.deep.equal(['group-by']);
    const text = el.shadowRoot!.querySelector('.config-error')!.textContent!;
    expect(text).to.include('min-group-size');
    expect(text).to.include('responses[1].tensions.pace.current');
    expect(el.data.respondents).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('writes no style attribute on its first render, with the table or a followed survey either', async () => {
    // A strict CSP (style-src without 'unsafe-inline') blocks style attributes in markup; only
    // CSSOM writes after render (Chart.js on its canvas, the box's row count) are allowed.
    await fixture(html`<div id="own-survey"></div>`);
    const el = document.createElement('gap-chart');
    el.groupBy = 'role';
    el.htmlFor = 'own-survey';
    el.responses = fixtureTeam();
    el.baseline = fixtureBaseline();
    document.body.append(el);
    const styled = () =>
      [...el.shadowRoot!.querySelectorAll('[style]')].map((node) => node.outerHTML.slice(0, 60));
    let first: { styled: string[]; chart: unknown } | null = null;
    // The first mutation of the shadow root is Lit's first render; look before anything else runs.
    const observer = new MutationObserver(() => {
      first ??= { styled: styled(), chart: el.chart };
      observer.disconnect();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
    try {
      await el.updateComplete;
      expect(first).to.deep.equal({ styled: [], chart: null });
      await el.chartReady;
      // Later renders (table shown, a respondent followed) add no style attribute to the markup
      // either: only the two CSSOM writes above carry one.
      const me = { ...fixtureTeam()[0]!, id: 'me' };
      document
        .getElementById('own-survey')!
        .dispatchEvent(
          new CustomEvent('survey-submit', { detail: me, bubbles: true, composed: true }),
        );
      el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
      await el.updateComplete;
      expect(el.data.respondents).to.equal(13);
      const allowed = [...el.shadowRoot!.querySelectorAll('[style]')].filter(
        (node) => !node.matches('canvas, .plot-box'),
      );
      expect(allowed).to.deep.equal([]);
    } finally {
      el.remove();
    }
  });

  it('draws without animation when reduced motion is preferred', async () => {
    const restore = preferReducedMotion();
    try {
      const el = await chart();
      expect(el.chart!.options.animation).to.equal(false);
      el.remove();
    } finally {
      restore();
    }
    const moving = await chart();
    expect(moving.chart!.options.animation).to.deep.include({ duration: 250 });
  });

  it('moves its markers in place for new figures on the same rows and lanes, as a new chart draws them', async () => {
    const restore = preferReducedMotion();
    // Every "where we are" answer one point further left where it can go: the same rows, lanes
    // and markers, other means, and some arrows turned the other way.
    const moved = fixtureTeam().map((response) => ({
      ...response,
      tensions: Object.fromEntries(
        Object.entries(response.tensions).map(([id, { current, desired }]) => [
          id,
          { current: current === null ? null : Math.max(1, current - 2), desired },
        ]),
      ),
    }));
    /** Each marker as drawn: its value, its pixel and its rotation. */
    const drawn = (el: GapChart) =>
      el.chart!.data.datasets.map((dataset, index) => ({
        values: (dataset.data as { x: number; y: number }[]).map(({ x, y }) => [x, y]),
        markers: el
          .chart!.getDatasetMeta(index)
          .data.map((point) => [
            point.x,
            point.y,
            (point.options as unknown as { rotation: number }).rotation,
          ]),
      }));
    try {
      const el = await chart(html`<gap-chart group-by="role"></gap-chart>`, false);
      const instance = el.chart!;
      const datasets = instance.data.datasets;
      const before = drawn(el);
      let updates = 0;
      const update = instance.update.bind(instance);
      instance.update = (mode) => (updates++, update(mode));
      el.responses = moved;
      await el.updateComplete;
      expect(el.chart).to.equal(instance);
      expect(el.chart!.data.datasets).to.equal(datasets);
      expect(updates, 'chart.update() calls').to.equal(0);
      const after = drawn(el);
      expect(after).to.not.deep.equal(before);
      const turned = after.some((set, i) =>
        set.markers.some((marker, j) => marker[2] !== before[i]!.markers[j]![2]),
      );
      expect(turned, 'an arrow turned').to.equal(true);
      // A new chart of the same responses draws the same values, pixels and rotations.
      const fresh = await fixture<GapChart>(html`<gap-chart group-by="role"></gap-chart>`);
      fresh.responses = moved;
      await fresh.updateComplete;
      await fresh.chartReady;
      expect(after).to.deep.equal(drawn(fresh));
      // And so does a full update of the chart moved in place.
      instance.update('none');
      expect(drawn(el)).to.deep.equal(after);
      // New lanes (a baseline beside the team) take the full update.
      updates = 0;
      el.baseline = fixtureBaseline();
      await el.updateComplete;
      expect(updates, 'chart.update() calls').to.be.greaterThan(0);
      expect(el.chart!.data.datasets.length).to.be.greaterThan(datasets.length);
    } finally {
      restore();
    }
  });

  it("draws in the theme's colours of the moment, and leaves no probe in its shadow root", async () => {
    const restore = preferReducedMotion();
    try {
      const el = await chart(html`<gap-chart></gap-chart>`, false);
      const nodes = el.shadowRoot!.querySelectorAll('*').length;
      el.style.setProperty('--tk-accent', 'rgb(1, 2, 3)');
      el.responses = fixtureTeam();
      await el.updateComplete;
      expect(el.chart!.data.datasets[0]!.backgroundColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--tk-accent', 'rgb(4, 5, 6)');
      el.responses = fixtureTeam();
      await el.updateComplete;
      expect(el.chart!.data.datasets[0]!.backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(el.shadowRoot!.querySelectorAll('*').length).to.equal(nodes);
    } finally {
      restore();
    }
  });

  it('resizes with its container', async () => {
    const wrap = await fixture<HTMLElement>(html`<div><gap-chart></gap-chart></div>`);
    const el = wrap.querySelector('gap-chart')!;
    el.responses = fixtureTeam();
    await el.chartReady;
    const box = () => el.shadowRoot!.querySelector('.plot-box')!.clientWidth;
    await waitUntil(() => Math.abs(el.chart!.width - box()) < 2, 'the chart does not fill its box');
    const wide = el.chart!.width;
    wrap.setAttribute('style', 'width: 420px');
    await waitUntil(
      () => el.chart!.width < wide && Math.abs(el.chart!.width - 420) < 2,
      'the chart did not follow its container',
    );
  });

  it('destroys its chart on removal and builds it again on return, without leaking (200 times)', async () => {
    const Chart = await loadChart();
    const live = () => Object.keys(Chart.instances).length;
    const before = live();
    const team = fixtureTeam();
    const watch = watchRetained();
    try {
      for (let i = 0; i < 200; i++) {
        const el = document.createElement('gap-chart');
        el.responses = team;
        document.body.append(el);
        // Every other one leaves before its chart could be built (Chart.js is already loaded).
        if (i % 2 === 0) await el.chartReady;
        if (i === 0) {
          // The watch sees what a live chart holds, so an empty count at the end means something.
          const held = watch.retained();
          expect(held.observedBySize).to.be.greaterThan(0);
          expect(held.observedByMutation).to.be.greaterThan(0);
          expect(held.listeners).to.include.members(['document survey-submit', 'change']);
        }
        el.remove();
        if (i % 2 === 1) await aTimeout(0);
        expect(el.chart).to.equal(null);
      }
      await aTimeout(0);
      expect(live()).to.equal(before);
      expect(watch.retained()).to.deep.equal({
        observedBySize: 0,
        observedByMutation: 0,
        listeners: [],
      });
    } finally {
      watch.restore();
    }

    const el = await chart();
    const first = el.chart;
    const parent = el.parentElement!;
    el.remove();
    expect(el.chart).to.equal(null);
    expect(live()).to.equal(before);
    parent.append(el);
    await el.chartReady;
    expect(el.chart).to.not.equal(null).and.not.equal(first);
    expect(live()).to.equal(before + 1);
  });
});
