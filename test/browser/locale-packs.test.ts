/**
 * Locale packs across every element: a pseudo-locale (every string of the English template
 * marked) changes every word of every element, nested ones included, in text and in the
 * attributes that name or describe a control; missing keys fall back to English marked
 * lang="en"; a pack registered later re-renders the page; `strings` reach nested elements.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { localePack } from '../../src/core/i18n/packs.js';
import type { LocalePack } from '../../src/core/i18n/pack.js';
import { localeRegistry } from '../../src/core/i18n/registry.js';
import { registerLocale } from '../../src/core/index.js';
import type { GapChart } from '../../src/components/gap-chart/gap-chart.js';
import type { TensionSlider } from '../../src/components/tension-slider/tension-slider.js';
import type { SurveyResponse } from '../../src/core/schema.js';
import { fixtureBaseline, fixtureTeam } from '../fixtures/gap-team.js';
import { fixturePlan } from '../fixtures/plan.js';
import { rubricResponses } from '../fixtures/rubric-team.js';

const OPEN = '⟦';

/** Every string of `value` marked, the way a pseudo-locale shows what is translated. */
function marked<T>(value: T): T {
  if (typeof value === 'string') return `${OPEN}${value}⟧` as T;
  if (Array.isArray(value)) return value.map(marked) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v)])) as T;
  return value;
}

/** The pseudo-locale, built from the English template the build writes to dist/locales/en.json. */
const pseudo = (lang: string): LocalePack => ({ ...marked(localePack('en')), lang });

/** Attributes whose words a reader sees or hears: a control's name, value or hint. */
const WORDED = [
  'aria-label',
  'aria-valuetext',
  'aria-roledescription',
  'placeholder',
  'title',
  'alt',
];

/**
 * Text nodes and worded attributes with words and no mark, in `root` and every shadow root under
 * it (nested too).
 */
function unmarked(root: Node, out: string[] = []): string[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const where = (node: Node) => (node.getRootNode() as ShadowRoot).host?.localName ?? 'page';
  // Figures and punctuation are the same in every language.
  const hasWords = (text: string) => /\p{L}/u.test(text) && !text.includes(OPEN);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.shadowRoot) unmarked(node.shadowRoot, out);
      for (const name of WORDED) {
        const value = node.getAttribute(name);
        if (value && hasWords(value))
          out.push(`<${where(node)}> <${node.localName} ${name}> "${value}"`);
      }
      continue;
    }
    const parent = node.parentElement;
    if (!parent || parent.closest('style, script')) continue;
    const text = (node as Text).data.replace(/\s+/g, ' ').trim();
    if (hasWords(text)) out.push(`<${where(node)}> <${parent.localName}> "${text}"`);
  }
  return out;
}

/** Elements marked `lang="en"` (text a pack left English) in the shadow roots under `root`. */
function markedEnglish(root: ParentNode, out: string[] = []): string[] {
  for (const el of root.querySelectorAll('*')) {
    if (!el.shadowRoot) continue;
    for (const marked of el.shadowRoot.querySelectorAll('[lang]'))
      out.push(`<${el.localName}> <${marked.localName}> "${marked.textContent!.trim()}"`);
    markedEnglish(el.shadowRoot, out);
  }
  return out;
}

function markedCount(root: Node): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) count += node.shadowRoot ? markedCount(node.shadowRoot) : 0;
    else if ((node as Text).data.includes(OPEN)) count++;
  }
  return count;
}

/**
 * A plan to check back against, without the typed text a check-back lists as it is (warning
 * signs): that is the team's, not the library's words.
 */
const planWithoutSigns = () => {
  const plan = fixturePlan();
  for (const entry of Object.values(plan.tensions)) entry.warningSigns = [];
  return plan;
};

/** Responses without roles: role names are the page's data, not the library's words. */
const team = () =>
  fixtureTeam().map(({ role: _role, ...response }, i) => ({
    ...response,
    rubric: rubricResponses(12)[i]!.rubric,
  }));

