/**
 * The words of `<tension-survey>`'s steps layout, in English and Spanish. They load with the
 * layout (only where it is used), like the result's words. No DOM.
 */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

const en = {
  back: 'Back',
  next: 'Next',
  stepOf: 'Step {n} of {total}',
  tensionOf: 'Tension {n} of {total}',
  rubricStep: 'District conditions',
  review: 'Review your answers',
  reviewIntro: 'Check each answer, change any you like, then submit.',
  change: 'Change',
  answer: 'now {now}; should be {should}',
  noRole: 'no role chosen',
  rubricRated: '{n} of {total} rated',
};

export type SurveyStepsKey = keyof typeof en;

export const surveyStepsStrings: Readonly<Record<Locale, Messages<SurveyStepsKey>>> = {
  en,
  es: {
    back: 'Atrás',
    next: 'Siguiente',
    stepOf: 'Paso {n} de {total}',
    tensionOf: 'Tensión {n} de {total}',
    rubricStep: 'Condiciones del distrito',
    review: 'Revise sus respuestas',
    reviewIntro: 'Revise cada respuesta, cambie las que quiera y luego envíe.',
    change: 'Cambiar',
    answer: 'hoy está {now}; debería estar {should}',
    noRole: 'sin función elegida',
    rubricRated: '{n} de {total} valoradas',
  },
};
