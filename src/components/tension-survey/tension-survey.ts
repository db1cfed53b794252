import { LitElement, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { tensionsOnDemand } from '../../core/catalog/on-demand.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SurveyFormKey, SurveyKey } from '../../core/i18n/tension-survey.js';
import type { RatingDraft, RubricValue } from '../../core/rubric-ratings.js';
import {
  DEFAULT_POINTS,
  DRAFT_VERSION,
  RESPONSE_VERSION,
  TENSION_IDS,
  describeProblems,
  parseResponse,
} from '../../core/schema.js';
import { parseDraft } from '../../core/draft.js';
import type { InputProblem, Locale, SurveyResponse } from '../../core/schema.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { defineElement } from '../../internal/define.js';
import { draftStore, draftsAvailable } from '../../internal/draft-store.js';
import { emit } from '../../internal/events.js';
import { localeOf } from '../../internal/locale.js';
import { tokens } from '../../internal/theme.js';
import type { StageRubric } from '../stage-rubric/stage-rubric.js';
import type { ResultFiles } from './tension-survey-result.js';
import '../tension-slider/tension-slider.js';
import type { TensionSlider } from '../tension-slider/tension-slider.js';
import { styles } from './tension-survey.styles.js';

/** A marker as the survey keeps it: a position, null while unanswered, 0 for Unsure. */
type Mark = number | null;

/**
 * The drop-in survey: every tension (or those named), an optional role question, progress, and
 * on submit the respondent's own result with a share code and downloads.
 *
 * With `rubric`, a `<stage-rubric>` follows the tensions as a final section (loaded only then) and
 * the response carries its ratings under `rubric`. Its ratings are optional unless
 * `rubric-required` is set: a teacher or parent may not know every district condition, and a
 * leadership team that must rate them all says so.
 *
 * @summary The whole tensions survey, with its result.
 *
 * @fires survey-submit - A complete response was submitted: `detail` is the validated response.
 * @attr share-instructions - What to do with the share code, shown beside it (default: paste it in the team's discussion thread).
 *
 * @fires tk-error - Bad configuration (the rubric section's too), or a stored draft that could not be read.
 *
 * @csspart submit - The submit button.
 * @csspart result - The result shown after submitting.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - Buttons, links, progress and the "where we are" marker.
 * @cssproperty [--tk-spacing=0.75rem] - Space between questions.
 */
export class TensionSurvey extends LitElement {
  static override styles = [tokens, styles];
  static formAssociated = true;
  // Reactive properties declared statically: the decorators would add about 0.4 KB gzip.
  static override properties = {
    tensions: {},
    roles: {},
    persist: {},
    name: {},
    survey: {},
    points: { type: Number },
    rubric: {},
    rubricRequired: { type: Boolean, attribute: 'rubric-required' },
    strings: { type: Object },
    answers: { state: true },
    chosenRole: { state: true },
    missing: { state: true },
    result: { state: true },
    formDisabled: { state: true },
    rubricReady: { state: true },
    rubricError: { state: true },
    ratings: { state: true },
  };

  /** Tension ids to ask, separated by spaces or commas (default: all seven). */
  tensions = '';
  /** Roles to choose from, separated by commas; without it, no role question. */
  roles = '';
  /** Opt-in: a key under which a draft is kept in localStorage. */
  persist = '';
  /** Form field name: the form gets the response as one JSON text. */
  name = '';
  /** The survey id written into the response. */
  // The codec's DEFAULT_SURVEY_ID, spelled out: the codec loads only when a response is submitted.
  survey = 'tensions';
  /** Points on every scale, 3 to 11 (default 7). */
  points = DEFAULT_POINTS;
  /**
   * Adds the rubric as a final section: a built-in rubric id, or the attribute alone (`rubric` or
   * `rubric=""`) for the district rubric (`district`); rubric JSON text works too. Absent: no rubric.
   */
  rubric: string | null = null;
  /** Every rubric dimension needs a stage before the survey submits (default: ratings optional). */
  rubricRequired = false;
  /** Overrides for any UI string, by key (or as a JSON attribute). */
  strings: Partial<Record<SurveyKey, string>> | null = null;

  private answers: Record<string, Mark[]> = {};
  private chosenRole = '';
  private missing: string[] = [];
  private result: SurveyResponse | null = null;
  private formDisabled = false;
  private rubricReady = false;
  private rubricError = '';
  /** The rubric section's ratings (dimensions with a stage), as the response carries them. */
  private ratings: RubricValue = {};

  private internals = this.attachInternals();
  private readonly catalog = new CatalogText(this, tensionsOnDemand);
  private s?: Messages<SurveyFormKey>;
  private locale: Locale = 'en';
  private ids: string[] = [];
  private problems: InputProblem[] = [];
  /** The result view and its files, loaded and made on submit. */
  private resultModule?: typeof import('./tension-survey-result.js');
  private files: ResultFiles | null = null;
  private copied = false;
  private rid = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);
  private rubricLoading = false;
  /** Everything typed in the rubric section, notes before a stage too: what the draft keeps. */
  private rubricDraft: Record<string, RatingDraft> = {};
  /** The rubric element last given `rubricDraft`, and whether a restore or reset must give it again. */
  private seeded: Element | null = null;
  private reseed = false;
  private rubricTotal = 0;

  constructor() {
    super();
    this.addEventListener('invalid', () => this.check());
  }

  /** The submitted response (validated), or null before the respondent submits. */
  get response(): SurveyResponse | null {
    return this.result;
  }

  get form() {
    return this.internals.form;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.restore(this.storage('getItem'));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.revoke();
  }

  override willUpdate() {
    this.locale = localeOf(this);
    // Undefined for a moment while the language's words and text load; drawn once they are here.
    const text = this.catalog.get(this.locale);
    this.s = text && withOverrides(text.survey, this.strings);
    const asked = this.tensions.split(/[\s,]+/).filter(Boolean);
    const known = (id: string) => (TENSION_IDS as readonly string[]).includes(id);
    const unknown = asked.filter((id) => !known(id));
    this.ids = asked.length ? asked.filter(known) : [...TENSION_IDS];
    this.problems = unknown.length
      ? [
          {
            path: 'tensions',
            message: `Unknown tension ${unknown.join(', ')}; use ${TENSION_IDS.join(', ')}.`,
          },
        ]
      : [];
    if (this.rubricError) this.problems.push({ path: 'rubric', message: this.rubricError });
    if (this.problems.length) reportProblems(this, this.problems);
    if (this.rubric !== null && !this.rubricLoading) {
      this.rubricLoading = true;
      void this.loadRubric();
    }
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.catalog.settle(() => super.getUpdateComplete());
  }

  override updated() {
    if (!this.s) return; // nothing drawn yet
    // Set here, not bound in the template: Lit sets an object property on every render, which would
    // feed the respondent's typing back into the rubric (and undo a stage chosen mid-update).
    const rubric = this.renderRoot.querySelector('stage-rubric');
    if (rubric && (rubric !== this.seeded || this.reseed)) {
      rubric.draft = this.rubricDraft;
      this.seeded = rubric;
      this.reseed = false;
    }
    // Once submitted, the form sends the very response the event carried.
    const response = this.result ? { ok: true as const, value: this.result } : this.build();
    const first = this.missingAnswers()[0];
    this.internals.setFormValue(
      this.name && response.ok && !first ? JSON.stringify(response.value) : null,
      JSON.stringify(this.draft()),
    );
    if (first) this.internals.setValidity({ valueMissing: true }, first[0], first[1]);
    else this.internals.setValidity({});
  }

  private get roleList() {
    return this.roles
      .split(',')
      .map((r) => r.trim())
      .filter(Boolean);
  }

  private draft() {
    return {
      v: DRAFT_VERSION,
      role: this.chosenRole,
      answers: this.answers,
      ...(this.rubric !== null && { rubric: this.rubricDraft }),
    };
  }

  /** The draft's storage: localStorage, or memory where that is off limits (sandboxed frames). */
  private storage(op: 'getItem' | 'setItem' | 'removeItem', key = '', value = '') {
    return this.persist && draftStore(op, `tensionkit:${this.persist}${key}`, value);
  }

  private save() {
    this.storage('setItem', '', JSON.stringify(this.draft()));
  }

  /** Takes answers from a stored draft; one that does not parse is set aside and reported. */
  private restore(text: string | null | undefined) {
    if (!text) return;
    const draft = parseDraft(text);
    if (draft.ok) {
      this.answers = draft.value.answers;
      this.chosenRole = draft.value.role ?? '';
      this.rubricDraft = draft.value.rubric ?? {};
      this.reseed = true;
      void this.syncRubric();
      return;
    }
    const aside = `tensionkit:${this.persist}:unreadable`;
    this.storage('setItem', ':unreadable', text);
    this.storage('removeItem');
    const message = `The saved draft could not be read (${describeProblems(draft.problems)}); it was set aside under "${aside}".`;
    console.warn(`<tension-survey> persist: ${message}`);
    emit(this, 'tk-error', { message, path: 'persist', problems: draft.problems });
  }

  /** The answers as a response, checked by the schema. */
  private build() {
    const tensions: Record<string, { current: Mark; desired: Mark }> = {};
    for (const id of this.ids) {
      const [current, desired] = this.answers[id] ?? [];
      tensions[id] = { current: current || null, desired: desired || null };
    }
    return parseResponse({
      version: RESPONSE_VERSION,
      id: this.rid,
      survey: this.survey,
      ...(this.chosenRole && { role: this.chosenRole }),
      submittedAt: new Date().toISOString(),
      locale: this.locale,
      ...(this.points !== DEFAULT_POINTS && { points: this.points }),
      tensions,
      ...(this.rubric !== null && Object.keys(this.ratings).length > 0 && { rubric: this.ratings }),
    });
  }

  /** Loads `<stage-rubric>` on first use, so a survey without a rubric does not carry it. */
  private async loadRubric() {
    try {
      await import('../stage-rubric/stage-rubric.js');
    } catch (error) {
      this.rubricError = `The rubric could not be loaded (${(error as Error).message}).`;
      return;
    }
    this.rubricReady = true;
    await this.syncRubric();
  }

  /** Reads the rubric's ratings once it has taken what it was given (a restored draft, a reset). */
  private async syncRubric() {
    await this.updateComplete;
    const el = this.renderRoot.querySelector('stage-rubric');
    if (!el) return;
    await el.updateComplete;
    this.readRubric(el);
  }

  private readRubric(el: StageRubric) {
    this.ratings = el.value;
    this.rubricTotal = Object.keys(this.ratings).length + el.unrated.length;
  }

  /**
   * What is still to answer, in page order: [label, element to focus]. A section appended after
   * the tensions (such as a rubric) adds its own here.
   */
  protected missingAnswers(): [string, HTMLElement][] {
    const root = this.renderRoot;
    const out: [string, HTMLElement][] = [];
    const select = root.querySelector('select');
    if (select && !this.chosenRole) out.push([this.s?.role ?? '', select]);
    for (const el of root.querySelectorAll('tension-slider')) {
      const [c, d] = this.answers[el.tension] ?? [];
      if (c === undefined || c === null || d === undefined || d === null)
        out.push([this.tension(el.tension)?.name ?? el.tension, el]);
    }
    const rubric = root.querySelector('stage-rubric');
    // Its focus() goes to the first dimension without a stage.
    if (rubric && this.rubricRequired)
      for (const title of rubric.unrated) out.push([title, rubric]);
    return out;
  }

  /** Names what is missing and focuses the first; true when everything is answered. */
  private check(): boolean {
    const missing = this.missingAnswers();
    this.missing = missing.map(([label]) => label);
    missing[0]?.[1].focus();
    return !missing.length;
  }

  private handleSlider(e: Event) {
    const el = e.currentTarget as TensionSlider;
    const { current, desired } = el.unsure;
    this.answers = {
      ...this.answers,
      [el.tension]: [current ? 0 : el.current, desired ? 0 : el.desired],
    };
    this.afterAnswer();
  }

  /** Input (a note as it is typed) and change (a stage, a target) from the rubric section. */
  private handleRubric(e: Event) {
    const el = e.currentTarget as StageRubric;
    this.rubricDraft = el.draft;
    this.readRubric(el);
    this.afterAnswer();
  }

  private handleRole(e: Event) {
    this.chosenRole = (e.target as HTMLSelectElement).value;
    this.afterAnswer();
  }

  private afterAnswer() {
    this.save();
    if (this.missing.length) this.missing = this.missingAnswers().map(([label]) => label);
  }

  private async submit() {
    if (!this.check()) return;
    const response = this.build();
    if (!response.ok) {
      reportProblems(this, response.problems);
      return;
    }
    // The result view and the codec are needed only now: a page does not load them before.
    const view = (this.resultModule ??= await import('./tension-survey-result.js'));
    const value = response.value;
    this.revoke();
    this.files = view.prepareResult(value);
    this.result = value;
    this.storage('removeItem');
    emit(this, 'survey-submit', value);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.head')?.focus();
    this.internals.form?.requestSubmit();
  }

  private revoke() {
    this.resultModule?.releaseResult(this.files);
    this.files = null;
  }

  private async copy() {
    const input = this.renderRoot.querySelector('input')!;
    input.select();
    try {
      await navigator.clipboard.writeText(this.files?.code ?? '');
    } catch {
      document.execCommand?.('copy');
    }
    this.copied = true;
    this.requestUpdate();
  }

  private edit() {
    this.result = null;
    this.copied = false;
  }

  formResetCallback() {
    this.answers = {};
    this.chosenRole = '';
    this.rubricDraft = {};
    this.reseed = true;
    this.ratings = {};
    this.missing = [];
    this.result = null;
    this.storage('removeItem');
  }

  formStateRestoreCallback(state: unknown) {
    if (typeof state === 'string') this.restore(state);
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  private tension(id: string) {
    return this.catalog.get(this.locale)?.tensions.find((t) => t.id === id);
  }

  private renderResult(response: SurveyResponse) {
    const text = this.catalog.get(this.locale);
    // The page's language may have changed since submit: wait for its text.
    if (!text || !this.resultModule || !this.files) return nothing;
    return this.resultModule.renderResult({
      response,
      files: this.files,
      tensions: this.ids.map((id) => this.tension(id)!),
      locale: this.locale,
      overrides: this.strings,
      words: text.slider,
      rubricTotal: this.rubricTotal,
      copied: this.copied,
      host: this,
      onCopy: () => void this.copy(),
      onEdit: () => this.edit(),
    });
  }

  /** The questions, in order, then the rubric section when there is one. */
  protected renderSections(): TemplateResult[] {
    const off = this.formDisabled;
    const sections = this.ids.map((id) => {
      const [c, d] = this.answers[id] ?? [];
      return html`<tension-slider
        tension=${id}
        points=${this.points}
        ?disabled=${off}
        .current=${c || null}
        .desired=${d || null}
        .unsure=${{ current: c === 0, desired: d === 0 }}
        @input=${this.handleSlider}
      ></tension-slider>`;
    });
    // No name: the rubric's ratings go into the survey's one response, not a second form value.
    if (this.rubric !== null && this.rubricReady)
      sections.push(
        html`<stage-rubric
          rubric=${this.rubric}
          ?disabled=${off}
          @input=${this.handleRubric}
          @change=${this.handleRubric}
        ></stage-rubric>`,
      );
    return sections;
  }

  override render() {
    const s = this.s;
    if (!s) return nothing;
    if (this.result) return this.renderResult(this.result);
    const roles = this.roleList;
    // A required rubric counts each dimension as an answer; an optional one gets its own count.
    const rated = Object.keys(this.ratings).length;
    const rubricShown = this.rubric !== null && this.rubricReady && this.rubricTotal > 0;
    const counted = rubricShown && this.rubricRequired;
    const total = this.ids.length + (counted ? this.rubricTotal : 0);
    const done =
      this.ids.filter((id) => !this.answers[id]?.includes(null) && this.answers[id]?.length === 2)
        .length + (counted ? rated : 0);
    return html`${this.problems.length ? configErrorTemplate(s.configError, this.problems) : nothing}
      ${this.persist && !draftsAvailable ? html`<p>${s.noDrafts}</p>` : nothing}
      ${
        roles.length
          ? html`<label class="row"
              >${s.role}
              <select ?disabled=${this.formDisabled} @change=${this.handleRole}>
                <option value="">${s.choose}</option>
                ${roles.map((r) => html`<option ?selected=${r === this.chosenRole}>${r}</option>`)}
              </select></label
            >`
          : nothing
      }
      ${this.renderSections()}
      <div class="row">
        <progress max=${total} .value=${done} aria-hidden="true"></progress>
        <span>${format(s.progress, { n: done, total })}</span>
        ${
          rubricShown && !counted
            ? html`<span>${format(s.rubricProgress, { n: rated, total: this.rubricTotal })}</span>`
            : nothing
        }
      </div>
      ${
        this.missing.length
          ? html`<p class="err" role="alert">
              ${format(s.missing, { list: this.missing.join(', ') })}
            </p>`
          : nothing
      }
      <button
        class="go"
        type="button"
        part="submit"
        ?disabled=${this.formDisabled}
        @click=${this.submit}
      >
        ${s.submit}
      </button>`;
  }
}

defineElement('tension-survey', TensionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'tension-survey': TensionSurvey;
  }
  interface HTMLElementEventMap {
    'survey-submit': CustomEvent<SurveyResponse>;
  }
}
