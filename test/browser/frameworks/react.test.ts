// The elements inside a React 19 app, through React's own packages: React 19 sets a custom
// element's properties (here `responses`, an array) and adds listeners for `on<event>` props
// (here `onsurvey-submit`) itself, with no wrapper.
import { expect, waitUntil } from '@open-wc/testing';
import React from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import '../../../src/components/tension-survey/tension-survey.js';
import '../../../src/components/team-results/team-results.js';
import '../../../src/components/gap-chart/gap-chart.js';
import type { GapChart } from '../../../src/components/gap-chart/gap-chart.js';
import type { TeamResults } from '../../../src/components/team-results/team-results.js';
import type { TensionSurvey } from '../../../src/components/tension-survey/tension-survey.js';
import type { SurveyResponse } from '../../../src/core/schema.js';
import { fixtureTeam } from '../../fixtures/gap-team.js';
import { answerSurvey } from '../embed/frames.js';

const h = React.createElement;

/** A facilitator's page: the survey, and the team's results below it, which React owns. */
function App({ team, onSubmit }: { team: SurveyResponse[]; onSubmit(r: SurveyResponse): void }) {
  const [mine, setMine] = React.useState<SurveyResponse | null>(null);
  return h(
    'main',
    null,
    h('tension-survey', {
      id: 'survey',
      tensions: 'pace',
      'onsurvey-submit': (event: CustomEvent<SurveyResponse>) => {
        setMine(event.detail);
        onSubmit(event.detail);
      },
    }),
    h('p', { id: 'status' }, mine ? `Thank you (${Object.keys(mine.tensions).join()})` : 'Not yet'),
    h('team-results', { responses: mine ? [...team, mine] : team }),
    h('gap-chart', { responses: team, for: 'survey' }),
  );
}

describe('in a React 19 app', () => {
  let host: HTMLElement;
  let root: Root;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
  });

  it('gets `responses` as a property and reports `survey-submit` to the component', async () => {
    const team = fixtureTeam();
    const heard: SurveyResponse[] = [];
    root.render(h(App, { team, onSubmit: (response) => heard.push(response) }));
    await waitUntil(() => host.querySelector('gap-chart'), 'React did not render');

    const results = host.querySelector<TeamResults>('team-results')!;
    const chart = host.querySelector<GapChart>('gap-chart')!;
    // Properties, not attributes: the very array, no `responses="[object Object]"`.
    expect(results.responses).to.equal(team);
    expect(chart.responses).to.equal(team);
    expect(results.hasAttribute('responses')).to.equal(false);
    await chart.updateComplete;
    expect(chart.data.respondents).to.equal(team.length);
    expect(chart.getAttribute('for')).to.equal('survey');

    const survey = host.querySelector<TensionSurvey>('tension-survey')!;
    await survey.updateComplete;
    await answerSurvey(survey);
    await waitUntil(() => heard.length === 1, 'the on<event> prop heard no survey-submit');
    expect(heard[0]!.tensions).to.deep.equal({ pace: { current: 2, desired: 6 } });
    expect(heard[0]).to.deep.equal(survey.response);

    // React re-renders with the new state: the new array reaches the element as a property.
    await waitUntil(() => results.responses.length === team.length + 1, 'no new responses');
    expect(results.responses.at(-1)).to.equal(heard[0]);
    await results.updateComplete;
    expect(host.querySelector('#status')!.textContent).to.equal('Thank you (pace)');
  });
});
