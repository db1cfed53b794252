/**
 * `<tension-slider>`'s words in English and Spanish, and the sentence that says a position in
 * words ("leaning toward centralized"), which `<tension-survey>` reuses for its result. No DOM.
 */
import type { Locale } from '../schema.js';
import { format } from './index.js';
import type { Messages } from './index.js';

export type SliderKey = keyof typeof en;

const en = {
  current: 'Where we are',
  desired: 'Where we should be',
  currentShort: 'Now',
  desiredShort: 'Goal',
  unsure: 'Unsure',
  unanswered: 'not answered yet',
  balanced: 'balanced',
  lean: 'leaning toward {pole}',
  mostly: 'mostly {pole}',
  fully: 'fully {pole}',
  valueText: '{marker}: {position}, {value} of {points}',
  hint: 'Tap the line or use the arrow keys to place “{marker}”.',
  benefits: 'What each side offers',
  required: 'Place both markers on “{label}”, or check Unsure.',
  configError: 'This slider cannot be shown as configured',
};

export const sliderStrings: Readonly<Record<Locale, Messages<SliderKey>>> = {
  en,
  es: {
    current: 'Dónde estamos',
    desired: 'Dónde deberíamos estar',
    currentShort: 'Hoy',
    desiredShort: 'Meta',
    unsure: 'No lo sé',
    unanswered: 'sin responder',
    balanced: 'en equilibrio',
    lean: 'algo hacia {pole}',
    mostly: 'bastante hacia {pole}',
    fully: 'totalmente hacia {pole}',
    valueText: '{marker}: {position}, {value} de {points}',
    hint: 'Toque la línea o use las flechas para colocar «{marker}».',
    benefits: 'Lo que ofrece cada lado',
    required: 'Coloque ambos marcadores en «{label}» o marque «No lo sé».',
    configError: 'Este control no se puede mostrar con esta configuración',
  },
};

/** A pole's label inside a sentence: "Centralized" → "centralized", but "AI tools" stays. */
const inSentence = (label: string) =>
  /^.\p{Ll}/u.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

/**
 * A position in words: "balanced" in the middle of an odd scale, "leaning toward" one step from
 * the middle (or the nearest point of an even scale), "fully" at a pole, "mostly" in between.
 */
export function positionWords(
  s: Messages<SliderKey>,
  value: number,
  points: number,
  left: string,
  right: string,
): string {
  const middle = (points + 1) / 2;
  const distance = Math.abs(value - middle);
  if (!distance) return s.balanced;
  const pole = inSentence(value < middle ? left : right);
  return format(distance <= 1 ? s.lean : value === 1 || value === points ? s.fully : s.mostly, {
    pole,
  });
}
