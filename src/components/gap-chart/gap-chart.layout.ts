/**
 * The geometry of `<gap-chart>`, with no DOM and no Chart.js: which lanes of dumbbells a row
 * holds and where they sit, where every respondent's dot goes, the ranges of the two axes, and
 * the rectangles the dots are painted with. Values are in the chart's own units (a scale point
 * across, a row down) unless a name says pixels. Tested in Node (test/unit/gap-chart-layout).
 */
import type { Aggregate, TensionSummary } from '../../core/aggregate/index.js';
import type { SurveyResponse } from '../../core/schema.js';

/** How far the dots of one position spread sideways, in scale points. */
export const DOT_WIDTH = 0.26;
/** At most this many dots stacked in a column before a new column starts. */
export const DOTS_PER_COLUMN = 4;
/** A row's height in pixels at the default --tk-chart-row-height (4.5rem), for one lane. */
export const ROW_PX = 72;
/** In pixels of a default row: between lanes, from the outer lane to the dots, the dot band. */
export const LANE_GAP_PX = 18;
export const DOT_MARGIN_PX = 11;
export const DOT_BAND_PX = 22;

/** How much taller a row gets for its lanes: 20 px of a default row per lane beyond the first. */
export function lanesScale(lanes: number): number {
  return 1 + 0.28 * (lanes - 1);
}

/** A row's marker pair: where we are and where we should be, for one lane of every row. */
export interface Lane {
  kind: 'team' | 'baseline' | 'role' | 'own';
  /** The lane's name in the legend and the tooltip. */
  label: string;
  /** For a role lane, its place among the shown roles (which colour it takes); else -1. */
  roleIndex: number;
  /** Its distance from the row's middle, in rows (negative: above). */
  offset: number;
  /** Per row, "where we are" (a mean, or the respondent's answer); null where there is none. */
  current: (number | null)[];
  /** Per row, "where we should be". */
  desired: (number | null)[];
}

/** The words the lanes are named with. */
export interface LaneLabels {
  baseline: string;
  team: string;
  you: string;
  /** The lane of everyone outside the shown role groups. */
  otherRoles: string;
}

export interface LayoutInput {
  aggregate: Aggregate;
  /** The respondent followed with `for=`, drawn in a lane of their own; null for none. */
  own: SurveyResponse | null;
  /** A lane per role group shown, and one for "Other roles" where core pools the hidden ones. */
  groupByRole: boolean;
  labels: LaneLabels;
}

/** Every answer as a dot: x and y in turn, listed line by line (see {@link dotPositions}). */
export interface DotPositions {
  current: Float32Array;
  desired: Float32Array;
}

export interface GapLayout {
  /** Baseline, team, roles, own: top to bottom within each row. */
  lanes: Lane[];
  dots: DotPositions;
  /** How much taller than a one-lane row each row is (for the chart's box). */
  rowScale: number;
}

/**
 * Plans the lanes of every row and the respondents' dots. `buffers` is storage kept from call to
 * call: it grows when needed, and the returned dots are views of it (valid until the next call).
 */
