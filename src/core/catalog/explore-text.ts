/**
 * The shape of the "explore both sides" text per tension: the signs that a district leans too far
 * toward each pole, and strategies districts used to chart a path between them. What each pole
 * gains is the tensions' own benefits (./tensions-en.ts). Plain types: the language files import
 * only this.
 */
import type { TensionId } from '../ids.js';

/** [name, what the district did or could do] */
export type StrategyText = readonly [string, string];

export interface OneTensionExplore {
  /** Signs of leaning too far toward each pole. */
  readonly tooFar: { readonly left: readonly string[]; readonly right: readonly string[] };
  /** Two or three ways to chart a path between the poles. */
  readonly strategies: readonly StrategyText[];
}

export type ExploreText = Readonly<Record<TensionId, OneTensionExplore>>;

/** The headings the elements put over the explore text; they load with it. */
export interface ExploreWords {
  /** Over the signs of leaning too far toward a pole: `{pole}` is its label. */
  readonly tooFar: string;
  /** Over the strategies. */
  readonly strategies: string;
}

/** One language's explore text and headings, as a language file exports them. */
export interface ExploreLanguage {
  readonly text: ExploreText;
  readonly words: ExploreWords;
}

/** One tension's explore text, as the elements read it. */
export interface TensionExplore {
  readonly tooFar: { readonly left: readonly string[]; readonly right: readonly string[] };
  readonly strategies: readonly { readonly name: string; readonly text: string }[];
}

/** The explore text of one tension in the shape the elements read. */
export function exploreOf(text: ExploreText, id: string): TensionExplore | undefined {
  if (!Object.hasOwn(text, id)) return undefined;
  const entry = text[id as TensionId];
  return {
    tooFar: entry.tooFar,
    strategies: entry.strategies.map(([name, body]) => ({ name, text: body })),
  };
}
