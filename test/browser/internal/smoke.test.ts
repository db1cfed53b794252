import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../../src/internal/define.js';

class TkSmoke extends LitElement {
  override render() {
    return html`<p>ready</p>`;
  }
}

describe('defineElement', () => {
  it('registers an element that renders and passes axe', async () => {
    defineElement('tk-smoke', TkSmoke);
    const el = await fixture<TkSmoke>(html`<tk-smoke></tk-smoke>`);
    expect(el.shadowRoot?.textContent).to.include('ready');
    await expect(el).to.be.accessible();
  });

  it('does not throw when the same tag is registered again, as when a bundle loads twice', () => {
    class Again extends LitElement {}
    expect(() => defineElement('tk-smoke', Again)).not.to.throw();
    expect(customElements.get('tk-smoke')).to.equal(TkSmoke);
  });
});
