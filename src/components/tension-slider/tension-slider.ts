import { html, nothing } from 'lit';
import { tensionsOnDemand } from '../../core/catalog/on-demand.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SliderKey } from '../../core/i18n/tension-slider.js';
import { pointsProblem } from '../../core/plain-checks.js';
import { DEFAULT_POINTS } from '../../core/constants.js';
import type { InputProblem, Tension } from '../../core/schema.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import {
  stringsOrNull,
  stringsProblems,
  stringsProperty,
} from '../../internal/strings-attribute.js';
import { defineElement } from '../../internal/define.js';
import { emit, emitNative } from '../../internal/events.js';
import { FormControl, FormControlElement } from '../../internal/form-control.js';
import type { Invalid } from '../../internal/form-control.js';
import { isRightToLeft } from '../../internal/locale.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { sliderWords } from '../../internal/pack-text.js';
import { exploreOnDemand, exploreTemplate } from '../../internal/explore.js';
import { tokens } from '../../internal/theme.js';
import {
  MARKERS,
  keyTarget,
  marksState,
  parseMarksState,
  reconcileMarks,
  resolveTension,
} from './tension-slider.model.js';
import type { Mark } from './tension-slider.model.js';
import { benefitsTemplate, markerTemplate, unsureTemplate } from './tension-slider.parts.js';
import { styles } from './tension-slider.styles.js';

export type { TensionChangeDetail } from '../../internal/events.js';

/**
 * Two markers on one tension: where we are and where we should be.
 *
 * Form-associated, with the surface every tensionkit form element shares (`form`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`) from
 * `FormControlElement` in src/internal/form-control.ts.
 *
 * @summary A tension between two poles with "where we are" and "where we should be" markers.
 *
 * @fires input - While a marker moves (pointer drag, key press, Unsure toggled).
 * @fires change - When a move is committed (pointer released, key press, Unsure toggled).
 * @fires tension-change - With the change: `detail: { tension, current, desired }`.
 * @fires tk-error - Bad configuration: `detail: { message, path }`.
 *
 * @cssstate user-invalid - After a failed submit or `reportValidity()`, until the answers are complete.
 *
 * @csspart label - The question.
 * @csspart track - The line the markers sit on.
 * @csspart marker - Both markers.
 * @csspart marker-current - The "where we are" marker.
 * @csspart marker-desired - The "where we should be" marker.
 * @csspart gap - The arrow from where we are to where we should be.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - "Where we are" marker colour, links and focus.
 * @cssproperty [--tk-desired-color] - "Where we should be" marker colour.
 * @cssproperty [--tk-gap-color] - The gap arrow (default: the text colour).
 * @cssproperty [--tk-track-color] - The line.
 * @cssproperty [--tk-marker-size=1.75rem] - Marker size (keep at least 24px).
 */
export class TensionSlider extends FormControlElement {
  static override styles = [tokens, styles];
  // Reactive properties declared statically: the decorators would add about 0.4 KB gzip.
  static override properties = {
    tension: {},
    label: {},
    leftLabel: { attribute: 'left-label' },
    rightLabel: { attribute: 'right-label' },
    name: {},
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    points: { type: Number },
    strings: stringsProperty,
    customTension: { attribute: false },
    marks: { state: true },
    propProblems: { state: true },
  };

  /** A built-in tension id, or your own id when `label`, `left-label` and `right-label` are set. */
  tension = '';
  /** The question of a custom tension. */
  label = '';
  /** The left pole of a custom tension. */
  leftLabel = '';
  /** The right pole of a custom tension. */
  rightLabel = '';
  /**
   * A custom tension's whole text (`id`, `name`, `question`, poles with `benefits`), as a survey
   * definition gives it; wins over `label`, `left-label` and `right-label`. Its `lang`, when set,
   * marks its text as in another language than the page's.
   */
  customTension: (Tension & { lang?: string }) | null = null;
  /** Form field name: the form gets `<name>.current` and `<name>.desired` ("" when null). */
  name = '';
  /** Both markers must be placed (or marked Unsure) before the form submits. */
  required = false;
  disabled = false;
  /** Points on the scale, 3 to 11 (default 7). */
  points = DEFAULT_POINTS;
  /** Overrides for any UI string, by key (or as a JSON attribute). */
  strings: Partial<Record<SliderKey, string>> | null = null;

