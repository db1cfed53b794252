/**
 * What `<gap-chart>` shows, made from its inputs with no DOM: the inputs checked (each problem
 * named by its attribute or property), the figures, the summary's sentences, the data table, the
 * drawing's layout, and what the live region says when a tension or lane is reached.
 */
import { aggregate } from '../../core/aggregate/index.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import { checkResponses } from '../../core/checked.js';
import type { Messages } from '../../core/i18n/index.js';
import type { GapChartKey } from '../../core/i18n/gap-chart.js';
import { mergeRespondent } from '../../core/merge.js';
import type { InputProblem, Locale, SurveyResponse, Tension } from '../../core/schema.js';
import { describeLane, describeTension, gapTable, summarize } from '../../core/summary.js';
import type { GapTable, SummaryKey } from '../../core/summary.js';
import { stringsProblems } from '../../internal/strings-attribute.js';
import { layoutGapChart } from './gap-chart.layout.js';
import type { DotPositions, GapLayout } from './gap-chart.layout.js';
import { laneFigures } from './gap-chart.navigate.js';

export interface ChartInputs {
  responses: unknown;
  baseline: unknown;
  own: SurveyResponse | null;
  groupBy: string;
  minGroupSize: number;
  strings: unknown;
  /** Why `src` could not be loaded, if it could not. */
  fetchProblems: readonly InputProblem[];
  locale: Locale;
  words: Messages<GapChartKey>;
  summaryWords: Messages<SummaryKey>;
  tensions: readonly Tension[];
  /** The tensions' order in the survey definition named by, if any. */
  order: readonly string[] | undefined;
}

export interface ChartFigures {
  problems: InputProblem[];
  figures: Aggregate;
  sentences: string[];
  table: GapTable;
  layout: GapLayout;
}

/** Keeps the responses that pass the schema (each object is checked once); reports the rest. */
function valid(list: unknown, path: string, problems: InputProblem[]): SurveyResponse[] {
  const checked = checkResponses(list, path);
  problems.push(...checked.problems);
  return checked.responses;
}

/** Everything the chart shows; `dotBuffers` is the dots' storage, reused between updates. */
export function chartFigures(input: ChartInputs, dotBuffers: DotPositions): ChartFigures {
  const problems: InputProblem[] = [];
  if (input.groupBy !== '' && input.groupBy !== 'role') {
    problems.push({
      path: 'group-by',
      message: `"${input.groupBy}" cannot group the chart; use group-by="role" or leave it out.`,
    });
  }
  let minGroupSize = input.minGroupSize;
  if (!Number.isInteger(minGroupSize) || minGroupSize < 1) {
    problems.push({
      path: 'min-group-size',
      message: 'Use a whole number of at least 1 for min-group-size (default 3).',
    });
    minGroupSize = 3;
  }
  const current = valid(input.responses, 'responses', problems);
  // Only null or undefined means "no baseline": a falsy mistake (NaN, '') is reported.
  const baseline = input.baseline == null ? undefined : valid(input.baseline, 'baseline', problems);
  problems.push(...input.fetchProblems, ...stringsProblems(input.strings));

  const grouped = input.groupBy === 'role';
  const team = mergeRespondent(current, input.own);
  const figures = aggregate(team, {
    minGroupSize,
    ...(baseline ? { baseline } : {}),
    ...(input.order ? { order: input.order } : {}),
  });
  const words = { locale: input.locale, strings: input.summaryWords, tensions: input.tensions };
  const layout = layoutGapChart(
    {
      aggregate: figures,
      own: input.own,
      groupByRole: grouped,
      labels: {
        baseline: input.words.legendBaseline,
        team: input.words.team,
        you: input.words.you,
        otherRoles: input.summaryWords.otherRoles,
      },
    },
    dotBuffers,
  );
  return {
    problems,
    figures,
    sentences: summarize(figures, words),
    table: gapTable(figures, { ...words, groupByRole: grouped, own: input.own }),
    layout,
  };
}

/** What the live region says when a tension's row, and one of its lanes, is reached. */
export function focusAnnouncement(
  shown: Pick<ChartFigures, 'figures' | 'layout'>,
  row: number,
  lane: number,
  input: Pick<ChartInputs, 'locale' | 'summaryWords' | 'tensions' | 'own' | 'words'>,
): string {
  const options = { locale: input.locale, strings: input.summaryWords, tensions: input.tensions };
  const drawn = shown.layout.lanes[lane];
  return !drawn || drawn.kind === 'team'
    ? describeTension(shown.figures, row, { ...options, own: input.own })
    : describeLane(
        shown.figures,
        row,
        laneFigures(shown.figures, drawn, row, input.words.baseline),
        options,
      );
}
