/**
 * What the survey's result draws: the respondent's tensions, largest gap first (the order the
 * words use too), each with where we are and where we should be, and, when the page gave the
 * team's responses, the team's medians on the same rows. No DOM.
 */
import type { Aggregate } from './aggregate/index.js';
import { rankTensionsByGap } from './rank.js';
import type { SurveyResponse } from './schema.js';

/** A position and its goal on one tension: a point of the scale (the team's may be fractional). */
export interface PicturePair {
  now: number | null;
  should: number | null;
}

export interface PictureRow extends PicturePair {
  tension: string;
  /** |should - now|, or null while either is unsure. */
  gap: number | null;
  /** The team's medians on this tension; absent without a team, null sides where nobody answered. */
  team?: PicturePair;
}

/** The respondent's rows, largest gap first, with the team's medians beside each when given. */
export function pictureRows(
  response: Pick<SurveyResponse, 'tensions'>,
  ids: readonly string[],
  team?: Pick<Aggregate, 'tensions'>,
): PictureRow[] {
  return rankTensionsByGap(response, ids).map(({ tension, current, desired, gap }) => {
    const row: PictureRow = { tension, now: current, should: desired, gap };
    const summary = team?.tensions.find((candidate) => candidate.tension === tension);
    if (team)
      row.team = { now: summary?.current.median ?? null, should: summary?.desired.median ?? null };
    return row;
  });
}

/** Where a position sits along a line from `start` to `end`: 1 at the start, `points` at the end. */
export function positionAt(value: number, points: number, start: number, end: number): number {
  return start + ((value - 1) / (points - 1)) * (end - start);
}