  /** "Where we are": 1 (left pole) to `points`, or null (unanswered or Unsure). */
  get current(): number | null {
    return this.#markAt(0);
  }
  set current(value: number | null) {
    this.#give(0, value);
  }

  /** "Where we should be": 1 (left pole) to `points`, or null (unanswered or Unsure). */
  get desired(): number | null {
    return this.#markAt(1);
  }
  set desired(value: number | null) {
    this.#give(1, value);
  }

  /** Which markers the respondent marked Unsure (their value is null on purpose). */
  get unsure(): { current: boolean; desired: boolean } {
    return { current: this.marks[0] === 0, desired: this.marks[1] === 0 };
  }
  set unsure(value: { current?: boolean; desired?: boolean }) {
    const marks = this.marks.map((mark, index) => {
      if (value?.[MARKERS[index]!]) {
        // Unsure wins over a position set just before it.
        this.#givenMarks.delete(index);
        return 0;
      }
      return mark === 0 ? null : mark;
    });
    // The survey sets this on every render: the same marks again must not update the slider.
    if (marks.some((mark, index) => mark !== this.marks[index])) this.marks = marks;
  }

  /** True when both markers are placed or marked Unsure. */
  get answered(): boolean {
    return !this.marks.includes(null);
  }

  private marks: Mark[] = [null, null];
  /** Problems with the positions the page last set. */
  private propProblems: InputProblem[] = [];

  /** Positions the page set, by marker index, checked against the scale in willUpdate. */
  readonly #givenMarks = new Map<number, unknown>();
  protected readonly formControl = new FormControl(this, {
    value: () => this.#formValue(),
    validity: () => this.#missingMarker(),
    reset: () => {
      this.#givenMarks.clear();
      this.marks = [null, null];
    },
    restore: (state) => {
      if (typeof state !== 'string') return;
      this.#givenMarks.clear();
      this.marks = parseMarksState(state);
    },
  });
  readonly #catalog = new CatalogText(this, tensionsOnDemand);
  readonly #packs = new LocalePacks(this);
  /** Signs of leaning too far and strategies: loaded the first time the disclosure opens. */
  readonly #explore = new CatalogText(this, exploreOnDemand);
  #exploreOpen = false;
  #messages?: Messages<SliderKey>;
  #tensionText?: Tension;
  /** The scale size in use: `points` once checked. */
  #scale = DEFAULT_POINTS;
  #problems: InputProblem[] = [];
  #shownProblems: InputProblem[] = [];
  /** The marker a pointer is dragging, or -1. */
  #dragging = -1;
  /** The markers when a gesture began, to tell whether it changed anything. */
  #gestureStart = '';

  override disconnectedCallback() {
    super.disconnectedCallback();
    // Out of the page mid-drag, the slider never hears its pointerup (the browser drops the
    // capture with the element): the gesture ends here, or hovering would move a marker later.
    this.#handlePointerUp();
  }

