/** `<tension-survey>`'s words in English and Spanish. No DOM. */
import type { Locale } from '../schema.js';
import type { Messages, SurveyFormKey } from './keys.js';
// The words live beside the tension text they load with (one file per language).
import { words as en } from '../catalog/tensions-en.js';
import { words as es } from '../catalog/tensions-es.js';
import { surveyResultStrings } from './tension-survey-result.js';
import type { SurveyResultKey } from './tension-survey-result.js';
import { surveyStepsStrings } from './tension-survey-steps.js';
import type { SurveyStepsKey } from './tension-survey-steps.js';

export type { SurveyFormKey } from './keys.js';
/** All the survey's words: the form's, the steps layout's and the result's. */
export type SurveyKey = SurveyFormKey | SurveyStepsKey | SurveyResultKey;

export const surveyStrings: Readonly<Record<Locale, Messages<SurveyKey>>> = {
  en: { ...en.survey, ...surveyStepsStrings.en, ...surveyResultStrings.en },
  es: { ...es.survey, ...surveyStepsStrings.es, ...surveyResultStrings.es },
};
