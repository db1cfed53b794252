import { LitElement, html, nothing } from 'lit';
import { tensionsOnDemand } from '../../core/catalog/on-demand.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import type { SliderKey } from '../../core/i18n/tension-slider.js';
import {
  DEFAULT_POINTS,
  TENSION_IDS,
  pointsSchema,
  positionSchema,
  safeParse,
} from '../../core/schema.js';
import type { InputProblem, Tension } from '../../core/schema.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { defineElement } from '../../internal/define.js';
import { emit, emitNative } from '../../internal/events.js';
import { isRightToLeft, localeOf } from '../../internal/locale.js';
import { tokens } from '../../internal/theme.js';
import { styles } from './tension-slider.styles.js';

export interface TensionChangeDetail {
  readonly tension: string;
  readonly current: number | null;
  readonly desired: number | null;
}

/** A marker's state: a position, `null` while unanswered, or 0 when the respondent chose Unsure. */
type Mark = number | null;
const MARKERS = ['current', 'desired'] as const;
type Marker = (typeof MARKERS)[number];

/**
 * Two markers on one tension: where we are and where we should be.
 *
 * @summary A tension between two poles with "where we are" and "where we should be" markers.
 *
 * @fires input - While a marker moves (pointer drag, key press, Unsure toggled).
 * @fires change - When a move is committed (pointer released, key press, Unsure toggled).
 * @fires tension-change - With the change: `detail: { tension, current, desired }`.
 * @fires tk-error - Bad configuration: `detail: { message, path }`.
 *
 * @csspart label - The question.
 * @csspart track - The line the markers sit on.
 * @csspart marker - Both markers; also `marker-current` and `marker-desired`.
 * @csspart gap - The arrow from where we are to where we should be.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - "Where we are" marker colour, links and focus.
 * @cssproperty [--tk-desired-color] - "Where we should be" marker colour.
 * @cssproperty [--tk-gap-color] - The gap arrow (default: the text colour).
 * @cssproperty [--tk-track-color] - The line.
 * @cssproperty [--tk-marker-size=1.75rem] - Marker size (keep at least 24px).
 */
export class TensionSlider extends LitElement {
  static override styles = [tokens, styles];
  static formAssociated = true;
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
    strings: { type: Object },
    marks: { state: true },
    formDisabled: { state: true },
    invalidShown: { state: true },
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
  /** Form field name: the form gets `<name>.current` and `<name>.desired` ("" when null). */
  name = '';
  /** Both markers must be placed (or marked Unsure) before the form submits. */
  required = false;
  disabled = false;
  /** Points on the scale, 3 to 11 (default 7). */
  points = DEFAULT_POINTS;
  /** Overrides for any UI string, by key (or as a JSON attribute). */
  strings: Partial<Record<SliderKey, string>> | null = null;

  private marks: Mark[] = [null, null];
  private formDisabled = false;
  private invalidShown = false;
  private propProblems: InputProblem[] = [];