async function settled(root: ParentNode) {
  const all = (node: ParentNode): Element[] =>
    [...node.querySelectorAll('*')].flatMap((el) => [
      el,
      ...(el.shadowRoot ? all(el.shadowRoot) : []),
    ]);
  for (const el of all(root)) await (el as Partial<GapChart>).updateComplete;
}

afterEach(() => {
  localeRegistry().packs.clear();
});

describe('locale packs', () => {
  it('a pseudo-locale from a pack script changes every word of every element, nested ones included', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="x-pseudo">
        <tension-survey rubric></tension-survey>
        <tension-slider tension="pace"></tension-slider>
        <stage-rubric></stage-rubric>
        <stage-rubric mode="team" .responses=${rubricResponses(6)}></stage-rubric>
        <gap-chart .responses=${team()}></gap-chart>
        <team-results .responses=${team()}></team-results>
        <team-results .responses=${team()} .plan=${planWithoutSigns()}></team-results>
        <tension-plan .responses=${team()}></tension-plan>
      </div>`,
    );
    await settled(page);
    await waitUntil(
      () => page.querySelectorAll('team-results')[1]!.shadowRoot!.querySelector('.check-back'),
      'the check-back',
    );
    await settled(page);
    // English until the pack arrives: the plan's rows, statement and check-back too.
    expect(unmarked(page).length).to.be.greaterThan(100);
    const plan = page.querySelector('tension-plan')!.shadowRoot!;
    expect(plan.querySelectorAll('fieldset.tension').length).to.equal(7);
    expect(plan.querySelectorAll('.statement article').length).to.equal(7);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.tensionkitLocale = '';
    script.textContent = JSON.stringify(pseudo('x-pseudo'));
    document.body.append(script);
    try {
      await waitUntil(
        async () => {
          await settled(page);
          return (
            page.querySelector('tension-survey')!.shadowRoot!.querySelector('stage-rubric') !==
              null && unmarked(page).length === 0
          );
        },
        'every word marked',
        { timeout: 15_000 },
      ).catch(() => undefined);
      expect(unmarked(page), 'text nodes the pack did not reach').to.deep.equal([]);
      expect(markedCount(page), 'text nodes checked').to.be.greaterThan(300);
      // Nested elements were reached, not only skipped for having no text.
      const survey = page.querySelector('tension-survey')!.shadowRoot!;
      expect(survey.querySelector('tension-slider')!.shadowRoot!.textContent).to.include(OPEN);
      expect(survey.querySelector('stage-rubric')!.shadowRoot!.textContent).to.include(OPEN);
      const results = page.querySelector('team-results')!.shadowRoot!;
      expect(results.querySelector('gap-chart')!.shadowRoot!.textContent).to.include(OPEN);
      // The plan's rows, its statement and a check-back against a plan were reached.
      expect(plan.querySelector('fieldset.tension legend')!.textContent).to.include(OPEN);
      expect(plan.querySelector('.statement article p')!.textContent).to.include(OPEN);
      const check = page.querySelectorAll('team-results')[1]!.shadowRoot!;
      expect(check.querySelector('.check-back .position')!.textContent).to.include(OPEN);
      // Nothing is marked English in any element: the pack is complete.
      expect(markedEnglish(page), 'elements marked lang="en"').to.deep.equal([]);
    } finally {
      script.remove();
    }
  });

  it('a pseudo-locale reaches a survey’s steps, its result, its share code and the team picture', async () => {
    await registerLocale(pseudo('x-pseudo'));
    const page = await fixture<HTMLElement>(
      html`<div lang="x-pseudo">
        <tension-survey layout="steps" tensions="pace flexibility"></tension-survey>
        <tension-survey tensions="pace flexibility" .responses=${team()}></tension-survey>
      </div>`,
    );
    await settled(page);
    const answer = (root: ShadowRoot) => {
      for (const slider of root.querySelectorAll('tension-slider')) {
        [slider.current, slider.desired] = [2, 6];
        slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      }
    };
    // The steps survey on its review step: each answer with a Change button.
    const steps = page.querySelector('tension-survey')!.shadowRoot!;
    answer(steps);
    for (const _tension of ['pace', 'flexibility']) {
      await settled(page);
      steps.querySelector<HTMLButtonElement>('button.go')!.click();
    }
    await waitUntil(() => steps.querySelector('.review'), 'the review step');
    const root = page.querySelectorAll('tension-survey')[1]!.shadowRoot!;
    answer(root);
    await settled(page);
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => root.querySelector('[part="result"]'), 'the result');
    await settled(page);
    expect(unmarked(page), 'text the pack did not reach').to.deep.equal([]);
    expect(markedEnglish(page)).to.deep.equal([]);
  });

  it('a pseudo-locale reaches answered elements, a baseline, aims and a plan’s step rows', async () => {
    await registerLocale(pseudo('x-pseudo'));
    const withoutRoles = (list: SurveyResponse[]) => list.map(({ role: _role, ...rest }) => rest);
    const page = await fixture<HTMLElement>(
      html`<div lang="x-pseudo">
        <tension-slider tension="pace" .current=${2} .desired=${6}></tension-slider>
        <stage-rubric .value=${{ roadmap: { stage: 'emerging' } }}></stage-rubric>
        <gap-chart
          .responses=${team()}
          .baseline=${withoutRoles(fixtureBaseline())}
          .aims=${{ pace: 3 }}
        ></gap-chart>
        <team-results
          .responses=${team()}
          .baseline=${withoutRoles(fixtureBaseline())}
        ></team-results>
        <tension-plan .responses=${team()}></tension-plan>
      </div>`,
    );
    await settled(page);
    const plan = page.querySelector('tension-plan')!.shadowRoot!;
    plan.querySelector<HTMLButtonElement>('fieldset.tension > button')!.click();
    await waitUntil(() => plan.querySelector('.step'), 'a step row');
    await settled(page);
    expect(unmarked(page), 'text the pack did not reach').to.deep.equal([]);
    expect(markedEnglish(page)).to.deep.equal([]);
  });

  it('registerLocale reaches elements already on the page, and a later pack re-renders them', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="de-AT">
        <tension-slider tension="pace"></tension-slider>
        <gap-chart .responses=${team()}></gap-chart>
      </div>`,
    );
    await settled(page);
    const slider = page.querySelector<TensionSlider>('tension-slider')!;
    const question = () => slider.shadowRoot!.querySelector('[part="label"]')!;
    expect(question().textContent).to.include('How quickly');
    // No German here: the English is marked as English.
    await waitUntil(() => question().getAttribute('lang') === 'en', 'English marked');
    const report = await registerLocale(pseudo('de'));
    expect(report.ok).to.equal(true);
    await waitUntil(
      async () => (await settled(page), unmarked(page).length === 0),
      'every word marked after a later registration',
      { timeout: 10_000 },
    ).catch(() => undefined);
    expect(unmarked(page)).to.deep.equal([]);
    expect(question().hasAttribute('lang')).to.equal(false);
  });

  it('a plan’s statement and check-back write dates and lists in the pack’s language', async () => {
    await registerLocale(pseudo('fr'));
    const page = await fixture<HTMLElement>(
      html`<div lang="fr">
        <tension-plan .plan=${fixturePlan()}></tension-plan>
        <team-results .responses=${team()} .plan=${fixturePlan()}></team-results>
      </div>`,
    );
    const plan = page.querySelector('tension-plan')!.shadowRoot!;
    const results = page.querySelector('team-results')!.shadowRoot!;
    await waitUntil(
      async () => (await settled(page), results.querySelector('.check-back')),
      'the check-back',
    );
    await waitUntil(() => plan.querySelector('.statement'), 'the statement');
    expect(plan.querySelector('.statement > p')!.textContent).to.include('10 mars 2026');
    // Two warning signs, joined by the French "or".
    expect(plan.querySelector('.statement article p')!.textContent).to.include(
      'expectations ou schools stop sharing data',
    );
    expect(results.querySelector('.check-back > p')!.textContent).to.include('10 mars 2026');
  });

  it('a missing key falls back to English with lang="en" and one warning naming the keys', async () => {
    const pack = pseudo('fr') as Record<string, unknown> & LocalePack;
    const slider = { ...pack['tension-slider'] } as Record<string, string>;
    delete slider.benefits;
    const tensions = structuredClone(pack.tensions) as Record<string, Record<string, unknown>>;
    delete tensions.pace!.question;
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      await registerLocale({ ...pack, 'tension-slider': slider, tensions });
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('tension-slider.benefits').and.include('tensions.pace.question');

    const el = await fixture<TensionSlider>(
      html`<tension-slider lang="fr" tension="pace"></tension-slider>`,
    );
    const root = el.shadowRoot!;
    const summary = () => root.querySelector('summary')!;
    await waitUntil(() => summary().getAttribute('lang') === 'en', 'fallback marked', {
      timeout: 10_000,
    });
    expect(summary().textContent!.trim()).to.equal('What each side offers');
    const question = root.querySelector('[part="label"]')!;
    expect(question.getAttribute('lang')).to.equal('en');
    expect(question.textContent).to.include('How quickly');
    // Translated text is not marked.
    const poles = [...root.querySelectorAll('.ben strong')];
    expect(poles[0]!.textContent).to.include(OPEN);
    expect(poles[0]!.hasAttribute('lang')).to.equal(false);
  });

  it('a malformed pack script is refused: console.error naming the field, tk-error on the script', async () => {
    const errors: string[] = [];
    const error = console.error;
    console.error = (message: string) => errors.push(message);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.dataset.tensionkitLocale = '';
    script.textContent = JSON.stringify({ lang: 'it', stages: { exploring: { label: 3 } } });
    const refused = new Promise<CustomEvent>((resolve) =>
      script.addEventListener('tk-error', (e) => resolve(e as CustomEvent), { once: true }),
    );
    try {
      await fixture(html`<tension-slider lang="it" tension="pace"></tension-slider>`);
      document.body.append(script);
      const event = await refused;
      expect(event.detail.path).to.equal('stages.exploring.label');
      expect(errors.join('\n')).to.include('stages.exploring.label');
      expect(localeRegistry().packs.has('it')).to.equal(false);
    } finally {
      console.error = error;
      script.remove();
    }
  });

  it('strings reach nested elements, with a section by tag for a key both use', async () => {
    const survey = await fixture<HTMLElement>(
      html`<tension-survey
        tensions="pace"
        rubric
        strings=${JSON.stringify({
          submit: 'Send it',
          current: 'Today',
          evidence: 'Proof',
          'tension-slider': { unsure: 'No idea' },
        })}
      ></tension-survey>`,
    );
    const root = survey.shadowRoot!;
    await waitUntil(() => root.querySelector('stage-rubric')?.shadowRoot?.textContent, 'rubric');
    await settled(root);
    const slider = root.querySelector('tension-slider')!.shadowRoot!;
    expect(root.querySelector('button.go')!.textContent!.trim()).to.equal('Send it');
    expect(slider.textContent).to.include('Today').and.include('No idea');
    expect(root.querySelector('stage-rubric')!.shadowRoot!.textContent).to.include('Proof');

    const results = await fixture<HTMLElement>(
      html`<team-results
        .responses=${team()}
        .strings=${{ summaryTitle: 'Plainly' }}
      ></team-results>`,
    );
    const chart = results.shadowRoot!.querySelector<GapChart>('gap-chart')!;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('h3')!.textContent).to.equal('Plainly');
  });
});
