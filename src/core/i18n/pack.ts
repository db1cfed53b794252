/**
 * The shape of a locale pack: every word the library shows, in one language, as one JSON object
 * (dist/locales/en.json is the template a translator fills). Types only, a leaf module: the
 * registry, the checker and the elements all name it without importing each other.
 */

/** Words by key; `{name}` marks a value the element fills in. */
export type PackWords = Readonly<Record<string, string>>;

export interface PackPole {
  readonly label?: string;
  readonly benefits?: readonly string[];
}

export interface PackTension {
  readonly name?: string;
  readonly question?: string;
  readonly left?: PackPole;
  readonly right?: PackPole;
}

export interface PackRubric {
  readonly title?: string;
  /** Group titles by group id. */
  readonly groups?: Readonly<Record<string, { readonly title?: string }>>;
  /** Dimension title and one descriptor per stage id, by dimension id. */
  readonly dimensions?: Readonly<
    Record<string, { readonly title?: string; readonly descriptors?: PackWords }>
  >;
}

/**
 * The sections of a pack holding an element's interface words, named after the element (with the
 * words of what it shows from core: `<tension-plan>`'s statement, `<team-results>`'s check-back
 * against a plan); `embed` holds the words of the embed page (dist/embed.html).
 */
export const WORD_SECTIONS = [
  'tension-slider',
  'positions',
  'tension-survey',
  'stage-rubric',
  'gap-chart',
  'team-results',
  'tension-plan',
  'embed',
] as const;
export type WordSection = (typeof WORD_SECTIONS)[number];

/**
 * One language. Every section is optional to the checker: what a pack leaves out is shown in
 * English (marked `lang="en"`) and named in one console warning.
 */
export type LocalePack = {
  /** The BCP 47 tag the pack is for ("fr", "pt-BR"); elements pick it by their nearest `lang`. */
  readonly lang: string;
  /** The tensions by id: name, question, and each pole's label and benefits. */
  readonly tensions?: Readonly<Record<string, PackTension>>;
  /** The stages by id: label and summary. */
  readonly stages?: Readonly<
    Record<string, { readonly label?: string; readonly summary?: string }>
  >;
  /** The built-in district rubric. */
  readonly rubric?: PackRubric;
  /** Discussion prompts for a facilitator, by tension id. */
  readonly prompts?: Readonly<Record<string, readonly string[]>>;
  /**
   * Explore both sides: the headings (`tooFar`, `strategies`) and, by tension id, the signs of
   * leaning too far toward each pole and the strategies as [name, text] pairs.
   */
  readonly explore?: PackExplore;
} & { readonly [S in WordSection]?: PackWords };

/** The explore text in a pack, in the shape of core/catalog/explore-text.ts `ExploreLanguage`. */
export interface PackExplore {
  readonly words?: { readonly tooFar?: string; readonly strategies?: string };
  readonly text?: Readonly<
    Record<
      string,
      {
        readonly tooFar?: { readonly left?: readonly string[]; readonly right?: readonly string[] };
        readonly strategies?: readonly (readonly string[])[];
      }
    >
  >;
}
