/** The explore text one language at a time, for the elements (see ./on-demand.js). */
import { onDemand, type OnDemand } from './on-demand.js';
import type { ExploreLanguage } from './explore-text.js';

export const exploreOnDemand: OnDemand<ExploreLanguage> = /* @__PURE__ */ onDemand({
  en: () => import('./explore-en.js'),
  es: () => import('./explore-es.js'),
});
