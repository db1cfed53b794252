/** The slider's disclosure shows the signs of leaning too far and strategies, loaded when opened. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/tension-slider/tension-slider.js';
import type { TensionSlider } from '../../../../src/components/tension-slider/tension-slider.js';

async function open(el: TensionSlider) {
  const details = el.shadowRoot!.querySelector('details')!;
  details.querySelector('summary')!.click();
  await waitUntil(() => details.querySelector('.explore'), 'explore text shown');
  await el.updateComplete;
  return details;
}

describe('<tension-slider> explore both sides', () => {
  it('shows the signs and strategies only once the disclosure opens', async () => {
    const el = await fixture<TensionSlider>(
      html`<tension-slider tension="locus-of-control"></tension-slider>`,
    );
    const details = el.shadowRoot!.querySelector('details')!;
    expect(details.querySelector('.explore')).to.equal(null);
    await open(el);
    const titles = [...details.querySelectorAll('.explore-title')].map((p) =>
      p.textContent!.trim(),
    );
    expect(titles).to.deep.equal([
      'Signs we lean too far toward Centralized',
      'Signs we lean too far toward Decentralized',
      'How districts charted a path between the two',
    ]);
    expect(details.querySelector('.strategies')!.textContent).to.include('Henry County');
    await expect(el).to.be.accessible();
  });

  it('speaks Spanish on a Spanish page', async () => {
    const el = await fixture<TensionSlider>(
      html`<div lang="es"><tension-slider tension="pace"></tension-slider></div>`,
    ).then((div) => div.querySelector('tension-slider')!);
    await el.updateComplete;
    const details = await open(el);
    expect(details.querySelector('.explore-title')!.textContent!.trim()).to.match(
      /^Señales de que nos inclinamos demasiado hacia /,
    );
    expect(details.querySelector('.strategies')!.textContent).to.include('Pittsfield');
  });
});
