/**
 * The sentence that says a position on a tension in words ("leaning toward centralized"), for
 * `<tension-slider>` and the survey's result. Apart from the word tables so that elements which
 * load their words on demand do not import both languages.
 */
import { format } from './index.js';
import type { Messages, SliderKey } from './keys.js';

/**
 * A position in words: "balanced" in the middle of an odd scale, "leaning toward" one step from
 * the middle (or the nearest point of an even scale), "at the … end" at a pole, "mostly toward"
 * in between. The pole's label is quoted as written: labels are nouns ("Most ready"), adjectives
 * ("Fast") and verbs ("Buy"), and only a quoted label reads right after every one of these words.
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
  const pole = value < middle ? left : right;
  return format(distance <= 1 ? s.lean : value === 1 || value === points ? s.fully : s.mostly, {
    pole,
  });
}
