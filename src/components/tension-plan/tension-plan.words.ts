/**
 * `<tension-plan>`'s text in the page's language: its own words and its statement's, the tensions'
 * names and poles and the position words, each from the built-in language with the page's locale
 * pack on top (its `tension-plan` section holds the statement's words too), then `strings`.
 */
import type { RespondentText } from '../../core/catalog/on-demand.js';
import { withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SliderKey } from '../../core/i18n/keys.js';
import type { LocalePack } from '../../core/i18n/pack.js';
import { planStatementStrings } from '../../core/i18n/plan-statement.js';
import type { PlanStatementKey } from '../../core/i18n/plan-statement.js';
import { tensionPlanStrings } from '../../core/i18n/tension-plan.js';
import type { TensionPlanKey } from '../../core/i18n/tension-plan.js';
import type { Tension } from '../../core/schema.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import { sliderWords } from '../../internal/pack-text.js';
import { stringsOrNull } from '../../internal/strings-attribute.js';

/** Keys `strings` may override: the element's words and its statement's. */
export type PlanWordKey = TensionPlanKey | PlanStatementKey;

export interface PlanText {
  words: Messages<TensionPlanKey>;
  statement: Messages<PlanStatementKey>;
  /** The tensions' names and poles; undefined while the language loads. */
  tensions?: readonly Tension[];
  /** The slider's words, for saying where an aim sits; undefined while the language loads. */
  slider?: Messages<SliderKey>;
  /** The page's pack's language tag, for the statement's dates and lists; none without a pack. */
  lang?: string;
}

const section = (pack: LocalePack) => pack['tension-plan'];

/**
 * The text for one render. `packs` has read the host's language (`packs.read()`), `catalog` is the
 * built-in text in it (or undefined while it loads), `strings` the element's overrides.
 */
export function planText(
  packs: Pick<LocalePacks, 'in' | 'locale' | 'pack'>,
  catalog: RespondentText | undefined,
  strings: unknown,
): PlanText {
  const overrides = stringsOrNull(strings);
  return {
    words: withOverrides(packs.in(tensionPlanStrings[packs.locale], section), overrides),
    statement: withOverrides(packs.in(planStatementStrings[packs.locale], section), overrides),
    tensions: catalog && packs.in(catalog.tensions, (pack) => pack.tensions),
    slider: catalog && packs.in(catalog.slider, sliderWords),
    lang: packs.pack?.lang,
  };
}
