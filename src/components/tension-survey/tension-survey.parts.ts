/** Pieces of `<tension-survey>`'s view that need nothing from the element but their arguments. */
import { html, nothing } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SurveyFormKey } from '../../core/i18n/tension-survey.js';
import type { SurveyProgress } from '../../core/survey-progress.js';

/**
 * The inner sliders' parts, forwarded to the page with a `slider-` prefix (`exportparts`):
 * `tension-survey::part(slider-marker)` restyles every marker in the survey. The prefix keeps them
 * apart from the survey's own parts (`error`) and the rubric's (`rubric-…`).
 */
export const SLIDER_PARTS =
  'label: slider-label, track: slider-track, marker: slider-marker, ' +
  'marker-current: slider-marker-current, marker-desired: slider-marker-desired, ' +
  'gap: slider-gap, error: slider-error';

export interface PageEnd {
  messages: Messages<SurveyFormKey>;
  progress: SurveyProgress;
  /** What the respondent was told is missing (after a failed submit). */
  missing: readonly string[];
  /** Read the list out (role="alert"): on a failed submit, not after every answer. */
  announce: boolean;
  disabled: boolean;
  onSubmit: () => void;
}

/** The page layout's end: progress, what is missing (after a failed submit), and Submit. */
export function pageEndTemplate({
  messages,
  progress,
  missing,
  announce,
  disabled,
  onSubmit,
}: PageEnd) {
  return html`${progressTemplate(messages, progress)}
    ${
      missing.length
        ? html`<p class="err" role=${announce ? 'alert' : nothing}>
            ${format(messages.missing, { list: missing.join(', ') })}
          </p>`
        : nothing
    }
    <button class="go" type="button" part="submit" ?disabled=${disabled} @click=${onSubmit}>
      ${messages.submit}
    </button>`;
}

/** The progress bar and count, and an optional rubric's own count. */
export function progressTemplate(messages: Messages<SurveyFormKey>, progress: SurveyProgress) {
  const { done, total, rubric } = progress;
  return html`<div class="row">
    <progress max=${total} .value=${done} aria-hidden="true"></progress>
    <span>${format(messages.progress, { n: done, total })}</span>
    ${
      rubric
        ? html`<span
            >${format(messages.rubricProgress, { n: rubric.rated, total: rubric.total })}</span
          >`
        : nothing
    }
  </div>`;
}

/** The role question. */
export function roleTemplate(
  messages: Messages<SurveyFormKey>,
  roles: readonly string[],
  chosen: string,
  disabled: boolean,
  onChange: (e: Event) => void,
) {
  return html`<label class="row"
    >${messages.role}
    <select ?disabled=${disabled} @change=${onChange}>
      <option value="">${messages.choose}</option>
      ${roles.map((role) => html`<option ?selected=${role === chosen}>${role}</option>`)}
    </select></label
  >`;
}
