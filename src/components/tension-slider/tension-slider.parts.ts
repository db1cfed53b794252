/** Pieces of `<tension-slider>`'s view that need nothing from the element but their arguments. */
import { html, nothing } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import type { SliderKey } from '../../core/i18n/tension-slider.js';
import type { Tension } from '../../core/schema.js';
import { MARKERS } from './tension-slider.model.js';
import type { Mark, Marker } from './tension-slider.model.js';

/**
 * A marker's `aria-valuetext`: its position in words, or that it is unanswered or Unsure. The
 * marker's name is left out: it is the accessible name already, and a reader says both.
 */
export function markerWords(
  messages: Messages<SliderKey>,
  mark: Mark,
  points: number,
  tension: Tension,
): string {
  if (!mark) return mark === null ? messages.unanswered : messages.unsure;
  const position = positionWords(messages, mark, points, tension.left.label, tension.right.label);
  return format(messages.valueText, { position, value: mark, points });
}

/**
 * The benefits of each pole, behind a disclosure, with `more` after them (the signs of leaning
 * too far and strategies, once opened); nothing for a tension without benefits.
 */
export function benefitsTemplate(
  tension: Tension,
  messages: Messages<SliderKey>,
  more: unknown = nothing,
  onToggle?: (event: Event) => void,
  lang?: string,
) {
  const poles = [tension.left, tension.right].filter((pole) => pole.benefits.length);
  if (!poles.length) return nothing;
  return html`<details @toggle=${onToggle}>
    <summary>${messages.benefits}</summary>
    <div class="ben" lang=${lang ?? nothing}>
      ${poles.map(
        (pole) =>
          html`<div>
            <strong>${pole.label}</strong>
            <ul>
              ${pole.benefits.map((benefit) => html`<li>${benefit}</li>`)}
            </ul>
          </div>`,
      )}
    </div>
    ${more}
  </details>`;
}

export interface MarkerView {
  key: Marker;
  index: number;
  mark: Mark;
  scale: number;
  tension: Tension;
  messages: Messages<SliderKey>;
  /** Disabled, or the slider cannot be answered: out of the tab order. */
  locked: boolean;
  /** After a failed submit, a marker still to place says so and points at the message. */
  invalid: boolean;
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * One marker (role="slider"): named by its side and the tension, its position in words, and a
 * visible tag with the position for magnifier users.
 */
export function markerTemplate(view: MarkerView) {
  const { key, index, mark, scale, tension, messages, locked, invalid } = view;
  return html`<div
    role="slider"
    class="m m${index} ${mark ? '' : 'unset'}"
    part="marker marker-${key}"
    data-i=${index}
    tabindex=${locked ? -1 : 0}
    aria-label="${messages[key]}: ${tension.name || `${tension.left.label} / ${tension.right.label}`}"
    aria-valuemin="1"
    aria-valuemax=${scale}
    aria-valuenow=${mark || Math.ceil(scale / 2)}
    aria-valuetext=${markerWords(messages, mark, scale, tension)}
    aria-disabled=${locked ? 'true' : nothing}
    aria-invalid=${invalid ? 'true' : nothing}
    aria-describedby=${invalid ? 'err hint' : 'hint'}
    @keydown=${view.onKeyDown}
  >
    <span class="tag" aria-hidden="true"
      >${messages[`${key}Short`]}${mark ? `: ${mark}/${scale}` : ''}</span
    >
  </div>`;
}

/** Under the track: each marker's name with its Unsure box. */
export function unsureTemplate(
  marks: readonly Mark[],
  messages: Messages<SliderKey>,
  locked: boolean,
  onChange: (event: Event) => void,
) {
  return html`<div class="legend">
    ${MARKERS.map(
      (key, index) =>
        html`<span class="k${index}"
          >${messages[key]}
          <label
            ><input
              type="checkbox"
              data-i=${index}
              .checked=${marks[index] === 0}
              ?disabled=${locked}
              @input=${(e: Event) => e.stopPropagation()}
              @change=${onChange}
              aria-label="${messages.unsure}: ${messages[key]}"
            />${messages.unsure}</label
          ></span
        >`,
    )}
  </div>`;
}
