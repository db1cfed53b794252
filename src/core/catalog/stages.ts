/**
 * The four stages of implementation quality, in English and Spanish. A module of their own so the
 * rubric can name the stages without loading the tensions' text.
 */
import { STAGE_IDS } from '../schema.js';
import type { Locale, Stage, StageId } from '../schema.js';
import { deepFreeze, inLanguage } from './shared.js';

/** [label, summary] per stage. */
type StageText = Record<StageId, readonly [label: string, summary: string]>;

const en: StageText = {
  exploring: ['Exploring', 'We are learning about the practice and deciding how to begin.'],
  emerging: [
    'Emerging',
    'First steps are in place in some areas, but they are uneven and fragile.',
  ],
  proficient: [
    'Proficient',
    'The practice is consistent across most of the system and guides decisions.',
  ],
  breakthrough: [
    'Breakthrough',
    'The practice is part of how we work, keeps improving, and others learn from it.',
  ],
};

const es: StageText = {
  exploring: ['Explorando', 'Estamos conociendo la práctica y decidiendo cómo empezar.'],
  emerging: ['Emergente', 'Hay primeros pasos en algunas áreas, pero son desiguales y frágiles.'],
  proficient: [
    'Competente',
    'La práctica es coherente en casi todo el sistema y orienta las decisiones.',
  ],
  breakthrough: [
    'Transformador',
    'La práctica forma parte de nuestra manera de trabajar, sigue mejorando y otros aprenden de ella.',
  ],
};

const build = (text: StageText): readonly Stage[] =>
  deepFreeze(
    STAGE_IDS.map((id) => {
      const [label, summary] = text[id];
      return { id, label, summary };
    }),
  );

/** The stages by language, in order. Frozen: copy one before changing it. */
export const stageCatalog: Readonly<Record<Locale, readonly Stage[]>> =
  /* @__PURE__ */ Object.freeze({
    en: /* @__PURE__ */ build(en),
    es: /* @__PURE__ */ build(es),
  });

/** The four stages in a language, in order from exploring to breakthrough. */
export function stagesIn(locale: Locale = 'en'): readonly Stage[] {
  return inLanguage(stageCatalog, locale);
}

export function getStage(id: string, locale: Locale = 'en'): Stage | undefined {
  return stagesIn(locale).find((s) => s.id === id);
}
