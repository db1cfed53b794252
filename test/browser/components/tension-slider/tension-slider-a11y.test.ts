/**
 * What a screen-reader, keyboard, magnifier or low-vision user gets from `<tension-slider>` beyond
 * what axe checks (issue 11): names, descriptions, errors and contrast, read from the accessibility
 * tree and from computed styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../../src/components/tension-slider/tension-slider.js';
import type { TensionSlider } from '../../../../src/components/tension-slider/tension-slider.js';
import { axNode, treeReadable } from '../../internal/ax-tree.js';
import { contrastRatio } from '../../internal/contrast.js';

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const markers = (el: Element) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]'),
];

describe('<tension-slider> accessibility past axe', () => {
  it('says "required" before submit; after a failed submit the missing markers are invalid and described by a visible alert', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><tension-slider tension="pace" name="pace" required></tension-slider></form>`,
    );
    const el = form.querySelector('tension-slider')!;
    await el.updateComplete;
    // Before any submit: the question says so, and nothing is invalid yet.
    expect($(el, '#q').textContent).to.include('(required)');
    expect(markers(el).some((marker) => marker.hasAttribute('aria-invalid'))).to.equal(false);
    expect($(el, '[role="alert"]')).to.equal(null);

    el.current = 3;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    const [current, desired] = markers(el);
    expect(current!.hasAttribute('aria-invalid')).to.equal(false);
    expect(desired!.getAttribute('aria-invalid')).to.equal('true');
    const alert = $(el, '[role="alert"]');
    expect(alert.textContent).to.include('Pace');
    expect(alert.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(desired!.getAttribute('aria-describedby')!.split(' ')).to.include(alert.id);
    // As a screen reader gets it: invalid, with the message as the description.
    if (treeReadable) {
      const node = await axNode('slider', 'Where we should be: Pace');
      expect(node?.invalid).to.equal('true');
      expect(node?.description).to.include('Place both markers on “Pace”');
    }
    await expect(el).to.be.accessible();

    el.desired = 5;
    await el.updateComplete;
    expect(markers(el).some((marker) => marker.hasAttribute('aria-invalid'))).to.equal(false);
    expect($(el, '[role="alert"]')).to.equal(null);
  });

  it('names each marker with its tension and leaves the name out of the value text', async () => {
    const wrap = await fixture(
      html`<div>
        <tension-slider tension="pace"></tension-slider>
        <tension-slider
          tension="homework"
          label="How much homework?"
          left-label="Less"
          right-label="More"
        ></tension-slider>
      </div>`,
    );
    const [pace, custom] = wrap.querySelectorAll('tension-slider');
    pace!.current = 2;
    await pace!.updateComplete;
    await custom!.updateComplete;
    const names = (el: Element) => markers(el).map((marker) => marker.getAttribute('aria-label'));
    expect(names(pace!)).to.deep.equal(['Where we are: Pace', 'Where we should be: Pace']);
    expect(markers(pace!)[0]!.getAttribute('aria-valuetext')).to.equal(
      'mostly toward “Fast”, 2 of 7',
    );
    // A tension without a name is named by its poles, not by its long question.
    expect(names(custom!)[0]).to.equal('Where we are: Less / More');
    if (treeReadable) {
      expect(await axNode('slider', 'Where we are: Pace')).to.not.equal(null);
      expect(await axNode('slider', 'Where we should be: Pace')).to.not.equal(null);
      expect(await axNode('slider', 'Where we are: Less / More')).to.not.equal(null);
    }
    expect(markers(custom!)[0]!.getAttribute('aria-valuetext')).to.equal('not answered yet');
  });

  it('ties the hint, with the keys in words, to every marker (English and Spanish)', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    const hint = $(el, '.hint');
    expect(hint.textContent).to.include('Left and right arrows move a marker');
    for (const marker of markers(el))
      expect(marker.getAttribute('aria-describedby')!.split(' ')).to.include(hint.id);
    if (treeReadable)
      expect((await axNode('slider', 'Where we are: Pace'))?.description).to.include(
        'Left and right arrows',
      );

    const wrap = await fixture(
      html`<div lang="es"><tension-slider tension="pace"></tension-slider></div>`,
    );
    const es = wrap.querySelector('tension-slider')!;
    await es.updateComplete;
    expect($(es, '.hint').textContent).to.include('Las flechas izquierda y derecha');
  });

  it('shows each placed marker’s position in text beside it', async () => {
    const el = await fixture<TensionSlider>(html`<tension-slider tension="pace"></tension-slider>`);
    el.current = 3;
    el.desired = 6;
    await el.updateComplete;
    const [current, desired] = markers(el).map((marker) => marker.querySelector('.tag')!);
    expect(current!.textContent!.trim()).to.equal('Now: 3/7');
    expect(desired!.textContent!.trim()).to.equal('Goal: 6/7');
    // Beside its marker: the label's box touches the marker's.
    const box = markers(el)[0]!.getBoundingClientRect();
    const tag = current!.getBoundingClientRect();
    expect(Math.abs(tag.bottom - box.top)).to.be.lessThan(2);
    expect(Math.abs(tag.left + tag.width / 2 - (box.left + box.width / 2))).to.be.lessThan(2);
  });

  it('names the Unsure boxes without a stray space ("Unsure: Where we are")', async () => {
    const el = await fixture(html`<tension-slider tension="pace"></tension-slider>`);
    const boxes = [...el.shadowRoot!.querySelectorAll('input[type="checkbox"]')];
    expect(boxes.map((box) => box.getAttribute('aria-label'))).to.deep.equal([
      'Unsure: Where we are',
      'Unsure: Where we should be',
    ]);
    if (treeReadable) {
      expect(await axNode('checkbox', 'Unsure: Where we are')).to.not.equal(null);
      expect(await axNode('checkbox', 'Unsure: Where we should be')).to.not.equal(null);
    }
  });

  it('keeps the track and its ticks at 3:1 or more against the page, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const page = await fixture<HTMLElement>(
        html`<div><tension-slider tension="pace"></tension-slider></div>`,
      );
      page.setAttribute('style', `color-scheme: ${scheme}; background: Canvas`);
      const el = page.querySelector('tension-slider')!;
      await el.updateComplete;
      const background = getComputedStyle(page).backgroundColor;
      const track = getComputedStyle($(el, '.ticks'), '::before').backgroundColor;
      const tick = getComputedStyle($(el, '.ticks i')).borderTopColor; // a ring
      expect(contrastRatio(track, background), `${scheme} track`).to.be.at.least(3);
      expect(contrastRatio(tick, background), `${scheme} ticks`).to.be.at.least(3);
    }
  });
});
