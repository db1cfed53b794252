/** A CSV of responses, as spreadsheets read it. No DOM. */
import { TENSION_IDS } from '../ids.js';
import type { SurveyResponse } from '../schema.js';
import { csvText } from './csv-cell.js';
import { SHARE_CODE_RUBRIC_DIMENSIONS } from './shared.js';

/** The columns every CSV export starts with, in order. */
export const CSV_BASE_COLUMNS = [
  'id',
  'survey',
  'role',
  'submittedAt',
  'locale',
  'points',
] as const;

/**
 * A CSV of responses, one row per respondent (RFC 4180: quoted where needed, CRLF line ends).
 * After the base columns come `<tension>.current` and `<tension>.desired` for every tension any
 * response answers (built-in tensions in their order, then custom ids sorted), then
 * `rubric.<dimension>.stage`, `.target` and `.evidence` for every rated dimension. Unanswered
 * positions are empty cells.
 *
 * Every cell goes through `csvCell` (./csv-cell.js): free text (id, role, evidence) that a
 * spreadsheet would run as a formula gets a leading apostrophe, which `parseCSV` removes again,
 * so the round trip is exact. An empty evidence text and an empty rubric are left out,
 * and a tension one respondent lacks but another answered reads back as unanswered (null, null).
 */
export function toCSV(responses: readonly SurveyResponse[]): string {
  const tensionIds = orderedIds(
    responses.map((r) => r.tensions),
    TENSION_IDS,
  );
  const dimensions = orderedIds(
    responses.map((r) => r.rubric),
    SHARE_CODE_RUBRIC_DIMENSIONS,
  );
  const header: string[] = [...CSV_BASE_COLUMNS];
  for (const id of tensionIds) header.push(`${id}.current`, `${id}.desired`);
  for (const id of dimensions) {
    header.push(`rubric.${id}.stage`, `rubric.${id}.target`, `rubric.${id}.evidence`);
  }

  const rows: string[][] = [header];
  for (const r of responses) {
    const cells: string[] = [
      r.id,
      r.survey,
      r.role ?? '',
      r.submittedAt,
      r.locale,
      r.points === undefined ? '' : String(r.points),
    ];
    for (const id of tensionIds) {
      const answer = Object.hasOwn(r.tensions, id) ? r.tensions[id] : undefined;
      cells.push(positionCell(answer?.current), positionCell(answer?.desired));
    }
    for (const id of dimensions) {
      const rating = r.rubric && Object.hasOwn(r.rubric, id) ? r.rubric[id] : undefined;
      cells.push(rating?.stage ?? '', rating?.target ?? '', rating?.evidence ?? '');
    }
    rows.push(cells);
  }
  return csvText(rows);
}

function positionCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The ids used across some records: the built-in ids first in their order, then others sorted. */
function orderedIds(
  records: readonly (Readonly<Record<string, unknown>> | undefined)[],
  builtIn: readonly string[],
): string[] {
  const seen = new Set<string>();
  for (const record of records) {
    if (record) for (const id of Object.keys(record)) seen.add(id);
  }
  const known = new Set(builtIn);
  return [
    ...builtIn.filter((id) => seen.has(id)),
    ...[...seen].filter((id) => !known.has(id)).sort(),
  ];
}
