import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import { answerSurvey } from '../../embed/frames.js';

/** Submits a one-tension survey and returns its result view's text and Copy button. */
async function submitted(el: TensionSurvey) {
  await el.updateComplete; // its language's text, loaded on demand
  const done = oneEvent(el, 'survey-submit');
  await answerSurvey(el);
  await done;
  await el.updateComplete;
  const root = el.shadowRoot!;
  const copy = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Copy')!;
  return { root, copy, text: () => root.querySelector('[part="result"]')!.textContent! };
}

describe('<tension-survey> share code', () => {
  it('says where to send the code, and the Copy button confirms', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace"></tension-survey>`,
    );
    const { root, copy, text } = await submitted(el);
    expect(text()).to.include("Paste this code in the team's discussion thread");
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('');
    copy.click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await el.updateComplete;
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Copied');
    await expect(el).to.be.accessible();
  });

  it('takes the page’s words from share-instructions, and Spanish by default in Spanish', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey
        tensions="pace"
        share-instructions="Send it to Ms. Rivera by Friday."
      ></tension-survey>`,
    );
    const { text } = await submitted(el);
    expect(text()).to.include('Send it to Ms. Rivera by Friday.');
    expect(text()).not.to.include('discussion thread');
    const es = await fixture<TensionSurvey>(
      html`<div lang="es"><tension-survey tensions="pace"></tension-survey></div>`,
    );
    const { text: spanish } = await submitted(es.querySelector('tension-survey')!);
    expect(spanish()).to.include('Pegue este código en el hilo de conversación del equipo');
  });
});
