/**
 * Which tensions a team should talk about, and why: the rules behind `<team-results>`'s
 * discussion prompts, as data (the element puts them into words).
 */
import type { Aggregate } from './aggregate/index.js';

/** A team gap (|desired - current| of the means) smaller than this is not worth a discussion. */
export const MIN_DISCUSSED_GAP = 0.5;
/** A difference between two roles' means smaller than this is not worth a discussion. */
export const MIN_DISCUSSED_ROLE_DIFFERENCE = 1;
/** How many of the largest gaps, and of the least aligned tensions, are considered. */
export const DISCUSSED_GAPS = 3;
/** How many of the widest role differences are considered. */
export const DISCUSSED_ROLE_DIFFERENCES = 2;

/** Why a tension is up for discussion. */
export type DiscussionReason =
  | {
      /** The team wants to move: its "should be" is far from its "are". */
      readonly kind: 'gap';
      /** desired.mean - current.mean. */
      readonly gap: number;
      /** |gap|. */
      readonly absGap: number;
      /** The pole the team wants to move toward. */
      readonly toward: 'left' | 'right';
    }
  | {
      /** The team is split on where it is. */
      readonly kind: 'split';
      /** The spread of its answers. */
      readonly spread: number;
    }
  | {
      /** Two roles see the tension differently. */
      readonly kind: 'roles';
      /** [role nearer the left pole, role nearer the right pole]. */
      readonly roles: readonly [string, string];
      /** Higher mean - lower mean. */
      readonly difference: number;
    };

/** A tension to discuss, with every reason, gaps first, then splits, then role differences. */
export interface DiscussionTopic {
  /** Tension id. */
  readonly tension: string;
  readonly reasons: readonly DiscussionReason[];
}

/**
 * The tensions to discuss, in the order they first qualify: the largest gaps of at least
 * {@link MIN_DISCUSSED_GAP} (of the top {@link DISCUSSED_GAPS}), then the least aligned tensions
 * that are split (of the top {@link DISCUSSED_GAPS}), then the widest role differences of at least
 * {@link MIN_DISCUSSED_ROLE_DIFFERENCE} (of the top {@link DISCUSSED_ROLE_DIFFERENCES}). A tension
 * that qualifies several ways is listed once with all its reasons. Empty when nothing qualifies.
 * The aggregate's ranked lists are read as they are, so one made with a `top` smaller than these
 * counts offers fewer candidates.
 */
export function discussionTopics(aggregate: Aggregate): DiscussionTopic[] {
  const reasons = new Map<string, DiscussionReason[]>();
  const add = (tension: string, reason: DiscussionReason) =>
    reasons.set(tension, [...(reasons.get(tension) ?? []), reason]);
  for (const { tension, gap, absGap } of aggregate.largestGaps.slice(0, DISCUSSED_GAPS)) {
    if (absGap < MIN_DISCUSSED_GAP) continue;
    add(tension, { kind: 'gap', gap, absGap, toward: gap < 0 ? 'left' : 'right' });
  }
  for (const { tension, alignment, spread } of aggregate.leastAligned.slice(0, DISCUSSED_GAPS)) {
    if (alignment === 'split') add(tension, { kind: 'split', spread });
  }
  for (const { tension, roles, difference } of aggregate.roleDifferences.slice(
    0,
    DISCUSSED_ROLE_DIFFERENCES,
  )) {
    if (difference < MIN_DISCUSSED_ROLE_DIFFERENCE) continue;
    add(tension, { kind: 'roles', roles, difference });
  }
  return [...reasons].map(([tension, list]) => ({ tension, reasons: list }));
}
