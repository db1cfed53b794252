/**
 * The slider as values, without DOM: which tension it shows, checking positions the page gave
 * against the scale, the restore state the form keeps, and where a key press moves a marker.
 */
import { isPosition } from '../../core/plain-checks.js';
import { TENSION_IDS, isTensionId } from '../../core/ids.js';
import type { InputProblem, Tension } from '../../core/schema.js';

/** A marker's state: a position, `null` while unanswered, or 0 when the respondent chose Unsure. */
export type Mark = number | null;
export const MARKERS = ['current', 'desired'] as const;
export type Marker = (typeof MARKERS)[number];

/**
 * Takes the positions the page set (by marker index) against a scale of `points`, whatever order
 * `points` and the positions arrived in. A bad position keeps the marker as it was and comes back
 * as a problem (the latest set first); a position past the end of a scale made shorter is dropped
 * without one.
 */
export function reconcileMarks(
  marks: readonly Mark[],
  given: ReadonlyMap<number, unknown>,
  points: number,
): { marks: Mark[]; problems: InputProblem[] } {
  const next = [...marks];
  const problems: InputProblem[] = [];
  // In the order set (the caller re-inserts a position set again), so the latest comes first.
  for (const [index, value] of given) {
    if (isPosition(value) && (value === null || (value as number) <= points))
      next[index] = value as Mark;
    else
      problems.unshift({
        path: MARKERS[index]!,
        message: `Use a whole number from 1 to ${points}, or null; got ${shown(value)}.`,
      });
  }
  return { marks: next.map((mark) => (mark && mark > points ? null : mark)), problems };
}

/** A value the page gave, as text for a message; an object without a prototype has no toString. */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** The state the form keeps for back navigation, Unsure apart from unanswered: "3,u" or ",". */
export function marksState(marks: readonly Mark[]): string {
  return marks.map((mark) => (mark === 0 ? 'u' : mark ? String(mark) : '')).join();
}

/** Reads a state `marksState` wrote; anything else comes back unanswered. */
export function parseMarksState(state: string): Mark[] {
  const parts = state.split(',');
  return MARKERS.map((_, index) => {
    const part = parts[index] ?? '';
    const value = part === 'u' ? 0 : Number(part);
    // Checked against the scale in willUpdate: the scale may not have arrived yet.
    return part && Number.isInteger(value) && value >= 0 ? value : null;
  });
}

/** Where a key moves a marker on a scale of `points`, or undefined for a key the slider ignores. */
export function keyTarget(
  key: string,
  mark: Mark,
  points: number,
  rightToLeft: boolean,
): number | undefined {
  const step = Math.ceil(points / 4);
  const flip = rightToLeft ? -1 : 1;
  const delta: Record<string, number> = {
    ArrowRight: flip,
    ArrowLeft: -flip,
    ArrowUp: 1,
    ArrowDown: -1,
    PageUp: step,
    PageDown: -step,
  };
  let value: number;
  if (key === 'Home') value = 1;
  else if (key === 'End') value = points;
  // The first arrow places an unanswered marker in the middle.
  else if (key in delta) value = mark ? mark + delta[key]! : Math.ceil(points / 2);
  else return undefined;
  return Math.min(points, Math.max(1, value));
}

/** The attributes that choose a slider's tension. */
export interface TensionAttributes {
  tension: string;
  label: string;
  leftLabel: string;
  rightLabel: string;
  /** A custom tension's whole text (a survey definition's); wins over the attributes. */
  customTension?: Tension | null;
}

/**
 * The tension to show: a custom one given whole (`customTension`), a built-in one by id (from
 * `builtIn`, the language's tensions, undefined while they load), or a custom one from `label`,
 * `left-label` and `right-label`.
 */
export function resolveTension(
  { tension: id, label, leftLabel, rightLabel, customTension }: TensionAttributes,
  builtIn: readonly Tension[] | undefined,
): { tension: Tension | undefined; problems: InputProblem[] } {
  if (customTension) return { tension: customTension, problems: [] };
  if (isTensionId(id))
    return { tension: builtIn?.find((tension) => tension.id === id), problems: [] };
  if (!label) {
    const message = `${id ? `"${id}" is not a built-in tension` : 'No tension is set'}; use one of ${TENSION_IDS.join(', ')}, or set label, left-label and right-label.`;
    return { tension: undefined, problems: [{ path: 'tension', message }] };
  }
  const pole = (poleLabel: string) => ({ label: poleLabel, benefits: [] });
  const tension = {
    id: id || 'custom',
    name: '',
    question: label,
    left: pole(leftLabel),
    right: pole(rightLabel),
  };
  const problems =
    leftLabel && rightLabel
      ? []
      : [
          {
            path: leftLabel ? 'right-label' : 'left-label',
            message: 'A custom tension needs both left-label and right-label.',
          },
        ];
  return { tension, problems };
}
