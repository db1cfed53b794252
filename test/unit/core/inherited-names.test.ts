/**
 * A survey's own tension may have any slug as its id, "constructor" included, which every object
 * inherits: nothing in the domain may read it off the prototype (it threw "not iterable" in the
 * survey and in the discussion prompts before).
 */
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  decodeShareCode,
  importResponses,
  parseSurveyDefinition,
  toCSV,
  tryEncodeShareCode,
} from '../../../src/core/index.js';
import { describeTension, gapTable, summarize, summaryStrings } from '../../../src/core/summary.js';
import { discussionTopics } from '../../../src/core/discussion.js';
import { mergeDrafts } from '../../../src/core/draft-fit.js';
import { buildResponse } from '../../../src/core/survey-response.js';
import { surveyProgress } from '../../../src/core/survey-progress.js';
import { refreshPlan, startPlan } from '../../../src/core/plan/working.js';

const response = (id: string, current: number, desired: number) => ({
  version: 1 as const,
  id,
  survey: 'own',
  submittedAt: '2026-03-01T09:30:00.000Z',
  locale: 'en' as const,
  tensions: { constructor: { current, desired }, pace: { current: 2, desired: 5 } },
});

describe('a tension called "constructor"', () => {
  it('is a survey definition like any other', () => {
    const parsed = parseSurveyDefinition({
      id: 'own',
      tensions: [
        'pace',
        {
          id: 'constructor',
          name: 'Builders',
          question: 'Who builds?',
          left: { label: 'We do', benefits: [] },
          right: { label: 'Others do', benefits: [] },
        },
      ],
    });
    expect(parsed.ok).toBe(true);
  });

  it('builds a response, counts progress and merges drafts from own answers only', () => {
    const tensions = ['pace', 'constructor'];
    expect(surveyProgress({ tensions, answers: {} })).toEqual({ done: 0, total: 2 });
    const built = buildResponse({
      id: 'r1',
      survey: 'own',
      locale: 'en',
      tensions,
      answers: { pace: [2, 6] },
      role: '',
    });
    expect(built.ok && built.value.tensions.constructor).toEqual({ current: null, desired: null });
    const merged = mergeDrafts(
      { role: '', answers: { constructor: [3, null] } },
      { role: '', answers: {}, rubric: {} },
    );
    expect(merged.answers.constructor).toEqual([3, null]);
  });

  it('goes through aggregate, summary, table, discussion, CSV, import and share codes', () => {
    const team = [1, 2, 3, 4].map((n) => response(`r${n}`, n, 7));
    const figures = aggregate(team);
    expect(figures.tensions.map((t) => t.tension)).toContain('constructor');
    const words = { locale: 'en' as const, strings: summaryStrings.en, tensions: [] };
    expect(summarize(figures, words).join(' ')).toContain('constructor');
    expect(gapTable(figures, { ...words, groupByRole: false, own: null }).rows.length).toBe(2);
    expect(() => discussionTopics(figures)).not.toThrow();
    const back = importResponses(toCSV(team));
    expect(back.rejected).toEqual([]);
    expect(back.responses[0]!.tensions.constructor).toEqual({ current: 1, desired: 7 });
    // A code spells out a custom tension's id; it decodes back to the same answers.
    const code = tryEncodeShareCode(team[0]!);
    expect(code.ok && code.customTensions).toEqual(['constructor']);
    const decoded = code.ok ? decodeShareCode(code.code) : null;
    expect(decoded?.ok && decoded.value.tensions.constructor).toEqual({ current: 1, desired: 7 });
  });

  it('is not read off the prototype by the summary or the plan', () => {
    const team = [1, 2, 3].map((n) => response(`r${n}`, n, 7));
    const paceOnly = { ...team[0]!, id: 'me', tensions: { pace: { current: 3, desired: 4 } } };
    const words = { locale: 'en' as const, strings: summaryStrings.en, tensions: [] };
    const figures = aggregate(team);
    const said = (id: string) =>
      describeTension(
        figures,
        figures.tensions.findIndex((t) => t.tension === id),
        {
          ...words,
          own: paceOnly,
        },
      );
    // "Your answer" only for the tension the respondent answered.
    expect(said('pace')).toContain('Your answer:');
    expect(said('constructor')).not.toContain('Your answer:');
    const plan = startPlan([], {
      id: 'p',
      decidedAt: '2026-03-01',
      locale: 'en',
      tensions: ['pace'],
    });
    const refreshed = refreshPlan(plan, team);
    expect(refreshed.tensions.constructor).toEqual(
      refreshed.tensions.pace && {
        ...refreshed.tensions.pace,
        aim: 7,
      },
    );
  });
});