export function layoutGapChart(
  { aggregate, own, groupByRole, labels }: LayoutInput,
  buffers: DotPositions = { current: new Float32Array(0), desired: new Float32Array(0) },
): GapLayout {
  const rows = aggregate.tensions;
  const lanes: Omit<Lane, 'offset'>[] = [];
  if (aggregate.baselineRespondents !== null) {
    lanes.push({
      kind: 'baseline',
      label: labels.baseline,
      roleIndex: -1,
      current: rows.map((tension) => tension.baseline?.current.mean ?? null),
      desired: rows.map((tension) => tension.baseline?.desired.mean ?? null),
    });
  }
  lanes.push({
    kind: 'team',
    label: labels.team,
    roleIndex: -1,
    current: rows.map((tension) => tension.current.mean),
    desired: rows.map((tension) => tension.desired.mean),
  });
  if (groupByRole) {
    // Only the groups core shows (complementary suppression): the role lanes and "Other roles"
    // add up to the team, so no lane can be subtracted down to one person.
    const shown = aggregate.roles.filter((group) => group.shown).map(({ role }) => role);
    shown.forEach((role, index) =>
      lanes.push({
        kind: 'role',
        label: role,
        roleIndex: index,
        current: rows.map((tension) => tension.byRole[role]?.current.mean ?? null),
        desired: rows.map((tension) => tension.byRole[role]?.desired.mean ?? null),
      }),
    );
    if (rows.some((tension) => tension.otherRoles !== null)) {
      lanes.push({
        kind: 'role',
        label: labels.otherRoles,
        roleIndex: shown.length,
        current: rows.map((tension) => tension.otherRoles?.current.mean ?? null),
        desired: rows.map((tension) => tension.otherRoles?.desired.mean ?? null),
      });
    }
  }
  if (own) {
    const answer = (id: string, key: 'current' | 'desired') => own.tensions[id]?.[key] ?? null;
    lanes.push({
      kind: 'own',
      label: labels.you,
      roleIndex: -1,
      current: rows.map((tension) => answer(tension.tension, 'current')),
      desired: rows.map((tension) => answer(tension.tension, 'desired')),
    });
  }
  // Lanes sit around the row's middle; the dots take the bands above (now) and below (should).
  // The row grows with its lanes (the element sizes its box by rowScale), so spacing is planned in
  // pixels of a default row and turned into fractions of this row: the dot bands keep their
  // height however many lanes (they were squeezed to a 7 px smear of dots with a lane per role).
  const rowScale = lanesScale(lanes.length);
  const rowPx = ROW_PX * rowScale;
  const half = ((lanes.length - 1) * LANE_GAP_PX) / 2 / rowPx;
  const inner = half + DOT_MARGIN_PX / rowPx;
  const outer = inner + DOT_BAND_PX / rowPx;
  buffers.current = grown(buffers.current, rows, 'current');
  buffers.desired = grown(buffers.desired, rows, 'desired');
  return {
    lanes: lanes.map((lane, i) => ({
      ...lane,
      offset: lanes.length === 1 ? 0 : -half + (2 * half * i) / (lanes.length - 1),
    })),
    dots: {
      current: dotPositions(rows, 'current', -outer, -inner, buffers.current),
      desired: dotPositions(rows, 'desired', inner, outer, buffers.desired),
    },
    rowScale,
  };
}

/** Two numbers per answer on `key` across the rows. */
function dotCount(rows: readonly TensionSummary[], key: 'current' | 'desired'): number {
  let total = 0;
  for (const tension of rows) for (const count of tension.distribution[key]) total += count;
  return total * 2;
}

function grown(
  buffer: Float32Array,
  rows: readonly TensionSummary[],
  key: 'current' | 'desired',
): Float32Array {
  const needed = dotCount(rows, key);
  return buffer.length < needed ? new Float32Array(needed) : buffer;
}

/**
 * Every answer as a dot, in a band from `top` to `bottom` (in rows, from the row's middle): per
 * row and position, the count from the aggregate's distribution, in columns of up to
 * DOTS_PER_COLUMN across DOT_WIDTH. Listed line by line (left to right along each horizontal line
 * of dots), the order the drawing merges them in. Written into `buffer` (large enough: see
 * `grown`); returns the view of it that holds the dots.
 */
export function dotPositions(
  rows: readonly TensionSummary[],
  key: 'current' | 'desired',
  top: number,
  bottom: number,
  buffer: Float32Array = new Float32Array(dotCount(rows, key)),
): Float32Array {
  const out = buffer.subarray(0, dotCount(rows, key));
  let next = 0;
  rows.forEach((tension, row) => {
    tension.distribution[key].forEach((count, index) => {
      const columns = Math.ceil(count / DOTS_PER_COLUMN);
      const perColumn = Math.min(count, DOTS_PER_COLUMN);
      for (let line = 0; line < perColumn; line++) {
        const y = top + ((bottom - top) * (line + 0.5)) / perColumn;
        // Dot i sits in column floor(i / perColumn), line i % perColumn: the last column may
        // be short, so this line has a dot in every column only while i < count.
        for (let column = 0; column * perColumn + line < count; column++) {
          const x = columns === 1 ? 0 : -DOT_WIDTH / 2 + (DOT_WIDTH * column) / (columns - 1);
          out[next++] = index + 1 + x;
          out[next++] = row + y;
        }
      }
    });
  });
  return out;
}

/** A marker's place: x on the scale, y in rows. */
export interface MarkerPoint {
  x: number;
  y: number;
}

/**
 * A lane's markers on the rows where it has both answers, and the rotation of each "should be"
 * arrowhead (degrees), which points the way the lane wants to move.
 */
