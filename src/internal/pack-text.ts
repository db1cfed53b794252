/**
 * A respondent's built-in text with the page's locale pack on top (the stages and the rubric are in
 * ./pack-rubric-text.js, so the survey's bundle does not carry the stages).
 */
import type { RespondentText } from '../core/catalog/on-demand.js';
import type { LocalePack } from '../core/i18n/pack.js';
import type { LocalePacks } from './locale-packs.js';

type Packs = Pick<LocalePacks, 'in'>;

/** The slider's words: its section and the position words. */
export const sliderWords = (pack: LocalePack) => ({
  ...pack['tension-slider'],
  ...pack.positions,
});

/** What a respondent reads: the tensions, the slider's and the survey's words. */
export const respondentText = (packs: Packs, text: RespondentText): RespondentText => ({
  tensions: packs.in(text.tensions, (pack) => pack.tensions),
  slider: packs.in(text.slider, sliderWords),
  survey: packs.in(text.survey, (pack) => pack['tension-survey']),
});
