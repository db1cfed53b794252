/**
 * The words of `<stage-rubric mode="team">` in English and Spanish, and the sentence that says one
 * dimension's team distribution. Loaded only with the team view. No DOM.
 */
import type { RubricSummary } from '../aggregate/index.js';
import type { Locale, StageId } from '../schema.js';
import { format } from './index.js';
import type { Messages } from './index.js';

export type TeamKey = keyof typeof en;

const en = {
  teamTitle: 'Team ratings',
  responses: 'Responses: {n}',
  rejected: 'Left out because they could not be read: {n}',
  teamLine: '{dimension}: most at {mode} ({count} of {n}); median {median}.',
  teamNone: '{dimension}: no ratings yet.',
  chart:
    'Chart of the share of ratings at each stage, per dimension; the list and the table give the same figures.',
  showTable: 'Show as a table',
  caption: 'Ratings at each stage, per dimension',
  dimension: 'Dimension',
  median: 'Median',
  ratings: 'Ratings',
};

export const teamStrings: Readonly<Record<Locale, Messages<TeamKey>>> = {
  en,
  es: {
    teamTitle: 'Valoraciones del equipo',
    responses: 'Respuestas: {n}',
    rejected: 'Excluidas porque no se pudieron leer: {n}',
    teamLine: '{dimension}: la mayoría en {mode} ({count} de {n}); mediana {median}.',
    teamNone: '{dimension}: aún sin valoraciones.',
    chart:
      'Gráfico de la proporción de valoraciones en cada etapa, por dimensión; la lista y la tabla dan las mismas cifras.',
    showTable: 'Ver como tabla',
    caption: 'Valoraciones en cada etapa, por dimensión',
    dimension: 'Dimensión',
    median: 'Mediana',
    ratings: 'Valoraciones',
  },
};

/** One dimension of the team view in words: the most frequent stage and the median. */
export function teamWords(
  m: Messages<TeamKey>,
  dimension: string,
  d: Pick<RubricSummary, 'n' | 'counts' | 'mode' | 'median'>,
  label: (stage: StageId) => string,
): string {
  if (!d.n || !d.mode || !d.median) return format(m.teamNone, { dimension });
  return format(m.teamLine, {
    dimension,
    mode: label(d.mode),
    count: d.counts[d.mode],
    n: d.n,
    median: label(d.median),
  });
}
