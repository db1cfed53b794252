/** The words of `<team-results>`'s check-back against a plan, in English and Spanish. */
import type { Locale } from '../schema.js';
import type { Messages } from './keys.js';

const en = {
  checkTitle: 'Checking back against the plan',
  checkIntro:
    'The plan “{title}”, decided on {date}: where the team sees itself now against each aim.',
  planLabel: 'Paste the plan’s share code or JSON',
  planOpen: 'Check against this plan',
  planFile: 'Choose a plan file',
  planFailed: 'This plan could not be read: {reason}',
  aimAt: 'Now {now} against an aim of {aim}: at the aim.',
  aimShort: 'Now {now} against an aim of {aim}: short of the aim.',
  aimPast: 'Now {now} against an aim of {aim}: past the aim.',
  noAnswers: 'No answers on this tension in this check-in.',
  movedToward: 'Moved toward the aim since the baseline (from {before}).',
  movedAway: 'Moved away from the aim since the baseline (from {before}).',
  steady: 'About where it was at the baseline ({before}).',
  aligned: 'Still aligned on where we want to go (a spread of {spread}).',
  notAligned: 'No longer aligned on where we want to go (a spread of {spread}).',
  signsTitle: 'Warning signs to discuss',
  notDecided: 'This aim was not yet decided.',
};

export type CheckBackKey = keyof typeof en;

export const checkBackStrings: Readonly<Record<Locale, Messages<CheckBackKey>>> = {
  en,
  es: {
    checkTitle: 'Revisión frente al plan',
    checkIntro:
      'El plan “{title}”, decidido el {date}: dónde se ve el equipo ahora frente a cada meta.',
    planLabel: 'Pegue el código o el JSON del plan',
    planOpen: 'Revisar frente a este plan',
    planFile: 'Elegir un archivo de plan',
    planFailed: 'No se pudo leer este plan: {reason}',
    aimAt: 'Ahora {now} frente a una meta de {aim}: en la meta.',
    aimShort: 'Ahora {now} frente a una meta de {aim}: todavía antes de la meta.',
    aimPast: 'Ahora {now} frente a una meta de {aim}: más allá de la meta.',
    noAnswers: 'No hay respuestas sobre esta tensión en esta revisión.',
    movedToward: 'Se acercó a la meta desde la línea de base (desde {before}).',
    movedAway: 'Se alejó de la meta desde la línea de base (desde {before}).',
    steady: 'Más o menos donde estaba en la línea de base ({before}).',
    aligned: 'Seguimos alineados sobre adónde queremos ir (una dispersión de {spread}).',
    notAligned: 'Ya no estamos alineados sobre adónde queremos ir (una dispersión de {spread}).',
    signsTitle: 'Señales de alerta para conversar',
    notDecided: 'Esta meta todavía no estaba decidida.',
  },
};
