// A page restyles what is inside the survey's sliders and rubric through the parts the survey
// forwards (`exportparts`), under the `slider-` and `rubric-` names custom-elements.json lists.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';

const PAGE_CSS = `
  tension-survey.themed::part(slider-marker) { outline: 5px solid rgb(1, 2, 3); }
  tension-survey.themed::part(slider-marker-desired) { background-color: rgb(4, 5, 6); }
  tension-survey.themed::part(slider-track) { border-top-color: rgb(7, 8, 9); }
  tension-survey.themed::part(rubric-choice) { outline: 4px solid rgb(10, 11, 12); }
  tension-survey.themed::part(marker) { border-left-color: rgb(13, 14, 15); }
`;

describe('<tension-survey> forwarded parts', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = PAGE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it("lets the page restyle the inner sliders' markers and track, and the rubric's choices", async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey class="themed" tensions="pace flexibility" rubric></tension-survey>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('tension-slider'), 'no slider');
    const slider = el.shadowRoot!.querySelector('tension-slider')!;
    await slider.updateComplete;
    const markers = [...slider.shadowRoot!.querySelectorAll('[part~="marker"]')];
    expect(markers).to.have.length(2);
    for (const marker of markers) {
      expect(getComputedStyle(marker).outlineColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(marker).outlineWidth).to.equal('5px');
      // The slider's own part names do not reach through the survey: only the forwarded ones.
      expect(getComputedStyle(marker).borderLeftColor).not.to.equal('rgb(13, 14, 15)');
    }
    const desired = slider.shadowRoot!.querySelector('[part~="marker-desired"]')!;
    expect(getComputedStyle(desired).backgroundColor).to.equal('rgb(4, 5, 6)');
    const track = slider.shadowRoot!.querySelector('[part~="track"]')!;
    expect(getComputedStyle(track).borderTopColor).to.equal('rgb(7, 8, 9)');

    await waitUntil(() => el.shadowRoot!.querySelector('stage-rubric'), 'no rubric section', {
      timeout: 10_000,
    });
    const rubric = el.shadowRoot!.querySelector('stage-rubric')!;
    await rubric.updateComplete;
    const choice = rubric.shadowRoot!.querySelector('[part~="choice"]')!;
    expect(getComputedStyle(choice).outlineColor).to.equal('rgb(10, 11, 12)');
  });

  it('leaves a survey the page does not style as it was', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    const slider = el.shadowRoot!.querySelector('tension-slider')!;
    await slider.updateComplete;
    const marker = slider.shadowRoot!.querySelector('[part~="marker"]')!;
    expect(getComputedStyle(marker).outlineColor).not.to.equal('rgb(1, 2, 3)');
  });
});
