import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aggregate } from '../../../../src/core/aggregate/index.js';
import type { SurveyResponse } from '../../../../src/core/schema.js';
import {
  DOTS_PER_COLUMN,
  DOT_BAND_PX,
  DOT_MARGIN_PX,
  DOT_WIDTH,
  LANE_GAP_PX,
  ROUND_DOT,
  ROW_PX,
  TRIANGLE_DOT,
  dotPositions,
  dotRects,
  lanePoints,
  lanesScale,
  layoutGapChart,
  positionAxis,
  rowAt,
  rowAxis,
} from '../../../../src/components/gap-chart/gap-chart.layout.js';
import type {
  DotRect,
  Lane,
  LayoutInput,
} from '../../../../src/components/gap-chart/gap-chart.layout.js';

let serial = 0;
function response(role: string, tensions: Record<string, [number, number]>): SurveyResponse {
  serial++;
  return {
    version: 1,
    id: `r${serial}`,
    survey: 'tensions',
    role,
    submittedAt: new Date(Date.UTC(2026, 2, 1, 9, serial % 60)).toISOString(),
    locale: 'en',
    tensions: Object.fromEntries(
      Object.entries(tensions).map(([id, [current, desired]]) => [id, { current, desired }]),
    ),
  };
}

const labels = { baseline: 'Baseline', team: 'Whole team', you: 'You', otherRoles: 'Other roles' };

/** Three teachers and three principals on two tensions; a counselor alone. */
function team(): SurveyResponse[] {
  return [
    ...[1, 2, 3].map(() => response('Teacher', { pace: [7, 2], flexibility: [3, 5] })),
    ...[1, 2, 3].map(() => response('Principal', { pace: [3, 2], flexibility: [4, 4] })),
    response('Counselor', { pace: [5, 5], flexibility: [2, 6] }),
  ];
}

function input(overrides: Partial<LayoutInput> = {}): LayoutInput {
  return { aggregate: aggregate(team()), own: null, groupByRole: false, labels, ...overrides };
}

describe('layoutGapChart: lanes', () => {
  it('draws the team alone in the middle of each row', () => {
    const { lanes, rowScale } = layoutGapChart(input());
    expect(lanes.map(({ kind, label, offset }) => ({ kind, label, offset }))).toEqual([
      { kind: 'team', label: 'Whole team', offset: 0 },
    ]);
    expect(rowScale).toBe(1);
    // Rows in catalog order: pace, then flexibility.
    expect(lanes[0]!.current).toEqual([5, 3.2857142857142856]);
    expect(lanes[0]!.desired[0]).toBeCloseTo(17 / 7);
  });

  it('orders baseline, team, shown roles, other roles, then the respondent, spaced evenly around the middle', () => {
    const own = response('Teacher', { pace: [1, 7] });
    const { lanes, rowScale } = layoutGapChart(
      input({
        aggregate: aggregate(team(), { baseline: team() }),
        own,
        groupByRole: true,
      }),
    );
    expect(lanes.map((lane) => [lane.kind, lane.label, lane.roleIndex])).toEqual([
      ['baseline', 'Baseline', -1],
      ['team', 'Whole team', -1],
      // The Counselor (1) is hidden, so the Principals (3) are too: "Other roles" holds all four.
      ['role', 'Teacher', 0],
      ['role', 'Other roles', 1],
      ['own', 'You', -1],
    ]);
    expect(rowScale).toBeCloseTo(lanesScale(5));
    const offsets = lanes.map((lane) => lane.offset);
    const step = LANE_GAP_PX / (ROW_PX * rowScale);
    offsets.forEach((offset, i) => expect(offset).toBeCloseTo((i - 2) * step));
    // The respondent's own answers, with null where they gave none.
    expect(lanes[4]!.current).toEqual([1, null]);
    expect(lanes[2]!.current).toEqual([7, 3]);
    expect(lanes[3]!.current).toEqual([3.5, 3.5]);
  });

  it('keeps the dot bands the same height in pixels however many lanes', () => {
    for (const groupByRole of [false, true]) {
      const { dots, rowScale } = layoutGapChart(input({ groupByRole }));
      const rowPx = ROW_PX * rowScale;
      // The first row's "where we are" dots: above its middle, so below 0.
      const ys = [...dots.current].filter((y, i) => i % 2 === 1 && y < 0);
      const band = (Math.max(...ys) - Math.min(...ys)) * rowPx;
      // The band's outer dots sit half a dot-step in from its edges.
      expect(band).toBeLessThanOrEqual(DOT_BAND_PX);
      expect(band).toBeGreaterThan(DOT_BAND_PX / 2);
    }
  });

  it('grows a row by 28% of a default row per lane beyond the first', () => {
    expect(lanesScale(1)).toBe(1);
    expect(lanesScale(2)).toBeCloseTo(1.28);
    expect(lanesScale(6)).toBeCloseTo(2.4);
  });
});

