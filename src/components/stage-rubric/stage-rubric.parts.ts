/**
 * Pieces of `<stage-rubric>`'s rating view that need nothing from the element but their
 * arguments: one dimension's stage choices, evidence and target, and the respondent's summary.
 */
import { html } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { targetWords } from '../../core/i18n/stage-rubric.js';
import type { RubricKey } from '../../core/i18n/stage-rubric.js';
import type { RatingDraft, RatingSummary } from '../../core/rubric-ratings.js';
import { STAGE_IDS } from '../../core/schema.js';
import type { RubricDimension, Stage, StageId } from '../../core/schema.js';
import { heading } from '../../internal/heading.js';

export interface DimensionView {
  dimension: RubricDimension;
  draft: RatingDraft;
  /** The stages in the page's language. */
  stages: readonly Pick<Stage, 'id' | 'label'>[];
  messages: Messages<RubricKey>;
  onInput: (event: Event) => void;
  onChange: (event: Event) => void;
}

/**
 * A dimension: a radio per stage, named by the stage and described by the dimension's
 * descriptor for it (a short name, the long text as its description), then evidence and target.
 */
export function dimensionTemplate({
  dimension,
  draft,
  stages,
  messages,
  onInput,
  onChange,
}: DimensionView) {
  return html`<fieldset class="dim" part="dimension">
    <legend>${dimension.title}</legend>
    <div class="stages">
      ${stages.map(
        (stage) =>
          html`<label
            class="choice ${draft.stage === stage.id ? 'on' : ''}"
            part="choice ${draft.stage === stage.id ? 'choice-selected' : ''}"
          >
            <input
              type="radio"
              name=${dimension.id}
              value=${stage.id}
              data-id=${dimension.id}
              data-key="stage"
              aria-label=${stage.label}
              aria-describedby="${dimension.id}-${stage.id}"
              .checked=${draft.stage === stage.id}
              @input=${onInput}
              @change=${onChange}
            />
            <span class="stage">${stage.label}</span>
            <span class="desc" id="${dimension.id}-${stage.id}"
              >${dimension.descriptors[stage.id]}</span
            >
          </label>`,
      )}
    </div>
    <div class="extra">
      <label class="evidence"
        >${messages.evidence}
        <textarea
          rows="2"
          maxlength="2000"
          data-id=${dimension.id}
          data-key="evidence"
          .value=${draft.evidence ?? ''}
          @input=${onInput}
          @change=${onChange}
        ></textarea>
      </label>
      <label class="target"
        >${messages.target}
        <select data-id=${dimension.id} data-key="target" @input=${onInput} @change=${onChange}>
          <option value="" ?selected=${!draft.target}>${messages.noTarget}</option>
          ${stages.map(
            (stage) =>
              html`<option value=${stage.id} ?selected=${draft.target === stage.id}>
                ${stage.label}
              </option>`,
          )}
        </select>
      </label>
    </div>
  </fieldset>`;
}

/** How many dimensions are rated, at which stage, and the targets, under the dimensions. */
export function summaryTemplate(
  messages: Messages<RubricKey>,
  summary: RatingSummary,
  headingLevel: number,
  stageLabel: (stage: StageId) => string,
) {
  return html`<section class="summary" part="summary" aria-labelledby="sum">
    ${heading(headingLevel, 1, messages.summary, 'sum')}
    <p>${format(messages.rated, { rated: summary.rated, total: summary.total })}</p>
    <ul>
      ${STAGE_IDS.map((id) => html`<li>${stageLabel(id)}: <b>${summary.counts[id]}</b></li>`)}
    </ul>
    <p>${targetWords(messages, summary)}</p>
  </section>`;
}