export function lanePoints(lane: Lane): {
  current: MarkerPoint[];
  desired: MarkerPoint[];
  rotation: number[];
} {
  const points = (key: 'current' | 'desired') =>
    lane[key].flatMap((x, row) =>
      x === null || lane.current[row] === null || lane.desired[row] === null
        ? []
        : [{ x, y: row + lane.offset }],
    );
  const current = points('current');
  const desired = points('desired');
  const rotation = desired.map((point, i) => (point.x < current[i]!.x ? -90 : 90));
  return { current, desired, rotation };
}

/** An axis's range and the values that carry a tick. */
export interface AxisRange {
  min: number;
  max: number;
  ticks: number[];
}

/** The scale axis: a tick at every position, half a point of room past each pole. */
export function positionAxis(points: number): AxisRange {
  return {
    min: 0.5,
    max: points + 0.5,
    ticks: Array.from({ length: points }, (_, i) => i + 1),
  };
}

/** The row axis (drawn top to bottom): row i is centred on i and is one unit tall. */
export function rowAxis(rows: number): AxisRange {
  return {
    min: -0.5,
    max: Math.max(0.5, rows - 0.5),
    ticks: Array.from({ length: rows }, (_, i) => i),
  };
}

/** The row that a value on the row axis falls in, or -1 outside every row. */
export function rowAt(value: number | null | undefined, rows: number): number {
  const row = Math.round(value ?? -1);
  return row >= 0 && row < rows ? row : -1;
}

/** One rectangle of a dot's shape, in whole pixels from its centre: dx, dy, width, height. */
export type DotRect = readonly [number, number, number, number];
/** A round dot about 6 px across: a plus of two rectangles, corners cut. */
export const ROUND_DOT: readonly DotRect[] = [
  [-2, -3, 4, 6],
  [-3, -2, 6, 4],
];
/** A triangle pointing up, 6 px wide and high, in three steps. */
export const TRIANGLE_DOT: readonly DotRect[] = [
  [-1, -3, 2, 2],
  [-2, -1, 4, 2],
  [-3, 1, 6, 2],
];

/**
 * The rectangles that paint every dot in `shape`, given the dots' centres in whole pixels
 * (`pixels` holds x and y in turn; its first `length` numbers are used). The dots come along
 * horizontal lines, so a rectangle that touches or overlaps the previous dot's same rectangle only
 * widens it: the union is the same pixels, in a few hundred rectangles instead of tens of
 * thousands. `rect` receives each one (left, top, width, height).
 */
export function dotRects(
  pixels: ArrayLike<number>,
  length: number,
  shape: readonly DotRect[],
  rect: (left: number, top: number, width: number, height: number) => void,
): void {
  for (const [dx, dy, width, height] of shape) {
    let start = 0;
    let end = -Infinity;
    let line = NaN;
    for (let i = 0; i <= length; i += 2) {
      const px = i < length ? pixels[i]! : 0;
      const py = i < length ? pixels[i + 1]! : NaN;
      if (py === line && px + dx >= start && px + dx <= end) {
        end = Math.max(end, px + dx + width);
        continue;
      }
      if (end > start) rect(start, line + dy, end - start, height);
      start = px + dx;
      end = start + width;
      line = py;
    }
  }
}

/**
 * Breaks an axis label into lines no wider than `maxWidth` (widths as `measure` gives them): at
 * spaces, and inside a word too long for a line of its own, with a hyphen, so that at 320 px no
 * tension or pole name is cut. Words joined by a no-break space (an arrow and its pole) stay
 * together, unless parting them there saves a hyphen ("←" above "Centralized", not
 * "← Centralize-" above "d").
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  measure: (text: string) => number,
): string[] {
  const lines: string[] = [];
  const words = text
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => {
      const parts = word.split('\u00a0');
      // Parted only when that saves a hyphen: never more lines than kept together.
      const part = measure(word) > maxWidth && parts.every((one) => measure(one) <= maxWidth);
      return part ? parts : [word];
    });
  for (const word of words) {
    const last = lines.length - 1;
    const joined = `${lines[last]} ${word}`;
    if (last >= 0 && measure(joined) <= maxWidth) {
      lines[last] = joined;
      continue;
    }
    let rest = word;
    while (rest.length > 1 && measure(rest) > maxWidth) {
      let cut = rest.length - 1;
      while (cut > 1 && measure(`${rest.slice(0, cut)}-`) > maxWidth) cut--;
      lines.push(`${rest.slice(0, cut)}-`);
      rest = rest.slice(cut);
    }
    lines.push(rest);
  }
  return lines;
}
