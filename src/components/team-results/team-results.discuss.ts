/**
 * The sections of `<team-results>` that follow the chart: the rubric's stage distribution and the
 * discussion prompts for the largest gaps and splits, each with both sides' benefits and the
 * explore text. Templates only: the element hands in the figures and its words.
 */
import { html, nothing, svg } from 'lit';
import type { Aggregate } from '../../core/aggregate/index.js';
import { discussionPrompts } from '../../core/catalog/prompts.js';
import { rubricCatalog } from '../../core/catalog/rubric.js';
import type { ExploreLanguage } from '../../core/catalog/explore-text.js';
import { discussionTopics } from '../../core/discussion.js';
import type { DiscussionReason } from '../../core/discussion.js';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { TeamResultsKey } from '../../core/i18n/team-results.js';
import { STAGE_IDS } from '../../core/schema.js';
import type { Locale, Tension, TensionId } from '../../core/schema.js';
import type { ResolvedTension } from '../../core/survey-definition-resolve.js';
import { dataTable } from '../../internal/data-table.js';
import { exploreTemplate } from '../../internal/explore.js';
import { heading } from '../../internal/heading.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import { rubricsText, stagesText } from '../../internal/pack-rubric-text.js';

export interface DiscussView {
  words: Messages<TeamResultsKey>;
  figures: Aggregate;
  locale: Locale;
  packs: LocalePacks;
  headingLevel: number;
  /** Explore both sides in the page's language; undefined while it loads. */
  explore: ExploreLanguage | undefined;
  /** The tensions' text in the page's language (a pack's words first, a definition's own after). */
  tensions: readonly Tension[];
}

const tensionText = (view: DiscussView, id: string) =>
  view.tensions.find((tension) => tension.id === id);

export function rubricSection({ words, figures, locale, packs, headingLevel }: DiscussView) {
  const rubric = figures.rubric.filter((dimension) => dimension.n > 0);
  if (!rubric.length) return nothing;
  const [catalog] = rubricsText(packs, rubricCatalog[locale]);
  const stages = stagesText(packs);
  const title = (id: string) =>
    catalog?.dimensions.find((dimension) => dimension.id === id)?.title ?? id;
  const stage = (id: string | null) =>
    id ? (stages.find((candidate) => candidate.id === id)?.label ?? id) : '–';
  const bar = (share: number) =>
    svg`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="8" class="bar-track" /><rect width=${Math.round(share * 100)} height="8" class="bar-fill" /></svg>`;
  return html`<section class="rubric" part="rubric" aria-labelledby="rubric-title">
    ${heading(headingLevel, 0, words.rubricTitle, 'rubric-title')}
    ${dataTable(
      words.rubricCaption,
      [words.dimension, ...STAGE_IDS.map(stage), words.median],
      rubric.map((dimension) => [
        title(dimension.dimension),
        ...STAGE_IDS.map(
          (id) =>
            html`${dimension.counts[id]} <span class="bars">${bar(dimension.shares[id])}</span>`,
        ),
        stage(dimension.median),
      ]),
    )}
  </section>`;
}

/** Why a tension is up for discussion, in words. */
function reasonText(
  view: DiscussView,
  tension: string,
  reason: DiscussionReason,
  decimal: Intl.NumberFormat,
) {
  const words = view.words;
  switch (reason.kind) {
    case 'gap': {
      const pole = tensionText(view, tension)?.[reason.toward].label ?? '';
      return format(words.whyGap, { gap: decimal.format(reason.absGap), pole });
    }
    case 'split':
      return format(words.whySplit, { spread: decimal.format(reason.spread) });
    case 'roles': {
      const [low, high] = reason.roles;
      return format(words.whyRoles, { low, high, difference: decimal.format(reason.difference) });
    }
  }
}

export function promptsSection(view: DiscussView) {
  const { words, figures, locale, packs, headingLevel } = view;
  const topics = discussionTopics(figures);
  if (!topics.length) return nothing;
  const decimal = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return html`<section class="prompts" part="prompts" aria-labelledby="prompts-title">
    ${heading(headingLevel, 0, words.promptsTitle, 'prompts-title')}
    <p>${words.promptsIntro}</p>
    ${topics.map(({ tension: id, reasons }) => {
      const tension = tensionText(view, id);
      // A survey's own tension in another language than the page's says which (WCAG 3.1.2).
      const lang = (tension as ResolvedTension | undefined)?.lang;
      const byTension = packs.in(discussionPrompts[locale], (pack) => pack.prompts);
      // Own keys only: a survey's own tension may be called "constructor".
      const prompts = (Object.hasOwn(byTension, id) && byTension[id as TensionId]) || [];
      return html`<article class="prompt">
        ${heading(headingLevel, 1, lang ? html`<span lang=${lang}>${tension!.name}</span>` : (tension?.name ?? id))}
        ${reasons.map((reason) => html`<p class="why">${reasonText(view, id, reason, decimal)}</p>`)}
        ${
          prompts.length
            ? html`<ul class="questions">
                ${prompts.map((question) => html`<li>${question}</li>`)}
              </ul>`
            : nothing
        }
        ${
          tension
            ? html`${heading(headingLevel, 2, words.benefits)}
                <div class="poles" lang=${lang ?? nothing}>
                  ${[tension.left, tension.right].map(
                    (pole) =>
                      html`<div>
                        ${heading(headingLevel, 3, pole.label)}
                        <ul>
                          ${pole.benefits.map((benefit) => html`<li>${benefit}</li>`)}
                        </ul>
                      </div>`,
                  )}
                </div>
                ${exploreTemplate(id, tension, view.explore, 'poles')}`
            : nothing
        }
      </article>`;
    })}
  </section>`;
}
