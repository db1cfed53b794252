/** Pieces of `<tension-slider>`'s view that need nothing from the element but their arguments. */
import { html, nothing } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import type { SliderKey } from '../../core/i18n/tension-slider.js';
import type { Tension } from '../../core/schema.js';
import type { Mark } from './tension-slider.model.js';

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
) {
  const poles = [tension.left, tension.right].filter((pole) => pole.benefits.length);
  if (!poles.length) return nothing;
  return html`<details @toggle=${onToggle}>
    <summary>${messages.benefits}</summary>
    <div class="ben">
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
