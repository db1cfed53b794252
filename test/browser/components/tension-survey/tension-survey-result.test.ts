// The result's pictures: the respondent's answers drawn as a small SVG, and the team's beside it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/tension-survey/tension-survey.js';
import type { TensionSurvey } from '../../../../src/components/tension-survey/tension-survey.js';
import { positionAt } from '../../../../src/core/result-picture.js';
import { RESPONSE_VERSION } from '../../../../src/core/schema.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';

/** Answers each slider as given ([current, desired] by tension id) and submits. */
async function submit(el: TensionSurvey, answers: Record<string, [number, number]>) {
  await el.updateComplete;
  for (const slider of el.shadowRoot!.querySelectorAll('tension-slider')) {
    [slider.current, slider.desired] = answers[slider.tension]!;
    slider.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  }
  await el.updateComplete;
  const done = oneEvent(el, 'survey-submit');
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
  await done;
  await el.updateComplete;
}

const teamMember = (id: string, pace: [number, number], flexibility: [number, number]) =>
  ({
    version: RESPONSE_VERSION,
    id,
    survey: 'tensions-v1',
    submittedAt: '2026-11-29T00:00:00.000Z',
    locale: 'en',
    tensions: {
      pace: { current: pace[0], desired: pace[1] },
      flexibility: { current: flexibility[0], desired: flexibility[1] },
    },
  }) as SurveyResponse;

const team = [
  teamMember('a', [5, 2], [3, 6]),
  teamMember('b', [6, 3], [4, 6]),
  teamMember('c', [6, 2], [4, 5]),
];

/** Where each circle of a picture sits, by tension id: [now, should] as x positions. */
function circles(figure: Element) {
  return Object.fromEntries(
    [...figure.querySelectorAll('g[data-tension]')].map((row) => [
      row.getAttribute('data-tension'),
      ['.now', '.should'].map((kind) => Number(row.querySelector(kind)!.getAttribute('cx'))),
    ]),
  );
}

const x = (value: number) => positionAt(value, 7, 10, 290);

describe('<tension-survey> result picture', () => {
  it('draws every answer where it was placed, largest gap first, with words that say the same', async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="flexibility pace"></tension-survey>`,
    );
    await submit(el, { pace: [7, 1], flexibility: [2, 3] });
    const figures = el.shadowRoot!.querySelectorAll('figure');
    expect(figures).to.have.length(1);
    const picture = figures[0]!.querySelector('svg')!;
    expect(picture.getAttribute('role')).to.equal('img');
    expect(picture.getAttribute('aria-label')).to.include('Your answers on 2 tensions');
    const rows = [...picture.querySelectorAll('g[data-tension]')];
    expect(rows.map((row) => row.getAttribute('data-tension'))).to.deep.equal([
      'pace',
      'flexibility',
    ]);
    expect(circles(figures[0]!)).to.deep.equal({
      pace: [x(7), x(1)],
      flexibility: [x(2), x(3)],
    });
    // Both poles at the ends of each line.
    expect([...rows[0]!.querySelectorAll('text')].map((t) => t.textContent)).to.deep.equal([
      'Pace',
      'Fast',
      'Slow and steady',
    ]);
    const words = [...el.shadowRoot!.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(words[0]).to.equal(
      'Pace (gap 6): now at the “Slow and steady” end; should be at the “Fast” end.',
    );
    await expect(el).to.be.accessible();
  });

  it("draws the team's medians beside it when the page gives the team's responses", async () => {
    const el = await fixture<TensionSurvey>(
      html`<tension-survey tensions="pace flexibility"></tension-survey>`,
    );
    el.responses = team;
    await submit(el, { pace: [4, 4], flexibility: [1, 7] });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('figure').length === 2);
    const [mine, theirs] = el.shadowRoot!.querySelectorAll('figure');
    expect(theirs!.querySelector('figcaption')!.textContent).to.include('3 responses');
    expect(theirs!.querySelector('svg')!.getAttribute('role')).to.equal('img');
    // The same rows in the same order as the respondent's: the largest gap of theirs first.
    expect(Object.keys(circles(theirs!))).to.deep.equal(Object.keys(circles(mine!)));
    expect(circles(theirs!)).to.deep.equal({ flexibility: [x(4), x(6)], pace: [x(6), x(2)] });
    const words = [...el.shadowRoot!.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(words[1]).to.include('The team: now mostly toward “Slow and steady”');
    await expect(el).to.be.accessible();
  });

  it('takes the team from the element its `for` names', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div>
        <div id="team-source"></div>
        <tension-survey for="team-source" tensions="pace"></tension-survey>
      </div>`,
    );
    Object.assign(wrap.querySelector('#team-source')!, { responses: team });
    const el = wrap.querySelector('tension-survey')!;
    await submit(el, { pace: [2, 6] });
    await waitUntil(() => el.shadowRoot!.querySelectorAll('figure').length === 2);
    expect(circles(el.shadowRoot!.querySelectorAll('figure')[1]!)).to.deep.equal({
      pace: [x(6), x(2)],
    });
  });
});
