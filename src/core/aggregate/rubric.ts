/** The rubric's stage distribution per dimension, read from the accumulated counts. Pure. */
import { STAGE_IDS } from '../ids.js';
import type { StageId } from '../ids.js';
import type { Accumulated, RubricAcc } from './accumulate.js';
import { compareText } from './options.js';
import type { RubricBaseline, RubricSummary, StageCounts } from './types.js';

export function stageCounts(values: readonly number[]): StageCounts {
  return {
    exploring: values[0] ?? 0,
    emerging: values[1] ?? 0,
    proficient: values[2] ?? 0,
    breakthrough: values[3] ?? 0,
  };
}

function stageShares(values: readonly number[], n: number): StageCounts {
  return stageCounts(values.map((v) => (n > 0 ? v / n : 0)));
}

function stageMedian(values: readonly number[], n: number): StageId | null {
  if (n === 0) return null;
  const rank = (n - 1) >> 1;
  let seen = 0;
  for (let i = 0; i < STAGE_IDS.length; i++) {
    seen += values[i] ?? 0;
    if (seen > rank) return STAGE_IDS[i]!;
  }
  return null;
}

function stageMode(values: readonly number[], n: number): StageId | null {
  if (n === 0) return null;
  let best = 0;
  for (let i = 1; i < STAGE_IDS.length; i++) if ((values[i] ?? 0) > (values[best] ?? 0)) best = i;
  return STAGE_IDS[best]!;
}

export function rubricDistribution(acc: RubricAcc | undefined): RubricBaseline {
  const counts = acc?.counts ?? [0, 0, 0, 0];
  const n = counts.reduce((a, b) => a + b, 0);
  return {
    n,
    counts: stageCounts(counts),
    shares: stageShares(counts, n),
    median: stageMedian(counts, n),
    mode: stageMode(counts, n),
  };
}

/**
 * Every rubric dimension's distribution, target counts and baseline: the requested dimensions in
 * their order, else every dimension rated now or in the baseline, sorted by id.
 */
export function summarizeRubric(
  now: Accumulated,
  before: Accumulated | null,
  requestedDimensions: readonly string[] | null,
): RubricSummary[] {
  let dimensionOrder: readonly string[];
  if (requestedDimensions) {
    dimensionOrder = requestedDimensions;
  } else {
    const present = new Set<string>(now.rubric.keys());
    if (before) for (const id of before.rubric.keys()) present.add(id);
    dimensionOrder = [...present].sort(compareText);
  }
  return dimensionOrder.map((dimension) => {
    const acc = now.rubric.get(dimension);
    const base = rubricDistribution(acc);
    const targets = acc?.targets ?? [0, 0, 0, 0];
    return {
      dimension,
      ...base,
      targetN: targets.reduce((a, b) => a + b, 0),
      targetCounts: stageCounts(targets),
      baseline: before ? rubricDistribution(before.rubric.get(dimension)) : null,
    };
  });
}
