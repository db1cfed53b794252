/**
 * English fallback text on a page in a language the library does not speak carries `lang="en"`
 * (WCAG 3.1.2), in every element, nested ones included (issue 11, defect 7).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/index.js';
import { closestLang } from '../../../src/internal/locale.js';
import { fixtureTeam } from '../../fixtures/gap-team.js';

/** Every element with text of its own in `host`'s shadow root and the shadow roots inside it. */
function textElements(host: Element): Element[] {
  const found: Element[] = [];
  for (const element of host.shadowRoot!.querySelectorAll('*')) {
    // Words only: figures ("4.0", "12%") read the same in any language and carry no lang.
    const ownText = [...element.childNodes].some(
      (node) => node.nodeType === Node.TEXT_NODE && /\p{L}/u.test(node.textContent!),
    );
    if (ownText) found.push(element);
    if (element.shadowRoot) found.push(...textElements(element));
  }
  return found;
}

async function page(lang: string) {
  const wrap = await fixture<HTMLElement>(
    html`<div lang=${lang}>
      <tension-slider tension="pace"></tension-slider>
      <tension-survey tensions="pace" rubric></tension-survey>
      <stage-rubric></stage-rubric>
      <gap-chart></gap-chart>
      <team-results></team-results>
    </div>`,
  );
  for (const tag of ['gap-chart', 'team-results'] as const)
    wrap.querySelector(tag)!.responses = fixtureTeam();
  const survey = wrap.querySelector('tension-survey')!;
  await waitUntil(() => survey.shadowRoot!.querySelector('stage-rubric'), 'rubric section', {
    timeout: 10000,
  });
  const hosts = [...wrap.children];
  await Promise.all(
    hosts.map(
      (host) => (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete,
    ),
  );
  await survey.shadowRoot!.querySelector('stage-rubric')!.updateComplete;
  return hosts;
}

describe('lang on fallback text', () => {
  it('marks every element’s English text lang="en" on a page in French, nested elements too', async () => {
    for (const host of await page('fr')) {
      const elements = textElements(host);
      expect(elements.length, host.localName).to.be.greaterThan(2);
      const unmarked = () => textElements(host).filter((element) => closestLang(element) !== 'en');
      // The marks come with the page module the elements load when the page's language is foreign.
      await waitUntil(() => unmarked().length === 0, `${host.localName} marked`, {
        timeout: 5000,
      }).catch(() => {});
      const wrong = unmarked();
      expect(
        wrong.map((element) => `${host.localName} ${element.localName}.${element.className}`),
      ).to.deep.equal([]);
    }
  });

  it('adds no lang where the page speaks the text’s language (Spanish, English)', async () => {
    for (const lang of ['es', 'en-US']) {
      for (const host of await page(lang)) {
        expect(host.shadowRoot!.querySelector('[lang]'), `${lang} ${host.localName}`).to.equal(
          null,
        );
        expect(closestLang(textElements(host)[0]!)).to.equal(lang);
      }
    }
  });
});
