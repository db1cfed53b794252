/**
 * The single pass over the responses: per-point counters for every tension (team and role
 * groups) and per-stage counters for every rubric dimension. Every statistic is read from these.
 */
import { stageIndex } from '../ids.js';
import type { SurveyResponse } from '../schema.js';

export interface RoleAcc {
  n: number;
  current: Uint32Array;
  desired: Uint32Array;
}

export interface TensionAcc {
  n: number;
  /** Indexed by position (index 0 unused). */
  current: Uint32Array;
  desired: Uint32Array;
  unsureCurrent: number;
  unsureDesired: number;
  ignored: number;
  /** Indexed by desired - current + (points - 1). */
  gaps: Uint32Array;
  absGapSum: number;
  /** Indexed by role index; only when roles are tracked. */
  roles: (RoleAcc | undefined)[];
}

export interface RubricAcc {
  counts: number[];
  targets: number[];
}

export interface Accumulated {
  tensions: Map<string, TensionAcc>;
  rubric: Map<string, RubricAcc>;
  roleNames: string[];
  roleSizes: number[];
  withoutRole: number;
}

const UNSURE = -1;
const IGNORED = -2;

export function newTensionAcc(points: number): TensionAcc {
  return {
    n: 0,
    current: new Uint32Array(points + 1),
    desired: new Uint32Array(points + 1),
    unsureCurrent: 0,
    unsureDesired: 0,
    ignored: 0,
    gaps: new Uint32Array(2 * points - 1),
    absGapSum: 0,
    roles: [],
  };
}

function classify(value: unknown, points: number): number {
  if (value === null || value === undefined) return UNSURE;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= points) {
    return value;
  }
  return IGNORED;
}

export function accumulate(
  responses: readonly SurveyResponse[],
  points: number,
  only: Map<string, TensionAcc> | null,
  onlyDimensions: Set<string> | null,
  trackRoles: boolean,
): Accumulated {
  const tensions = only ?? new Map<string, TensionAcc>();
  const rubric = new Map<string, RubricAcc>();
  const roleIndex = new Map<string, number>();
  const roleNames: string[] = [];
  const roleSizes: number[] = [];
  let withoutRole = 0;
  const offset = points - 1;

  for (const response of responses) {
    if (response === null || typeof response !== 'object') continue;

    let r = -1;
    if (trackRoles) {
      const role = response.role;
      if (typeof role === 'string' && role !== '') {
        const known = roleIndex.get(role);
        if (known === undefined) {
          r = roleNames.length;
          roleIndex.set(role, r);
          roleNames.push(role);
          roleSizes.push(1);
        } else {
          r = known;
          roleSizes[r]!++;
        }
      } else {
        withoutRole++;
      }
    }

    const answers = response.tensions;
    if (answers !== null && typeof answers === 'object') {
      for (const id of Object.keys(answers)) {
        const answer = answers[id];
        if (answer === null || typeof answer !== 'object') continue;
        let acc = tensions.get(id);
        if (acc === undefined) {
          if (only !== null) continue;
          acc = newTensionAcc(points);
          tensions.set(id, acc);
        }
        acc.n++;
        const c = classify(answer.current, points);
        const d = classify(answer.desired, points);
        if (c > 0) acc.current[c]!++;
        else if (c === UNSURE) acc.unsureCurrent++;
        else acc.ignored++;
        if (d > 0) acc.desired[d]!++;
        else if (d === UNSURE) acc.unsureDesired++;
        else acc.ignored++;
        if (c > 0 && d > 0) {
          acc.gaps[d - c + offset]!++;
          acc.absGapSum += d > c ? d - c : c - d;
        }
        if (r >= 0) {
          let ra = acc.roles[r];
          if (ra === undefined) {
            ra = {
              n: 0,
              current: new Uint32Array(points + 1),
              desired: new Uint32Array(points + 1),
            };
            acc.roles[r] = ra;
          }
          ra.n++;
          if (c > 0) ra.current[c]!++;
          if (d > 0) ra.desired[d]!++;
        }
      }
    }

    const ratings = response.rubric;
    if (ratings !== null && typeof ratings === 'object') {
      for (const dimension of Object.keys(ratings)) {
        if (onlyDimensions !== null && !onlyDimensions.has(dimension)) continue;
        const rating = ratings[dimension];
        if (rating === null || typeof rating !== 'object') continue;
        const s = stageIndex(rating.stage);
        const t = stageIndex(rating.target);
        if (s < 0 && t < 0) continue;
        let acc = rubric.get(dimension);
        if (acc === undefined) {
          acc = { counts: [0, 0, 0, 0], targets: [0, 0, 0, 0] };
          rubric.set(dimension, acc);
        }
        if (s >= 0) acc.counts[s]!++;
        if (t >= 0) acc.targets[t]!++;
      }
    }
  }
  return { tensions, rubric, roleNames, roleSizes, withoutRole };
}