  override willUpdate() {
    const packs = this.#packs;
    // Undefined for a moment while the language's words and text load; drawn once they are here.
    const text = this.#catalog.get(packs.read());
    this.#messages =
      text && withOverrides(packs.in(text.slider, sliderWords), stringsOrNull(this.strings));
    const problems: InputProblem[] = [];
    const pointsWrong = pointsProblem(this.points);
    this.#scale = pointsWrong ? DEFAULT_POINTS : this.points;
    if (pointsWrong) problems.push({ path: 'points', message: pointsWrong });
    const resolved = resolveTension(this, text && packs.in(text.tensions, (pack) => pack.tensions));
    this.#tensionText = resolved.tension;
    problems.push(...resolved.problems);
    // Positions are checked here, against the scale as it is now, whichever arrived first.
    const reconciled = reconcileMarks(this.marks, this.#givenMarks, this.#scale);
    if (this.#givenMarks.size) this.propProblems = reconciled.problems;
    this.#givenMarks.clear();
    this.marks = reconciled.marks;
    problems.push(...this.propProblems);
    this.#problems = problems;
    // Words that cannot be read are reported, but the slider stays usable with its own.
    this.#shownProblems = [...problems, ...stringsProblems(this.strings)];
    if (this.#shownProblems.length) reportProblems(this, this.#shownProblems);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#explore.settle(() => this.#catalog.settle(() => super.getUpdateComplete()));
  }

  override updated() {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    const fraction = (mark: Mark) => (mark ? (mark - 1) / (this.#scale - 1) : 0.5);
    const [c, d] = this.marks.map(fraction) as [number, number];
    // Where the markers and the gap sit, as fractions of the line (see the styles).
    const positions = { c, d, lo: Math.min(c, d), hi: Math.max(c, d) };
    for (const [name, value] of Object.entries(positions))
      track?.style.setProperty(`--${name}`, String(value));
  }

  /** Keeps a position the page set, in the order set, for willUpdate to check. */
  #give(index: number, value: unknown) {
    this.#givenMarks.delete(index);
    this.#givenMarks.set(index, value);
    this.requestUpdate();
  }

  /** The checked mark at `index`, or what the page just set there until the next update. */
  #markAt(index: number): number | null {
    const given = this.#givenMarks;
    const value = given.has(index) ? given.get(index) : this.marks[index];
    // Only a number or numeric text reads as a position; an object may not convert at all.
    return (typeof value === 'number' || typeof value === 'string' ? Number(value) : 0) || null;
  }

  #formValue() {
    const cell = (mark?: Mark) => (mark ? String(mark) : '');
    let value: FormData | null = null;
    if (this.name) {
      value = new FormData();
      value.append(`${this.name}.current`, cell(this.marks[0]));
      value.append(`${this.name}.desired`, cell(this.marks[1]));
    }
    return { value, state: marksState(this.marks) };
  }

  /** The first marker still to place when required, anchored on that marker. */
  #missingMarker(): Invalid | null {
    const missing = this.marks.indexOf(null);
    if (!this.required || missing < 0 || !this.#messages) return null;
    const label = this.#tensionText?.name || this.#tensionText?.question || '';
    return [format(this.#messages.required, { label }), this.#markerElement(missing) ?? undefined];
  }

  readonly #handleDisclosure = (event: Event) => {
    if (this.#exploreOpen || !(event.target as HTMLDetailsElement).open) return;
    this.#exploreOpen = true;
    this.requestUpdate();
  };

  get #locked() {
    return this.disabled || this.formControl.formDisabled || !!this.#problems.length;
  }

  #markerElement(index: number) {
    return this.renderRoot.querySelector<HTMLElement>(`.m${index}`);
  }

  /** Sets a marker as the respondent moved it; fires `input` when it changed. */
  #move(index: number, value: Mark) {
    if (this.marks[index] === value) return;
    this.marks = this.marks.map((mark, at) => (at === index ? value : mark));
    emitNative(this, 'input');
  }

  /** Fires `change` and `tension-change` if the markers differ from when the gesture began. */
  #commit() {
    if (String(this.marks) === this.#gestureStart) return;
    emitNative(this, 'change');
    emit(this, 'tension-change', {
      tension: this.#tensionText!.id,
      current: this.current,
      desired: this.desired,
    });
  }

  #valueAt(x: number): number {
    const rail = this.renderRoot.querySelector('.rail')!.getBoundingClientRect();
    let fraction = (x - rail.left) / rail.width;
    if (isRightToLeft(this)) fraction = 1 - fraction;
    return Math.min(this.#scale, Math.max(1, Math.round(fraction * (this.#scale - 1)) + 1));
  }

  #handlePointerDown(e: PointerEvent) {
    if (this.#locked || e.button) return;
    const value = this.#valueAt(e.clientX);
    const hit = (e.target as Element).closest<HTMLElement>('.m');
    let index = hit ? Number(hit.dataset.i) : this.marks.indexOf(null);
    if (index < 0) {
      // Both answered: the nearest placed marker moves (the first when none is placed).
      const distance = (mark: Mark | undefined) => (mark ? Math.abs(mark - value) : 99);
      index = distance(this.marks[1]) < distance(this.marks[0]) ? 1 : 0;
    }
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.#dragging = index;
    this.#gestureStart = String(this.marks);
    this.#move(index, value);
    this.updateComplete.then(() => this.#markerElement(index)?.focus());
  }

  #handlePointerMove(e: PointerEvent) {
    if (this.#dragging >= 0) this.#move(this.#dragging, this.#valueAt(e.clientX));
  }

  #handlePointerUp() {
    if (this.#dragging < 0) return;
    this.#dragging = -1;
    this.#commit();
  }

  #handleKeyDown(e: KeyboardEvent) {
    const index = Number((e.currentTarget as HTMLElement).dataset.i);
    const value = keyTarget(e.key, this.marks[index]!, this.#scale, isRightToLeft(this));
    if (value === undefined) return;
    e.preventDefault();
    if (this.#locked) return;
    this.#gestureStart = String(this.marks);
    this.#move(index, value);
    this.#commit();
  }

  #handleUnsure(e: Event) {
    const box = e.target as HTMLInputElement;
    this.#gestureStart = String(this.marks);
    this.#move(Number(box.dataset.i), box.checked ? 0 : null);
    this.#commit();
  }

  /** Focuses the first marker still to answer (else the first marker). */
  override focus(options?: FocusOptions) {
    (this.#markerElement(Math.max(0, this.marks.indexOf(null))) ?? this).focus(options);
  }

  #renderSlider(tension: Tension, messages: Messages<SliderKey>) {
    const { marks } = this;
    const [current, desired] = marks;
    const next = marks.indexOf(null);
    const gap =
      current && desired && current !== desired ? (desired > current ? 'fwd' : 'back') : 'unset';
    // A survey definition's text in another language than the page's says which (WCAG 3.1.2).
    const lang = this.customTension === tension ? this.customTension.lang : undefined;
    // Our own words inside that text say they are in the page's language.
    const note = this.required ? messages.requiredNote : '';
    return html`<div role="group" aria-labelledby="q" class=${this.#locked ? 'off' : ''}>
      <p id="q" part="label" lang=${lang ?? nothing}>
        ${tension.name ? html`<strong>${tension.name}.</strong> ` : nothing}${tension.question}
        ${this.required && lang ? html`<span lang=${this.#packs.wordsLang}>${note}</span>` : note}
      </p>
      <div class="poles" lang=${lang ?? nothing}>
        <span>${tension.left.label}</span><span>${tension.right.label}</span>
      </div>
      <div
        class="track"
        part="track"
        @pointerdown=${this.#handlePointerDown}
        @pointermove=${this.#handlePointerMove}
        @pointerup=${this.#handlePointerUp}
        @pointercancel=${this.#handlePointerUp}
      >
        <div class="rail">
          <div class="ticks">${Array.from({ length: this.#scale }, () => html`<i></i>`)}</div>
          <div class="gap ${gap}" part="gap"></div>
          ${MARKERS.map((key, index) =>
            markerTemplate({
              key,
              index,
              mark: marks[index]!,
              scale: this.#scale,
              tension,
              messages,
              locked: this.#locked,
              invalid: this.formControl.userInvalid && marks[index] === null,
              onKeyDown: this.#handleKeyDown,
            }),
          )}
        </div>
      </div>
      ${unsureTemplate(marks, messages, this.#locked, this.#handleUnsure)}
      <p class="hint" id="hint">
        ${next >= 0 && !this.#locked ? format(messages.hint, { marker: messages[MARKERS[next]!] }) : ''}
        ${messages.keys}
      </p>
      ${
        this.formControl.userInvalid
          ? html`<p class="err" id="err" role="alert">${this.#missingMarker()?.[0] ?? ''}</p>`
          : nothing
      }
      ${benefitsTemplate(
        tension,
        messages,
        this.#exploreOpen
          ? exploreTemplate(tension.id, tension, this.#exploreText(), 'ben')
          : nothing,
        this.#handleDisclosure,
        lang,
      )}
    </div>`;
  }

  /** Explore both sides in the page's language: the pack's words over the built-in text. */
  #exploreText() {
    const language = this.#explore.get(this.#packs.read());
    return language && this.#packs.in(language, (pack) => pack.explore);
  }

  override render() {
    const messages = this.#messages;
    if (!messages) return nothing;
    return html`${this.#shownProblems.length ? configErrorTemplate(messages.configError, this.#shownProblems) : nothing}
    ${this.#tensionText ? this.#renderSlider(this.#tensionText, messages) : nothing}`;
  }
}

defineElement('tension-slider', TensionSlider);

declare global {
  interface HTMLElementTagNameMap {
    'tension-slider': TensionSlider;
  }
}
