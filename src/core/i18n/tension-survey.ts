/** `<tension-survey>`'s words in English and Spanish. No DOM. */
import type { Locale } from '../schema.js';
import type { Messages } from './index.js';

export type SurveyKey = keyof typeof en;

const en = {
  role: 'Your role',
  choose: 'Choose…',
  progress: '{n} of {total} answered',
  rubricProgress: 'Rubric (optional): {n} of {total} rated',
  rubricResult: 'Rubric: you rated {n} of {total} conditions; the ratings are in your response.',
  submit: 'Submit',
  missing: 'Please answer: {list}.',
  result: 'Your result',
  resultIntro: 'Your tensions, largest gap first.',
  gap: '{name} (gap {gap}): now {now}; should be {should}.',
  unsure: '{name}: unsure.',
  code: 'Share code',
  copy: 'Copy',
  copied: 'Copied',
  json: 'Download JSON',
  csv: 'Download CSV',
  edit: 'Change my answers',
  configError: 'This survey cannot be shown as configured',
};

export const surveyStrings: Readonly<Record<Locale, Messages<SurveyKey>>> = {
  en,
  es: {
    role: 'Su función',
    choose: 'Elija…',
    progress: '{n} de {total} respondidas',
    rubricProgress: 'Rúbrica (opcional): {n} de {total} valoradas',
    rubricResult:
      'Rúbrica: valoró {n} de {total} condiciones; las valoraciones van en su respuesta.',
    submit: 'Enviar',
    missing: 'Falta responder: {list}.',
    result: 'Su resultado',
    resultIntro: 'Sus tensiones, de mayor a menor brecha.',
    gap: '{name} (brecha {gap}): hoy {now}; debería ser {should}.',
    unsure: '{name}: no lo sé.',
    code: 'Código para compartir',
    copy: 'Copiar',
    copied: 'Copiado',
    json: 'Descargar JSON',
    csv: 'Descargar CSV',
    edit: 'Cambiar mis respuestas',
    configError: 'Esta encuesta no se puede mostrar con esta configuración',
  },
};
