/** The stages and the built-in rubric with the page's locale pack on top. */
import { DEFAULT_RUBRIC_ID } from '../core/catalog/rubric-text.js';
import { stagesIn } from '../core/catalog/stages.js';
import type { Rubric } from '../core/schema.js';
import type { LocalePacks } from './locale-packs.js';

type Packs = Pick<LocalePacks, 'in' | 'locale'>;

/** The four stages in the page's language. */
export const stagesText = (packs: Packs) => packs.in(stagesIn(packs.locale), (pack) => pack.stages);

/** The built-in rubrics (the district rubric) in the page's language. */
export const rubricsText = (packs: Packs, rubrics: readonly Rubric[]) =>
  packs.in(rubrics, (pack) => ({ [DEFAULT_RUBRIC_ID]: pack.rubric }));
