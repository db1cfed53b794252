/**
 * `<stage-rubric>`'s words in English and Spanish for rating, and the sentence that says a
 * respondent's distance to the targets. The team view's words are in ./stage-rubric-team.ts, loaded
 * only with the team view. Numbers are written as "label: n" so no sentence needs plural forms.
 */
import type { Locale } from '../schema.js';
import type { RatingSummary } from '../rubric-ratings.js';
import { format } from './index.js';
import type { Messages } from './index.js';

export type RubricKey = keyof typeof en;

const en = {
  now: '{dimension}: where we are now',
  evidence: 'Evidence (optional)',
  target: 'Where we aim to be (optional)',
  noTarget: 'No target',
  summary: 'Your ratings',
  rated: 'Rated: {rated} of {total}',
  noTargets: 'No targets set.',
  targetsMet: 'Every target set is reached.',
  belowTarget: 'Below target: {below} of {withTarget} (stages to climb: {steps}).',
  required: 'Choose a stage for “{dimension}”.',
  configError: 'This rubric cannot be shown as configured',
};

export const rubricStrings: Readonly<Record<Locale, Messages<RubricKey>>> = {
  en,
  es: {
    now: '{dimension}: dónde estamos hoy',
    evidence: 'Evidencia (opcional)',
    target: 'Dónde queremos llegar (opcional)',
    noTarget: 'Sin meta',
    summary: 'Sus valoraciones',
    rated: 'Valoradas: {rated} de {total}',
    noTargets: 'No hay metas definidas.',
    targetsMet: 'Se alcanzan todas las metas definidas.',
    belowTarget: 'Por debajo de la meta: {below} de {withTarget} (etapas por subir: {steps}).',
    required: 'Elija una etapa para «{dimension}».',
    configError: 'Esta rúbrica no se puede mostrar con esta configuración',
  },
};

/** The sentence about targets in a respondent's summary. */
export function targetWords(m: Messages<RubricKey>, s: RatingSummary): string {
  if (!s.withTarget) return m.noTargets;
  if (!s.belowTarget) return m.targetsMet;
  return format(m.belowTarget, {
    below: s.belowTarget,
    withTarget: s.withTarget,
    steps: s.stepsToTarget,
  });
}
