/** Pieces of `<tension-survey>`'s view that need nothing from the element but their arguments. */
import { html, nothing } from 'lit';
import { marksOf } from '../../core/draft-state.js';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SurveyFormKey } from '../../core/i18n/tension-survey.js';
import type { SurveyProgress } from '../../core/survey-progress.js';
import type { Invalid } from '../../internal/form-control.js';
import { heading } from '../../internal/heading.js';
import type { TensionSlider } from '../tension-slider/tension-slider.js';

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

/**
 * One choice of the role question: the value the response carries and the text shown, with its
 * language when that is not the page's (a definition's text; `roles` choices are both at once).
 */
export interface RoleOption {
  value: string;
  label: string;
  lang?: string | undefined;
}

/** The role question, or null for a survey without one. */
export function roleTemplate({
  messages,
  roles,
  chosen,
  disabled,
  onChange,
  label,
}: {
  messages: Messages<SurveyFormKey>;
  roles: readonly RoleOption[];
  chosen: string;
  disabled: boolean;
  onChange: (e: Event) => void;
  /** The label as shown, with its language when a definition's in another one. */
  label: MarkedText;
}) {
  if (!roles.length) return null;
  return html`<label class="row"
    ><span lang=${label.lang ?? nothing}>${label.text}</span>
    <select ?disabled=${disabled} @change=${onChange}>
      <option value="">${messages.choose}</option>
      ${roles.map(
        (role) =>
          html`<option
            value=${role.value}
            lang=${role.lang ?? nothing}
            ?selected=${role.value === chosen}
          >
            ${role.label}
          </option>`,
      )}
    </select></label
  >`;
}

/** Text from a survey definition, with its language when that is not the page's. */
export interface MarkedText {
  text: string;
  lang?: string | undefined;
}

/** A survey definition's title and introduction, above the questions in either layout. */
export function introTemplate(
  headingLevel: number,
  title: MarkedText | undefined,
  introduction: MarkedText | undefined,
) {
  if (!title?.text && !introduction?.text) return nothing;
  return html`${title?.text ? html`<div class="title" lang=${title.lang ?? nothing}>${heading(headingLevel, 0, title.text)}</div>` : nothing}
  ${introduction?.text ? html`<p class="intro" lang=${introduction.lang ?? nothing}>${introduction.text}</p>` : nothing}`;
}

/**
 * Where the browser sends focus for what is missing: a slider's marker still to place (Firefox
 * cannot focus the slider's host); on a step the steps layout hides, that step's heading on
 * screen (a hidden control cannot take focus, and the message names what is missing); any other
 * control as it is.
 */
function focusTarget(
  element: HTMLElement,
  answers: Readonly<Record<string, readonly (number | null)[]>>,
  root: ParentNode,
): HTMLElement {
  if (element.closest('[hidden]'))
    return root.querySelector<HTMLElement>('h2[tabindex]') ?? element;
  if (element.localName !== 'tension-slider') return element;
  const [current] = marksOf(answers, (element as TensionSlider).tension);
  const markers = element.shadowRoot?.querySelectorAll<HTMLElement>('[role="slider"]');
  return markers?.[current == null ? 0 : 1] ?? element;
}

/**
 * The survey's validity from the first thing missing: a sentence as its own list says it (the
 * browser's bubble shows it too), anchored where focus can go.
 */
export function missingValidity(
  first: Invalid | undefined,
  messages: Messages<SurveyFormKey> | undefined,
  answers: Readonly<Record<string, readonly (number | null)[]>>,
  root: ParentNode,
): Invalid | null {
  if (!first?.[1] || !messages) return first ?? null;
  const [label, control] = first;
  return [format(messages.missing, { list: label }), focusTarget(control, answers, root)];
}
