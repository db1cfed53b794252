import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../../src/components/tension-slider/tension-slider.js';
import type { TensionSlider } from '../../../../src/components/tension-slider/tension-slider.js';

/** Shadow-DOM helpers for one slider. */
function harness(el: TensionSlider) {
  const root = el.shadowRoot!;
  const markers = () => [...root.querySelectorAll<HTMLElement>('[role="slider"]')];
  return {
    markers,
    unsure: (i: number) => root.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[i]!,
    /** Viewport coordinates of point `value` on the line. */
    at(value: number, n = 7) {
      const r = root.querySelector('.rail')!.getBoundingClientRect();
      const rtl = getComputedStyle(el).direction === 'rtl';
      const f = (value - 1) / (n - 1);
      return [
        Math.round(r.left + (rtl ? 1 - f : f) * r.width),
        Math.round(r.top + r.height / 2),
      ] as [number, number];
    },
  };
}

function record(el: EventTarget) {
  const seen: string[] = [];
  for (const type of ['input', 'change', 'tension-change'])
    el.addEventListener(type, () => seen.push(type));
  return seen;
}

afterEach(async () => {
  await resetMouse();
});

describe('<tension-slider>', () => {
  it('passes axe when empty', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    await expect(el).to.be.accessible();
    expect(el.current).to.equal(null);
    expect(el.desired).to.equal(null);
    expect(el.answered).to.equal(false);
  });

  it('passes axe partly answered, crossed, disabled, dark, in Spanish and right-to-left', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    el.current = 3;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    el.desired = 1;
    el.current = 6;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.gap')!.classList.contains('back')).to.equal(true);
    await expect(el).to.be.accessible();
    el.disabled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(harness(el).markers()[0]!.getAttribute('aria-disabled')).to.equal('true');

    // Dark: the element follows the page's color-scheme, as native controls do.
    const dark = await fixture(
      html`<div class="dark"><tension-slider tension="pace" disabled></tension-slider></div>`,
    );
    dark.setAttribute('style', 'color-scheme: dark; background: Canvas; color: CanvasText');
    const darkSlider = dark.querySelector('tension-slider')!;
    darkSlider.current = 2;
    darkSlider.desired = 5;
    darkSlider.disabled = false;
    await darkSlider.updateComplete;
    await expect(dark).to.be.accessible();

    const wrap = await fixture(
      html`<div lang="es" dir="rtl"><tension-slider tension="pace"></tension-slider></div>`,
    );
    const es = wrap.querySelector('tension-slider')!;
    es.current = 2;
    await es.updateComplete;
    expect(es.shadowRoot!.textContent).to.include('Rápido');
    expect(harness(es).markers()[0]!.getAttribute('aria-valuetext')).to.equal(
      'bastante hacia «Rápido», 2 de 7',
    );
    await expect(wrap).to.be.accessible();
  });

  it('passes axe when required and invalid, and names what is missing', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tension-slider tension="pace" name="pace" required></tension-slider></form>`,
    );
    const el = form.querySelector('tension-slider')!;
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(false);
    expect(el.reportValidity()).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.err')!.textContent).to.include('Pace');
    // Each marker still to place is invalid and names the message (then the hint).
    for (const marker of el.shadowRoot!.querySelectorAll('[role="slider"]')) {
      expect(marker.getAttribute('aria-invalid')).to.equal('true');
      expect(marker.getAttribute('aria-describedby')).to.equal('err hint');
    }
    expect(el.shadowRoot!.getElementById('err')!.textContent).to.include('Pace');
    await expect(el).to.be.accessible();
    el.current = 4;
    el.unsure = { desired: true };
    await el.updateComplete;
    expect(form.checkValidity()).to.equal(true);
    expect(el.desired).to.equal(null);
    expect(el.answered).to.equal(true);
  });

  it('says positions in words', async () => {
    const el = await fixture<TensionSlider>(
      html`<tension-slider tension="locus-of-control"></tension-slider>`,
    );
    const [current, desired] = harness(el).markers();
    expect(current!.getAttribute('aria-valuetext')).to.equal('not answered yet');
    el.current = 3;
    el.desired = 4;
    await el.updateComplete;
    expect(current!.getAttribute('aria-valuetext')).to.equal(
      'leaning toward “Centralized”, 3 of 7',
    );
    expect(desired!.getAttribute('aria-valuetext')).to.equal('balanced, 4 of 7');
    el.unsure = { current: true };
    await el.updateComplete;
    expect(current!.getAttribute('aria-valuetext')).to.equal('Unsure');
  });

  it('works with the keyboard: arrows, Home, End, PageUp/PageDown, fixed tab order', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    const seen = record(el);
    const [current, desired] = harness(el).markers();
    current!.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(el.current).to.equal(4); // the first arrow places an unanswered marker in the middle
    expect(seen).to.deep.equal(['input', 'change', 'tension-change']);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.current).to.equal(5);
    await sendKeys({ press: 'End' });
    expect(el.current).to.equal(7);
    await sendKeys({ press: 'PageDown' });
    expect(el.current).to.equal(5);
    await sendKeys({ press: 'Home' });
    expect(el.current).to.equal(1);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.current).to.equal(1);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(desired);
    await sendKeys({ press: 'ArrowDown' });
    expect(el.desired).to.equal(4);
    await sendKeys({ press: 'PageUp' });
    expect(el.desired).to.equal(6);
    // Crossing keeps identity.
    current!.focus();
    await sendKeys({ press: 'End' });
    expect([el.current, el.desired]).to.deep.equal([7, 6]);
  });

  it('flips arrow keys right-to-left', async () => {
    const wrap = await fixture(
      html`<div dir="rtl"><tension-slider tension="pace"></tension-slider></div>`,
    );
    const el = wrap.querySelector('tension-slider')!;
    el.current = 4;
    await el.updateComplete;
    harness(el).markers()[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.current).to.equal(5);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.current).to.equal(3);
  });

  it('places markers with a tap and moves them by dragging', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    const h = harness(el);
    const seen = record(el);
    await sendMouse({ type: 'click', position: h.at(2) });
    expect([el.current, el.desired]).to.deep.equal([2, null]);
    await sendMouse({ type: 'click', position: h.at(6) });
    expect([el.current, el.desired]).to.deep.equal([2, 6]);
    expect(seen.filter((t) => t === 'change')).to.have.length(2);
    seen.length = 0;

    const r = h.markers()[0]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
    });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: h.at(4) });
    await sendMouse({ type: 'move', position: h.at(7) });
    await sendMouse({ type: 'up' });
    expect([el.current, el.desired]).to.deep.equal([7, 6]);
    expect(seen.filter((t) => t === 'input').length).to.be.greaterThan(1);
    expect(seen.filter((t) => t === 'change')).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(h.markers()[0]);

    const touch = getComputedStyle(el.shadowRoot!.querySelector('.track')!).touchAction;
    expect(touch).to.equal('pan-y');
    for (const m of h.markers()) {
      const box = m.getBoundingClientRect();
      expect(box.width).to.be.at.least(24);
      expect(box.height).to.be.at.least(24);
    }
  });

  it('fires tension-change with the values on interaction, never on property sets', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    const seen = record(el);
    const details: unknown[] = [];
    el.addEventListener('tension-change', (e) => details.push(e.detail));
    el.current = 3;
    el.desired = 5;
    el.unsure = { current: true };
    await el.updateComplete;
    await aTimeout(0);
    expect(seen).to.deep.equal([]);
    harness(el).unsure(0).click();
    expect(el.unsure.current).to.equal(false);
    harness(el).unsure(1).click();
    expect(details).to.deep.equal([
      { tension: 'pace', current: null, desired: 5 },
      { tension: 'pace', current: null, desired: null },
    ]);
    expect(el.unsure.desired).to.equal(true);
  });

  it('does not update again when given the Unsure state it already has', async () => {
    // The survey sets `unsure` on every slider at each render; only a real change may update one.
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    el.unsure = { current: true };
    await el.updateComplete;
    el.unsure = { current: true, desired: false };
    expect(el.isUpdatePending).to.equal(false);
    el.unsure = { current: false };
    expect(el.isUpdatePending).to.equal(true);
    await el.updateComplete;
    expect(el.unsure).to.deep.equal({ current: false, desired: false });
  });

  it('submits both positions with its form, resets and restores', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tension-slider tension="pace" name="pace"></tension-slider></form>`,
    );
    const el = form.querySelector('tension-slider')!;
    harness(el).markers()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    let data = new FormData(form);
    expect(data.get('pace.current')).to.equal('4');
    expect(data.get('pace.desired')).to.equal('');
    form.reset();
    await el.updateComplete;
    expect(el.current).to.equal(null);
    data = new FormData(form);
    expect(data.get('pace.current')).to.equal('');
    el.formStateRestoreCallback('3,u');
    await el.updateComplete;
    expect([el.current, el.desired, el.unsure.desired]).to.deep.equal([3, null, true]);
    const fieldset = document.createElement('fieldset');
    form.append(fieldset);
    fieldset.append(el);
    fieldset.disabled = true;
    await aTimeout(0);
    await el.updateComplete;
    expect(harness(el).markers()[0]!.tabIndex).to.equal(-1);
  });

  it('takes a custom tension by attributes', async () => {
    const el = await fixture<TensionSlider>(
      html`<tension-slider
        tension="homework"
        label="How much homework?"
        left-label="Less"
        right-label="More"
        points="5"
      ></tension-slider>`,
    );
    el.desired = 5;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.include('How much homework?');
    expect(harness(el).markers()[1]!.getAttribute('aria-valuetext')).to.equal(
      'at the “More” end, 5 of 5',
    );
    await expect(el).to.be.accessible();
  });

  it('shows bad attributes, logs and fires tk-error, and never throws', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const details: { path: string }[] = [];
      wrap.addEventListener('tk-error', (e) => details.push(e.detail));
      for (const attrs of [
        ['tension', 'nope'],
        ['points', '2'],
        ['points', 'many'],
      ]) {
        const el = document.createElement('tension-slider');
        if (attrs[0] === 'points') el.setAttribute('tension', 'pace');
        el.setAttribute(attrs[0]!, attrs[1]!);
        wrap.append(el);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('.config-error')).to.exist;
      }
      expect(details.map((d) => d.path)).to.deep.equal(['tension', 'points', 'points']);
      expect(errors[0]).to.include('tension');
      const el = document.createElement('tension-slider');
      el.tension = 'pace';
      wrap.append(el);
      el.current = 99;
      el.desired = 2.5;
      await el.updateComplete;
      expect(el.current).to.equal(null);
      expect(el.desired).to.equal(null);
      expect(details.map((d) => d.path)).to.include('desired');
      expect(errors.some((e) => e.includes('desired'))).to.equal(true);
    } finally {
      console.error = original;
    }
  });

  describe('checks positions against the scale whatever order they arrive in', () => {
    const valueTexts = (el: TensionSlider) =>
      harness(el)
        .markers()
        .map((marker) => marker.getAttribute('aria-valuetext'));

    async function expectKept(el: TensionSlider) {
      await el.updateComplete;
      expect([el.current, el.desired]).to.deep.equal([9, 10]);
      expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
      expect(valueTexts(el)[0]).to.include('9 of 11');
      expect(valueTexts(el)[1]).to.include('10 of 11');
    }

    it('takes points set after current and desired, by property', async () => {
      const el = document.createElement('tension-slider');
      el.tension = 'pace';
      el.current = 9;
      el.desired = 10;
      el.points = 11;
      await fixture(html`<div>${el}</div>`);
      await expectKept(el);
    });

    it('takes points set before current and desired, by property', async () => {
      const el = document.createElement('tension-slider');
      el.tension = 'pace';
      el.points = 11;
      el.current = 9;
      el.desired = 10;
      await fixture(html`<div>${el}</div>`);
      await expectKept(el);
    });

    it('takes the points attribute after the positions, on a connected slider', async () => {
      const el = await fixture<TensionSlider>(
        html`<tension-slider tension="pace"></tension-slider>`,
      );
      el.current = 9;
      el.desired = 10;
      el.setAttribute('points', '11');
      await expectKept(el);
    });

    it('takes the points attribute before the positions, in one template', async () => {
      const el = await fixture<TensionSlider>(
        html`<tension-slider
          tension="pace"
          points="11"
          .current=${9}
          .desired=${10}
        ></tension-slider>`,
      );
      await expectKept(el);
    });

    it('still refuses a position past the end of the scale, naming it', async () => {
      const original = console.error;
      const logged: string[] = [];
      console.error = (message: string) => logged.push(message);
      try {
        const el = await fixture<TensionSlider>(
          html`<tension-slider tension="pace" points="11"></tension-slider>`,
        );
        el.current = 12;
        await el.updateComplete;
        expect(el.current).to.equal(null);
        expect(el.shadowRoot!.querySelector('.config-error')!.textContent).to.include('1 to 11');
        expect(logged.some((line) => line.includes('current'))).to.equal(true);
        // A good position clears the message.
        el.current = 11;
        await el.updateComplete;
        expect(el.current).to.equal(11);
        expect(el.shadowRoot!.querySelector('.config-error')).to.equal(null);
      } finally {
        console.error = original;
      }
    });

    it('restores a form state past the default scale once points arrive', async () => {
      const el = document.createElement('tension-slider');
      el.tension = 'pace';
      el.formStateRestoreCallback('9,u');
      el.points = 11;
      await fixture(html`<div>${el}</div>`);
      await el.updateComplete;
      expect([el.current, el.unsure.desired]).to.deep.equal([9, true]);
    });
  });
});