  private internals = this.attachInternals();
  private s?: Messages<SliderKey>;
  private t?: Tension;
  private readonly catalog = new CatalogText(this, tensionsOnDemand);
  private n = DEFAULT_POINTS;
  private problems: InputProblem[] = [];
  private dragging = -1;
  private snapshot = '';

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.invalidShown = true));
  }

  /** "Where we are": 1 (left pole) to `points`, or null (unanswered or Unsure). */
  get current(): number | null {
    return this.marks[0] || null;
  }
  set current(value: number | null) {
    this.setProp(0, value);
  }

  /** "Where we should be": 1 (left pole) to `points`, or null (unanswered or Unsure). */
  get desired(): number | null {
    return this.marks[1] || null;
  }
  set desired(value: number | null) {
    this.setProp(1, value);
  }

  /** Which markers the respondent marked Unsure (their value is null on purpose). */
  get unsure(): { current: boolean; desired: boolean } {
    return { current: this.marks[0] === 0, desired: this.marks[1] === 0 };
  }
  set unsure(value: { current?: boolean; desired?: boolean }) {
    this.marks = this.marks.map((m, i) =>
      value?.[MARKERS[i]!] ? 0 : m === 0 ? null : m,
    ) as Mark[];
  }

  /** True when both markers are placed or marked Unsure. */
  get answered(): boolean {
    return !this.marks.includes(null);
  }

  get form() {
    return this.internals.form;
  }

  override willUpdate() {
    const locale = localeOf(this);
    // Undefined for a moment while the language's words and text load; drawn once they are here.
    const text = this.catalog.get(locale);
    this.s = text && withOverrides(text.slider, this.strings);
    const problems: InputProblem[] = [];
    const points = safeParse(pointsSchema, this.points);
    this.n = points.ok ? points.value : DEFAULT_POINTS;
    if (!points.ok) problems.push({ path: 'points', message: points.problems[0]!.message });
    const id = this.tension;
    this.t = undefined;
    if ((TENSION_IDS as readonly string[]).includes(id)) {
      this.t = text?.tensions.find((t) => t.id === id);
    } else if (this.label) {
      const pole = (label: string) => ({ label, benefits: [] });
      this.t = {
        id: id || 'custom',
        name: '',
        question: this.label,
        left: pole(this.leftLabel),
        right: pole(this.rightLabel),
      };
      if (!this.leftLabel || !this.rightLabel)
        problems.push({
          path: this.leftLabel ? 'right-label' : 'left-label',
          message: 'A custom tension needs both left-label and right-label.',
        });
    } else {
      problems.push({
        path: 'tension',
        message: `${id ? `"${id}" is not a built-in tension` : 'No tension is set'}; use one of ${TENSION_IDS.join(', ')}, or set label, left-label and right-label.`,
      });
    }
    problems.push(...this.propProblems);
    this.problems = problems;
    if (problems.length) reportProblems(this, problems);
    // A scale made shorter drops positions past its end.
    if (this.marks.some((m) => m && m > this.n)) {
      this.marks = this.marks.map((m) => (m && m > this.n ? null : m));
    }
    if (!this.marks.includes(null)) this.invalidShown = false;
  }
  protected override getUpdateComplete(): Promise<boolean> {
    return this.catalog.settle(() => super.getUpdateComplete());
  }

  override updated() {
    const track = this.renderRoot.querySelector<HTMLElement>('.track');
    const at = (m: Mark) => (m ? (m - 1) / (this.n - 1) : 0.5);
    const [c, d] = this.marks.map(at) as [number, number];
    track?.style.setProperty('--c', String(c));
    track?.style.setProperty('--d', String(d));
    track?.style.setProperty('--lo', String(Math.min(c, d)));
    track?.style.setProperty('--hi', String(Math.max(c, d)));

    const [mc, md] = this.marks;
    const cell = (m?: Mark) => (m ? String(m) : '');
    let data: FormData | null = null;
    if (this.name) {
      data = new FormData();
      data.append(`${this.name}.current`, cell(mc));
      data.append(`${this.name}.desired`, cell(md));
    }
    // The state keeps Unsure apart from unanswered for back-navigation: "3,u" or ",".
    this.internals.setFormValue(data, this.marks.map((m) => (m === 0 ? 'u' : cell(m))).join());
    const missing = this.marks.indexOf(null);
    if (this.required && missing >= 0 && this.s) {
      this.internals.setValidity(
        { valueMissing: true },
        format(this.s.required, { label: this.t?.name || this.t?.question || '' }),
        this.markerEl(missing) ?? undefined,
      );
    } else {
      this.internals.setValidity({});
    }
  }

  private setProp(i: number, value: number | null) {
    const result = safeParse(positionSchema, value);
    const ok = result.ok && (value === null || value <= this.n);
    this.propProblems = ok
      ? []
      : [
          {
            path: MARKERS[i]!,
            message: `Use a whole number from 1 to ${this.n}, or null; got ${String(value)}.`,
          },
        ];
    if (ok) this.marks = this.marks.map((m, j) => (j === i ? value : m));
  }

  private get off() {
    return this.disabled || this.formDisabled || !!this.problems.length;
  }

  private markerEl(i: number) {
    return this.renderRoot.querySelector<HTMLElement>(`.m${i}`);
  }

  /** Sets marker i as the respondent moved it; fires `input` when it changed. */
  private move(i: number, value: Mark) {
    if (this.marks[i] === value) return;
    this.marks = this.marks.map((m, j) => (j === i ? value : m));
    emitNative(this, 'input');
  }

  /** Fires `change` and `tension-change` if the markers differ from when the gesture began. */
  private commit() {
    if (String(this.marks) === this.snapshot) return;
    emitNative(this, 'change');
    emit<TensionChangeDetail>(this, 'tension-change', {
      tension: this.t!.id,
      current: this.current,
      desired: this.desired,
    });
  }

  private valueAt(x: number): number {
    const r = this.renderRoot.querySelector('.rail')!.getBoundingClientRect();
    let f = (x - r.left) / r.width;
    if (isRightToLeft(this)) f = 1 - f;
    return Math.min(this.n, Math.max(1, Math.round(f * (this.n - 1)) + 1));
  }

  private handlePointerDown(e: PointerEvent) {
    if (this.off || e.button) return;
    const value = this.valueAt(e.clientX);
    const hit = (e.target as Element).closest<HTMLElement>('.m');
    let i = hit ? Number(hit.dataset.i) : this.marks.indexOf(null);
    if (i < 0) {
      // Both answered: the nearest placed marker moves (the first when none is placed).
      const far = (m: Mark | undefined) => (m ? Math.abs(m - value) : 99);
      i = far(this.marks[1]) < far(this.marks[0]) ? 1 : 0;
    }
    e.preventDefault();
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    this.dragging = i;
    this.snapshot = String(this.marks);
    this.move(i, value);
    this.updateComplete.then(() => this.markerEl(i)?.focus());
  }

  private handlePointerMove(e: PointerEvent) {
    if (this.dragging >= 0) this.move(this.dragging, this.valueAt(e.clientX));
  }

  private handlePointerUp() {
    if (this.dragging < 0) return;
    this.dragging = -1;
    this.commit();
  }

  private handleKeyDown(e: KeyboardEvent) {
    const i = Number((e.currentTarget as HTMLElement).dataset.i);
    const n = this.n;
    const m = this.marks[i];
    const step = Math.ceil(n / 4);
    const flip = isRightToLeft(this) ? -1 : 1;
    const delta: Record<string, number> = {
      ArrowRight: flip,
      ArrowLeft: -flip,
      ArrowUp: 1,
      ArrowDown: -1,
      PageUp: step,
      PageDown: -step,
    };
    let value: number;
    if (e.key === 'Home') value = 1;
    else if (e.key === 'End') value = n;
    else if (e.key in delta) value = m ? m + delta[e.key]! : Math.ceil(n / 2);
    else return;
    e.preventDefault();
    if (this.off) return;
    this.snapshot = String(this.marks);
    this.move(i, Math.min(n, Math.max(1, value)));
    this.commit();
  }

  private handleUnsure(e: Event) {
    const box = e.target as HTMLInputElement;
    this.snapshot = String(this.marks);
    this.move(Number(box.dataset.i), box.checked ? 0 : null);
    this.commit();
  }

  /** Focuses the first marker still to answer (else the first marker). */
  override focus(options?: FocusOptions) {
    (this.markerEl(Math.max(0, this.marks.indexOf(null))) ?? this).focus(options);
  }

  checkValidity() {
    return this.internals.checkValidity();
  }

  reportValidity() {
    return this.internals.reportValidity();
  }

  formResetCallback() {
    this.marks = [null, null];
    this.invalidShown = false;
  }

  formStateRestoreCallback(state: unknown) {
    if (typeof state !== 'string') return;
    this.marks = state
      .split(',')
      .slice(0, 2)
      .map((part) => {
        const value = part === 'u' ? 0 : Number(part);
        return Number.isInteger(value) && value >= 0 && value <= this.n && part ? value : null;
      });
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  private renderMarker(key: Marker, i: number, s: Messages<SliderKey>) {
    const { n, t } = this;
    const m = this.marks[i]!;
    const position =
      m === null
        ? s.unanswered
        : m
          ? positionWords(s, m, n, t!.left.label, t!.right.label)
          : s.unsure;
    return html`<div
      role="slider"
      class="m m${i} ${m ? '' : 'unset'}"
      part="marker marker-${key}"
      data-i=${i}
      tabindex=${this.off ? -1 : 0}
      aria-label=${s[key]}
      aria-valuemin="1"
      aria-valuemax=${n}
      aria-valuenow=${m || Math.ceil(n / 2)}
      aria-valuetext=${
        m
          ? format(s.valueText, { marker: s[key], position, value: m, points: n })
          : `${s[key]}: ${position}`
      }
      aria-disabled=${this.off ? 'true' : nothing}
      @keydown=${this.handleKeyDown}
    >
      <span class="tag" aria-hidden="true">${s[`${key}Short`]}</span>
    </div>`;
  }

  private renderSlider(t: Tension, s: Messages<SliderKey>) {
    const { marks } = this;
    const [c, d] = marks;
    const next = marks.indexOf(null);
    const benefits = [t.left, t.right].filter((pole) => pole.benefits.length);
    return html`<div role="group" aria-labelledby="q" class=${this.off ? 'off' : ''}>
      <p id="q" part="label">
        ${t.name ? html`<strong>${t.name}.</strong> ` : nothing}${t.question}
      </p>
      <div class="poles"><span>${t.left.label}</span><span>${t.right.label}</span></div>
      <div
        class="track"
        part="track"
        @pointerdown=${this.handlePointerDown}
        @pointermove=${this.handlePointerMove}
        @pointerup=${this.handlePointerUp}
        @pointercancel=${this.handlePointerUp}
      >
        <div class="rail">
          <div class="ticks">${Array.from({ length: this.n }, () => html`<i></i>`)}</div>
          <div
            class="gap ${c && d && c !== d ? (d > c ? 'fwd' : 'back') : 'unset'}"
            part="gap"
          ></div>
          ${MARKERS.map((key, i) => this.renderMarker(key, i, s))}
        </div>
      </div>
      <div class="legend">
        ${MARKERS.map(
          (key, i) =>
            html`<span class="k${i}"
              >${s[key]}
              <label
                ><input
                  type="checkbox"
                  data-i=${i}
                  .checked=${marks[i] === 0}
                  ?disabled=${this.off}
                  @input=${(e: Event) => e.stopPropagation()}
                  @change=${this.handleUnsure}
                />${s.unsure}<span class="visually-hidden">: ${s[key]}</span></label
              ></span
            >`,
        )}
      </div>
      ${
        next >= 0 && !this.off
          ? html`<p class="hint">${format(s.hint, { marker: s[MARKERS[next]!] })}</p>`
          : nothing
      }
      ${this.invalidShown ? html`<p class="err">${this.internals.validationMessage}</p>` : nothing}
      ${
        benefits.length
          ? html`<details>
              <summary>${s.benefits}</summary>
              <div class="ben">
                ${benefits.map(
                  (pole) =>
                    html`<div>
                      <strong>${pole.label}</strong>
                      <ul>
                        ${pole.benefits.map((b) => html`<li>${b}</li>`)}
                      </ul>
                    </div>`,
                )}
              </div>
            </details>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const { s } = this;
    if (!s) return nothing;
    return html`${this.problems.length ? configErrorTemplate(s.configError, this.problems) : nothing}
    ${this.t ? this.renderSlider(this.t, s) : nothing}`;
  }
}

defineElement('tension-slider', TensionSlider);

declare global {
  interface HTMLElementTagNameMap {
    'tension-slider': TensionSlider;
  }
  interface HTMLElementEventMap {
    'tension-change': CustomEvent<TensionChangeDetail>;
  }
}
