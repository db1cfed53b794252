/**
 * Discussion prompts per tension for a facilitator, in English and Spanish. A module of their own
 * so the respondent's elements do not load the facilitator's text.
 */
import { isTensionId } from '../ids.js';
import type { Locale, TensionId } from '../schema.js';
import { deepFreeze, inLanguage } from './shared.js';

type PromptText = Record<TensionId, readonly string[]>;

const en: PromptText = {
  'locus-of-control': [
    'Which decisions belong to schools today, and which should? Where do our lists differ?',
    'What guardrails would let schools adapt the work without losing consistency for students?',
  ],
  pace: [
    'Some of us feel we move too fast and others too slow. What is each of us seeing?',
    'What evidence would tell us we are ready for the next wave of schools?',
  ],
  'resource-allocation': [
    'Who gains and who waits under our current choice of schools? Is that the trade-off we want?',
    'Could we pair ready schools with high-need schools so that both benefit?',
  ],
  'cultivating-capacity': [
    'Which skills must stay inside the district once outside partners leave?',
    'Where would a partner save us time we cannot afford to lose?',
  ],
  flexibility: [
    'Which parts of our strategy should not change, and which are we willing to revise?',
    'How and when will we decide to change course, and how will we explain it?',
  ],
  'model-type': [
    'What must every school share for students to be served fairly, and what can schools choose?',
    'What help would a school need to choose its components well?',
  ],
  'sharing-learnings': [
    'What setback from this year could we share with other schools, and what stops us?',
    'How could our check-ins value honest accounts of process, not only results?',
  ],
};

const es: PromptText = {
  'locus-of-control': [
    '¿Qué decisiones corresponden hoy a las escuelas y cuáles deberían corresponderles? ¿En qué difieren nuestras listas?',
    '¿Qué límites permitirían a las escuelas adaptar el trabajo sin perder coherencia para los estudiantes?',
  ],
  pace: [
    'Algunos sentimos que vamos demasiado rápido y otros demasiado lento. ¿Qué está viendo cada uno?',
    '¿Qué evidencia nos diría que estamos listos para sumar más escuelas?',
  ],
  'resource-allocation': [
    '¿Quién gana y quién espera con nuestra elección actual de escuelas? ¿Es el equilibrio que buscamos?',
    '¿Podríamos emparejar escuelas preparadas con escuelas de mayor necesidad para que ambas se beneficien?',
  ],
  'cultivating-capacity': [
    '¿Qué habilidades deben quedarse en el distrito cuando se vayan los aliados externos?',
    '¿Dónde nos ahorraría un aliado un tiempo que no podemos perder?',
  ],
  flexibility: [
    '¿Qué partes de nuestra estrategia no deben cambiar y cuáles estamos dispuestos a revisar?',
    '¿Cómo y cuándo decidiremos cambiar de rumbo, y cómo lo explicaremos?',
  ],
  'model-type': [
    '¿Qué deben compartir todas las escuelas para atender a los estudiantes con justicia, y qué pueden elegir?',
    '¿Qué ayuda necesitaría una escuela para elegir bien sus componentes?',
  ],
  'sharing-learnings': [
    '¿Qué tropiezo de este año podríamos compartir con otras escuelas, y qué nos lo impide?',
    '¿Cómo podrían nuestras reuniones de seguimiento valorar relatos honestos del proceso, no solo los resultados?',
  ],
};

/** Facilitator prompts per tension, for a team that is split or far from where it wants to be. */
export const discussionPrompts: Readonly<Record<Locale, Readonly<PromptText>>> =
  /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ deepFreeze(en),
    es: /* @__PURE__ */ deepFreeze(es),
  });

/** The facilitator prompts for a tension, or an empty list for an unknown id. */
export function getPrompts(id: string, locale: Locale = 'en'): readonly string[] {
  return isTensionId(id) ? inLanguage(discussionPrompts, locale)[id] : [];
}
