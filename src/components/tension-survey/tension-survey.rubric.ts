/**
 * The survey's rubric section: loads `<stage-rubric>` on first use (a survey without a rubric
 * does not carry it), gives it the draft it should show, and reads its ratings back.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RatingDraft, RubricValue } from '../../core/rubric-ratings.js';
import type { StageRubric } from '../stage-rubric/stage-rubric.js';

export class RubricSection implements ReactiveController {
  /** Everything typed in the section, notes before a stage too: what the survey's draft keeps. */
  draft: Record<string, RatingDraft> = {};
  /** Rated dimensions, as the response carries them. */
  ratings: RubricValue = {};
  /** Dimensions in the rubric, 0 until it has drawn. */
  total = 0;
  /** `<stage-rubric>` is defined and can be drawn. */
  ready = false;
  /** Why it could not be loaded, else empty. */
  error = '';
  private loading = false;
  /** The element last given `draft`, and whether a restore or reset must give it again. */
  private seeded: Element | null = null;
  private reseed = false;

  constructor(private readonly host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /**
   * After each update, before the form reads the section's validity. Set here, not bound in the
   * template: Lit sets an object property on every render, which would feed the respondent's
   * typing back into the rubric (and undo a stage chosen mid-update).
   */
  hostUpdated(): void {
    const element = this.element();
    if (element && (element !== this.seeded || this.reseed)) {
      element.draft = this.draft;
      this.seeded = element;
      this.reseed = false;
    }
  }

  element(): StageRubric | null {
    return this.host.renderRoot.querySelector('stage-rubric');
  }

  /** Loads `<stage-rubric>` once. */
  load(): void {
    if (this.loading) return;
    this.loading = true;
    import('../stage-rubric/stage-rubric.js').then(
      () => {
        this.ready = true;
        this.host.requestUpdate();
        void this.sync();
      },
      (error: Error) => {
        this.error = `The rubric could not be loaded (${error.message}).`;
        this.host.requestUpdate();
      },
    );
  }

  /** Takes a stored draft; the element gets it on the next update. */
  restore(draft: Record<string, RatingDraft>): void {
    this.draft = draft;
    this.reseed = true;
    void this.sync();
  }

  reset(): void {
    this.draft = {};
    this.ratings = {};
    this.reseed = true;
    this.host.requestUpdate();
  }

  /** The respondent changed the section (`input` or `change` from the element). */
  take(element: StageRubric): void {
    this.draft = element.draft;
    this.read(element);
  }

  /** Reads the ratings once the element has taken what it was given (a restored draft). */
  private async sync() {
    await this.host.updateComplete;
    const element = this.element();
    if (!element) return;
    await element.updateComplete;
    this.read(element);
  }

  private read(element: StageRubric) {
    this.ratings = element.value;
    this.total = Object.keys(this.ratings).length + element.unrated.length;
    this.host.requestUpdate();
  }
}
