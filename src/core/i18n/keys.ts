/**
 * The message type and the keys of the words that load with the tensions' text. A leaf module
 * (it imports nothing): the catalogs' language files and the i18n modules both import it, so
 * neither has to import the other to name a key. Both languages are checked against these lists.
 */

/** A set of messages for one element in one language; `{name}` marks a value to fill in. */
export type Messages<K extends string = string> = Readonly<Record<K, string>>;

/** `<tension-slider>`'s words. */
export type SliderKey =
  | 'current'
  | 'desired'
  | 'currentShort'
  | 'desiredShort'
  | 'unsure'
  | 'unanswered'
  | 'balanced'
  | 'lean'
  | 'mostly'
  | 'fully'
  | 'valueText'
  | 'hint'
  | 'keys'
  | 'requiredNote'
  | 'benefits'
  | 'required'
  | 'configError';

/** The words of `<tension-survey>`'s form (its result's words load with the result). */
export type SurveyFormKey =
  | 'role'
  | 'choose'
  | 'progress'
  | 'rubricProgress'
  | 'submit'
  | 'missing'
  | 'configError'
  | 'noDrafts';

/** The words of the slider and the survey's form, which load with the tensions' text. */
export interface RespondentWords {
  slider: Messages<SliderKey>;
  survey: Messages<SurveyFormKey>;
}
