import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/internal/text-start.js';
import '../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../src/components/tension-survey/tension-survey.js';

/** The text of a node and of every shadow root under it. */
const deepText = (root: Node): string =>
  [...root.childNodes]
    .map((node) =>
      node.nodeType === Node.TEXT_NODE
        ? node.textContent
        : deepText(node) +
          ((node as Element).shadowRoot ? deepText((node as Element).shadowRoot!) : ''),
    )
    .join(' ');

// The survey's entry file imports text-start.ts with the element (rollup.config.js): the first
// render has the page language's text, with nothing to fetch first.
describe('text-start', () => {
  const questions = {
    es: '¿Cuánto de la implementación debe decidir el distrito',
    en: 'How much of the implementation should the district decide',
  };
  for (const [lang, question] of Object.entries(questions)) {
    it(`gives a survey in ${lang} its text in its first update`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('tension-survey') as TensionSurvey;
      let updates = 0;
      el.addController({ hostUpdated: () => void updates++ });
      wrap.append(el);
      await el.updateComplete;
      expect(updates).to.equal(1);
      await Promise.all(
        [...el.shadowRoot!.querySelectorAll('tension-slider')].map(
          (slider) => slider.updateComplete,
        ),
      );
      expect(deepText(el.shadowRoot!).replace(/\s+/g, ' ')).to.include(question);
    });
  }
});
