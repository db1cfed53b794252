import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { heading } from '../../../src/internal/heading.js';

/** Renders a heading into a fresh element and returns what was drawn. */
async function drawn(...args: Parameters<typeof heading>) {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  render(heading(...args), host);
  return host.firstElementChild as HTMLElement;
}

describe('heading() for heading-level', () => {
  it('draws an <hN> at the top level plus its depth, with the depth as a class', async () => {
    const title = await drawn(3, 0, 'Title', 'sum', 'title');
    expect(title.tagName).to.equal('H3');
    expect(title.className).to.equal('d0');
    expect(title.id).to.equal('sum');
    expect(title.getAttribute('part')).to.equal('title');
    expect(title.textContent).to.equal('Title');
    const inner = await drawn(3, 2, 'Inner');
    expect(inner.tagName).to.equal('H5');
    expect(inner.className).to.equal('d2');
    expect(inner.hasAttribute('id')).to.equal(false);
    expect(inner.hasAttribute('part')).to.equal(false);
  });

  it('reads anything but 1 to 6 as 2 and never goes past <h6>', async () => {
    expect((await drawn(Number.NaN, 0, 'x')).tagName).to.equal('H2');
    expect((await drawn(0, 1, 'x')).tagName).to.equal('H3');
    expect((await drawn(9, 0, 'x')).tagName).to.equal('H2');
    expect((await drawn(1, 0, 'x')).tagName).to.equal('H1');
    expect((await drawn(5, 3, 'x')).tagName).to.equal('H6');
  });

  it('updates in place when its content changes, and redraws when its level does', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    render(heading(2, 0, 'One'), host);
    const first = host.firstElementChild;
    render(heading(2, 0, 'Two'), host);
    expect(host.firstElementChild).to.equal(first);
    expect(first!.textContent).to.equal('Two');
    render(heading(4, 0, 'Two'), host);
    expect(host.firstElementChild!.tagName).to.equal('H4');
  });
});
