/** `<tension-slider>`'s words in English and Spanish (elements load one language on demand). */
import type { Locale } from '../schema.js';
import type { Messages, SliderKey } from './keys.js';
// The words live beside the tension text they load with (one file per language).
import { words as en } from '../catalog/tensions-en.js';
import { words as es } from '../catalog/tensions-es.js';

export type { SliderKey } from './keys.js';

export const sliderStrings: Readonly<Record<Locale, Messages<SliderKey>>> = {
  en: en.slider,
  es: es.slider,
};

export { positionWords } from './position-words.js';
