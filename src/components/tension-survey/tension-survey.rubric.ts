/**
 * The survey's rubric section, loaded (with `<stage-rubric>`) only by a survey with `rubric`: draws
 * the element, gives it the draft it should show, reads its ratings back into the survey's state,
 * and says what it adds to the survey's progress and to what is missing.
 */
import { html } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RatingDraft, RubricValue } from '../../core/rubric-ratings.js';
import { stringsFor } from '../../internal/strings-attribute.js';
import '../stage-rubric/stage-rubric.js';
import type { StageRubric } from '../stage-rubric/stage-rubric.js';

/** The rubric's parts, forwarded with a `rubric-` prefix as the sliders' are (SLIDER_PARTS). */
export const RUBRIC_PARTS =
  'title: rubric-title, dimension: rubric-dimension, choice: rubric-choice, ' +
  'choice-selected: rubric-choice-selected, summary: rubric-summary, error: rubric-error';

/** What the survey keeps of its rubric section, so a draft restores before the section loads. */
export interface RubricState {
  /** Everything typed in the section, notes before a stage too: what the survey's draft keeps. */
  draft: Record<string, RatingDraft>;
  /** Rated dimensions, as the response carries them. */
  ratings: RubricValue;
  /** Dimensions in the rubric, 0 until it has drawn. */
  total: number;
}

type Host = ReactiveControllerHost & { renderRoot: ParentNode };

export class RubricSection implements ReactiveController {
  readonly #host: Host;
  readonly #state: RubricState;
  /** The survey's reaction to an answer (save the draft, recount what is missing). */
  readonly #answered: () => void;
  /** The element last given the draft, and whether a restore or reset must give it again. */
  #seeded: Element | null = null;
  #reseed = false;

  constructor(host: Host, state: RubricState, answered: () => void) {
    this.#host = host;
    this.#state = state;
    this.#answered = answered;
    host.addController(this);
    void this.#sync();
  }

  /**
   * After each update. Set here, not bound in the template: Lit sets an object property on every
   * render, which would feed the respondent's typing back into the rubric (and undo a stage chosen
   * mid-update).
   */
  hostUpdated(): void {
    const element = this.#element();
    if (element && (element !== this.#seeded || this.#reseed)) {
      element.draft = this.#state.draft;
      this.#seeded = element;
      this.#reseed = false;
    }
  }

  /** The survey's draft changed under the element (a restore, a reset): give it again. */
  reseed(): void {
    this.#reseed = true;
    this.#host.requestUpdate();
    void this.#sync();
  }

  /** Rated of total dimensions, and whether each counts as an answer of the survey's. */
  progress(required: boolean) {
    return { rated: Object.keys(this.#state.ratings).length, total: this.#state.total, required };
  }

  /** The dimensions still without a stage, each with the element (its focus() goes to the first). */
  missing(): [string, HTMLElement][] {
    const element = this.#element();
    return element ? element.unrated.map((title) => [title, element]) : [];
  }

  /**
   * The section. No name: the rubric's ratings go into the survey's one response, not a second
   * form value. The survey's `strings` reach the rubric (its `stage-rubric` section on top).
   */
  render(rubric: string, disabled: boolean, headingLevel: number, strings: unknown) {
    return html`<stage-rubric
      exportparts=${RUBRIC_PARTS}
      rubric=${rubric}
      heading-level=${headingLevel}
      .strings=${stringsFor(strings, 'stage-rubric')}
      ?disabled=${disabled}
      @input=${this.#take}
      @change=${this.#take}
    ></stage-rubric>`;
  }

  /** Input (a note as it is typed) and change (a stage, a target) from the element. */
  #take = (e: Event) => {
    const element = e.currentTarget as StageRubric;
    this.#state.draft = element.draft;
    this.#read(element);
    this.#answered();
  };

  #element(): StageRubric | null {
    return this.#host.renderRoot.querySelector('stage-rubric');
  }

  /** Reads the ratings once the element has taken what it was given. */
  async #sync() {
    await this.#host.updateComplete;
    const element = this.#element();
    if (!element) return;
    await element.updateComplete;
    this.#read(element);
  }

  #read(element: StageRubric) {
    this.#state.ratings = element.value;
    this.#state.total = Object.keys(element.value).length + element.unrated.length;
    this.#host.requestUpdate();
  }
}
