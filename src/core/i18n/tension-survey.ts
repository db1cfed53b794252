/** `<tension-survey>`'s words in English and Spanish. No DOM. */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';
// The words live beside the tension text they load with (one file per language).
import { words as en } from '../catalog/tensions-en.js';
import { words as es } from '../catalog/tensions-es.js';
import { surveyResultStrings } from './tension-survey-result.js';
import type { SurveyResultKey } from './tension-survey-result.js';

/** The words of the survey's form, which load with the tensions' text. */
export type SurveyFormKey = keyof typeof en.survey;
/** All the survey's words: the form's and the result's. */
export type SurveyKey = SurveyFormKey | SurveyResultKey;

export const surveyStrings: Readonly<Record<Locale, Messages<SurveyKey>>> = {
  en: { ...en.survey, ...surveyResultStrings.en },
  es: { ...es.survey, ...surveyResultStrings.es },
};
