/** The built-in rubrics one language at a time, for `<stage-rubric>` (see ./on-demand.js). */
import type { Rubric } from '../schema.js';
import { onDemand, type OnDemand } from './on-demand.js';
import { builtInRubrics } from './rubric-text.js';

export const rubricsOnDemand: OnDemand<readonly Rubric[]> = /* @__PURE__ */ onDemand({
  en: () => import('./rubric-en.js').then((m) => builtInRubrics(m.text)),
  es: () => import('./rubric-es.js').then((m) => builtInRubrics(m.text)),
});
