/**
 * Keyboard navigation of `<gap-chart>`, with no DOM: up and down arrows move from tension to
 * tension (Home and End to the first and last), left and right arrows through the lanes of the
 * selected tension (baseline, team, each role group, the followed respondent), as Highcharts'
 * accessibility module moves between points and series. And what a lane says when it is reached.
 * Tested in Node (test/unit/gap-chart-navigate).
 */
import type { Aggregate } from '../../core/aggregate/index.js';
import type { LaneFigures } from '../../core/summary.js';
import type { Lane } from './gap-chart.layout.js';

/** The selected tension (row) and lane (an index into the layout's lanes); row -1: none yet. */
export interface ChartFocus {
  row: number;
  lane: number;
}

/** The team's lane: where a tension is entered. */
export function teamLane(lanes: readonly Lane[]): number {
  return Math.max(
    0,
    lanes.findIndex((lane) => lane.kind === 'team'),
  );
}

/** Where a key moves the focus, or null for a key the chart does not use. */
export function moveFocus(
  key: string,
  { row, lane }: ChartFocus,
  rows: number,
  lanes: readonly Lane[],
): ChartFocus | null {
  if (!rows) return null;
  const clamp = (value: number, count: number) => Math.min(count - 1, Math.max(0, value));
  const enter = (next: number) => ({ row: clamp(next, rows), lane: teamLane(lanes) });
  switch (key) {
    case 'ArrowDown':
      return enter(row + 1);
    case 'ArrowUp':
      return enter(row < 0 ? rows - 1 : row - 1);
    case 'Home':
      return enter(0);
    case 'End':
      return enter(rows - 1);
    case 'ArrowRight':
    case 'ArrowLeft':
      if (row < 0) return enter(0);
      return { row, lane: clamp(lane + (key === 'ArrowRight' ? 1 : -1), lanes.length) };
    default:
      return null;
  }
}

/**
 * A lane's figures on one tension: its markers' values and how many answered in it, named as the
 * announcement says it (`baseline`: the baseline's name without the legend's drawing notes).
 */
export function laneFigures(
  figures: Aggregate,
  lane: Lane,
  row: number,
  baseline: string,
): LaneFigures {
  const tension = figures.tensions[row];
  let n: number | null = null;
  if (lane.kind === 'team') n = tension?.current.n ?? 0;
  else if (lane.kind === 'baseline') n = tension?.baseline?.current.n ?? 0;
  else if (lane.kind === 'role') {
    // The lane after the shown groups is "Other roles" (see layoutGapChart).
    const shown = figures.roles.filter((group) => group.shown).length;
    const group = lane.roleIndex >= shown ? tension?.otherRoles : tension?.byRole[lane.label];
    n = group?.current.n ?? 0;
  }
  return {
    label: lane.kind === 'baseline' ? baseline : lane.label,
    current: lane.current[row] ?? null,
    desired: lane.desired[row] ?? null,
    n,
  };
}