describe('layoutGapChart: dots', () => {
  it('places every answer once, above the lanes for now and below for should be', () => {
    const { dots, lanes } = layoutGapChart(input());
    expect(dots.current.length).toBe(7 * 2 * 2);
    expect(dots.desired.length).toBe(7 * 2 * 2);
    const inner = DOT_MARGIN_PX / ROW_PX;
    for (let i = 0; i < dots.current.length; i += 2) {
      const row = Math.round(dots.current[i + 1]!);
      expect(dots.current[i + 1]! - row).toBeLessThan(lanes[0]!.offset - inner + 1e-6);
      expect(dots.desired[i + 1]! - Math.round(dots.desired[i + 1]!)).toBeGreaterThan(0);
    }
  });

  it('stacks up to four dots per column, columns spread across DOT_WIDTH', () => {
    // Seven at one position: a column of four and one of three.
    const seven = Array.from({ length: 7 }, () => response('Teacher', { pace: [2, 2] }));
    const rows = aggregate(seven).tensions;
    const out = dotPositions(rows, 'current', -0.5, -0.2);
    const xs = [...out].filter((_, i) => i % 2 === 0);
    const ys = [...out].filter((_, i) => i % 2 === 1);
    expect(new Set(xs.map((x) => x.toFixed(4)))).toEqual(
      new Set([(2 - DOT_WIDTH / 2).toFixed(4), (2 + DOT_WIDTH / 2).toFixed(4)]),
    );
    expect(new Set(ys.map((y) => y.toFixed(4))).size).toBe(DOTS_PER_COLUMN);
    // Listed line by line: the y never goes back up within a row.
    for (let i = 1; i < ys.length; i++) expect(ys[i]!).toBeGreaterThanOrEqual(ys[i - 1]! - 1e-6);
  });

  it('reuses its buffers from call to call, growing them only when needed', () => {
    const buffers = { current: new Float32Array(0), desired: new Float32Array(0) };
    const first = layoutGapChart(input(), buffers);
    const storage = buffers.current;
    expect(first.dots.current.buffer).toBe(storage.buffer);
    const smaller = layoutGapChart(input({ aggregate: aggregate(team().slice(0, 3)) }), buffers);
    expect(buffers.current).toBe(storage);
    expect(smaller.dots.current.length).toBe(3 * 2 * 2);
  });
});

describe('lanePoints', () => {
  const lane: Lane = {
    kind: 'team',
    label: 'Whole team',
    roleIndex: -1,
    offset: 0.1,
    current: [5, null, 2],
    desired: [2, 4, 6],
  };

  it('draws a row only where the lane has both answers, the arrow pointing the way to move', () => {
    expect(lanePoints(lane)).toEqual({
      current: [
        { x: 5, y: 0.1 },
        { x: 2, y: 2.1 },
      ],
      desired: [
        { x: 2, y: 0.1 },
        { x: 6, y: 2.1 },
      ],
      rotation: [-90, 90],
    });
  });
});

describe('axes', () => {
  it('leaves half a point past each pole and ticks every position', () => {
    expect(positionAxis(7)).toEqual({ min: 0.5, max: 7.5, ticks: [1, 2, 3, 4, 5, 6, 7] });
  });

  it('centres row i on i, and keeps a row of room with no rows', () => {
    expect(rowAxis(3)).toEqual({ min: -0.5, max: 2.5, ticks: [0, 1, 2] });
    expect(rowAxis(0)).toEqual({ min: -0.5, max: 0.5, ticks: [] });
  });

  it('finds the row under a value, or -1 outside', () => {
    expect(rowAt(0.49, 3)).toBe(0);
    expect(rowAt(1.5, 3)).toBe(2);
    expect(rowAt(2.6, 3)).toBe(-1);
    expect(rowAt(-0.6, 3)).toBe(-1);
    expect(rowAt(null, 3)).toBe(-1);
  });
});

describe('dotRects', () => {
  /** The pixels a list of rectangles covers. */
  const cover = (rects: number[][]) => {
    const set = new Set<string>();
    for (const [left, top, width, height] of rects)
      for (let x = left!; x < left! + width!; x++)
        for (let y = top!; y < top! + height!; y++) set.add(`${x},${y}`);
    return set;
  };
  const paint = (pixels: number[], shape: readonly DotRect[]) => {
    const rects: number[][] = [];
    dotRects(pixels, pixels.length, shape, (...rect) => rects.push(rect));
    return rects;
  };

  it('merges the touching dots of a line into one rectangle per part of the shape', () => {
    expect(paint([10, 20, 13, 20, 16, 20], ROUND_DOT)).toEqual([
      [8, 17, 10, 6],
      [7, 18, 12, 4],
    ]);
  });

  it('paints exactly the pixels of every dot drawn alone (property)', () => {
    const dot = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 30 }), fc.boolean(), (dots, round) => {
        // Dots come line by line, left to right, as dotPositions lists them.
        const sorted = [...dots].sort(([ax, ay], [bx, by]) => ay - by || ax - bx);
        const pixels = sorted.flatMap(([x, line]) => [x, line * 10]);
        const shape = round ? ROUND_DOT : TRIANGLE_DOT;
        const alone = sorted.flatMap(([x, line]) => paint([x, line * 10], shape));
        expect(cover(paint(pixels, shape))).toEqual(cover(alone));
      }),
    );
  });
});
