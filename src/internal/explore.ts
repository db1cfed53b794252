/**
 * "Explore both sides" for one tension, as `<team-results>` shows it beside a discussion prompt
 * and `<tension-slider>` in its disclosure: the signs of leaning too far toward each pole, and
 * strategies districts used between them. The text loads on demand
 * (core/catalog/explore-on-demand.ts). No styles of its own: it takes the class of the element's
 * two-column layout of the benefits, so the respondent's bundle grows by the template alone.
 */
import { html, nothing } from 'lit';
import { exploreOnDemand } from '../core/catalog/explore-on-demand.js';
import type { ExploreLanguage } from '../core/catalog/explore-text.js';
import { format } from '../core/i18n/index.js';
import type { Pole, TensionId } from '../core/schema.js';

export { exploreOnDemand };

/** The explore block for a tension, or nothing while its text loads or for a custom tension. */
export function exploreTemplate(
  id: string,
  poles: { left: Pick<Pole, 'label'>; right: Pick<Pole, 'label'> },
  language: ExploreLanguage | undefined,
  columns: string,
) {
  if (!language || !Object.hasOwn(language.text, id)) return nothing;
  const explore = language.text[id as TensionId];
  const list = (title: string, items: readonly unknown[]) =>
    html`<div>
      <strong class="explore-title">${title}</strong>
      <ul>
        ${items.map((item) => html`<li>${item}</li>`)}
      </ul>
    </div>`;
  return html`<div class="explore">
    <div class="${columns} too-far">
      ${(['left', 'right'] as const).map((side) =>
        list(format(language.words.tooFar, { pole: poles[side].label }), explore.tooFar[side]),
      )}
    </div>
    <div class="${columns} strategies">
      ${list(
        language.words.strategies,
        explore.strategies.map(([name, text]) => html`<strong>${name}.</strong> ${text}`),
      )}
    </div>
  </div>`;
}
