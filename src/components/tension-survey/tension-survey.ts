import { html, nothing, type TemplateResult } from 'lit';
import { tensionsOnDemand } from '../../core/catalog/on-demand.js';
import type { RespondentText } from '../../core/catalog/on-demand.js';
import { marksOf, toDraft } from '../../core/draft-state.js';
import { withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { SurveyFormKey, SurveyKey } from '../../core/i18n/tension-survey.js';
import { DEFAULT_POINTS } from '../../core/constants.js';
import { DEFAULT_SURVEY_ID } from '../../core/ids.js';
import type { InputProblem, Locale, SurveyResponse } from '../../core/schema.js';
import type { SurveyDefinition, SurveyDefinitionInput } from '../../core/survey-definition.js';
import { surveyProgress } from '../../core/survey-progress.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import { FormControl, FormControlElement } from '../../internal/form-control.js';
import type { Invalid } from '../../internal/form-control.js';
import { LazyModule } from '../../internal/lazy-module.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { respondentText } from '../../internal/pack-text.js';
import { stringsFor, stringsProperty } from '../../internal/strings-attribute.js';
import { tokens } from '../../internal/theme.js';
import '../tension-slider/tension-slider.js';
import type { TensionSlider } from '../tension-slider/tension-slider.js';
import type { SurveyOutcome } from './tension-survey-result.js';
import { SurveyLayout } from './tension-survey.layout.js';
import { SurveyDefinitionState } from './tension-survey.definition.js';
import type { AskedSurvey } from './tension-survey.definition.js';
import {
  SLIDER_PARTS,
  missingValidity,
  pageEndTemplate,
  roleTemplate,
} from './tension-survey.parts.js';
import type { RubricState } from './tension-survey.rubric.js';
import { RubricSlot } from './tension-survey.rubric-slot.js';
import { SurveyDrafts } from './tension-survey.drafts.js';
import { styles } from './tension-survey.styles.js';

export type { SurveySubmitDetail } from '../../internal/events.js';

// The response's builder: its schema is most of zod, which the first paint need not wait for.
const loadBuilder = () => import('../../core/survey-response.js');

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
 * Form-associated, with the surface every tensionkit form element shares (`form`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`) from
 * `FormControlElement` in src/internal/form-control.ts. Its sliders' and rubric's parts are
 * forwarded as `slider-…` and `rubric-…` (`::part(slider-marker)`; the manifest lists them).
 *
 * A survey definition (`definition`, or a `<script type="application/json">` child) sets the title,
 * introduction, thank-you, role question, scale, tensions (built-in or the district's own, text in
 * one or more languages) and rubric, over `tensions`, `roles`, `points`, `survey` and `rubric`.
 *
 * @summary The whole tensions survey, with its result.
 *
 * @fires survey-submit - A complete response was submitted: `detail` is the validated response.
 * @fires definition-change - The survey definition in use changed: `detail` is `{ definition }`, null for none. Unlike the other events it follows the page's own `definition` too, since a definition is in use only once checked, a moment later; once per change of content.
 * @fires input - An answer changed (from the inner sliders and rubric, as a native input's).
 * @fires change - An answer was committed (from the inner sliders and rubric).
 * @fires tension-change - A slider's answer changed: `detail` is `{ tension, current, desired }`.
 * @fires rubric-change - A stage was chosen in the rubric section: `detail` is `{ dimension, stage }`.
 * @attr layout - "auto" (default): one question at a time on a screen under 600px wide, the whole page on wider ones; "steps": one question at a time with Back, Next and a review before Submit; "page": every question on one page.
 * @attr share-instructions - What to do with the share code, shown beside it (default: paste it in the team's discussion thread).
 * @fires tk-error - Bad configuration (the rubric section's too), or a stored draft that could not be read.
 *
 * @cssstate user-invalid - After a failed submit or `reportValidity()`, until the answers are complete.
 *
 * @csspart submit - The submit button.
 * @csspart result - The result shown after submitting.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - Buttons, links, progress and the "where we are" marker.
 * @cssproperty [--tk-spacing=0.75rem] - Space between questions.
 */
export class TensionSurvey extends FormControlElement {
  static override styles = [tokens, styles];
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
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: stringsProperty,
    layout: {},
    definition: { attribute: false },
    step: { state: true },
    answers: { state: true },
    chosenRole: { state: true },
    missing: { state: true },
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
  survey = DEFAULT_SURVEY_ID;
  /** Points on every scale, 3 to 11 (default 7). */
  points = DEFAULT_POINTS;
  /**
   * Adds the rubric as a final section: a built-in rubric id, or the attribute alone (`rubric` or
   * `rubric=""`) for the district rubric (`district`); rubric JSON text works too. Absent: no rubric.
   */
  rubric: string | null = null;
  /** Every rubric dimension needs a stage before the survey submits (default: ratings optional). */
  rubricRequired = false;
  /** The level of the survey's top heading, 1 to 6 (default 2; see src/internal/heading.ts). */
  headingLevel = 2;
  /** Overrides for any UI string, by key (or as a JSON attribute). */
  strings: Partial<Record<SurveyKey, string>> | null = null;
  /** "auto", "steps" or "page" (see the `layout` attribute). */
  layout = 'auto';
  /** A survey definition, an object or its JSON text (wins over a script child); null for none. */
  definition: SurveyDefinitionInput | string | null = null;
  /** The team's responses, set before submit: the result draws the team's picture beside the respondent's. */
  responses: readonly SurveyResponse[] | null = null;

  /** The checked definition the survey follows (the property's or its script child's), or null. */
  get activeDefinition(): SurveyDefinition | null {
    return this.#definition.active;
  }

  /** The submitted response (validated), or null before the respondent submits. */
  get response(): SurveyResponse | null {
    return this.#outcome?.response ?? null;
  }

  /** Markers by tension id: [current, desired]. */
  private answers: Record<string, Mark[]> = {};
  private chosenRole = '';
  /** The steps layout's step on screen (a core/survey-steps.ts key; "" for the first). */
  private step = '';
  /** What the respondent was told is missing (after a failed submit), in page order. */
  private missing: string[] = [];

  protected readonly formControl = new FormControl(this, {
    value: () => {
      const state = JSON.stringify(this.#draft());
      // Nothing to submit before the text has loaded, without a name, or with answers missing.
      if (!this.#messages || !this.name || this.missingAnswers().length)
        return { value: null, state };
      // Once submitted, the very response the event carried; before, once its checks have loaded.
      const response = this.response ? { ok: true as const, value: this.response } : this.#build();
      return { value: response?.ok ? JSON.stringify(response.value) : null, state };
    },
    validity: () =>
      missingValidity(this.missingAnswers()[0], this.#messages, this.answers, this.renderRoot),
    reset: () => {
      this.answers = {};
      this.chosenRole = this.step = '';
      Object.assign(this.#rubric, { draft: {}, ratings: {} });
      this.#rubricSlot.section?.reseed();
      this.missing = [];
      this.#outcome?.clear();
      this.#drafts.remove();
    },
    restore: (state) => {
      if (typeof state === 'string') this.#drafts.restore(() => state);
    },
    // Focus goes where the browser sends it (the first invalid control), see FormControl.
    invalid: () => this.#check(false),
  });
  readonly #catalog = new CatalogText(this, tensionsOnDemand);
  readonly #packs = new LocalePacks(this);
  /** The respondent's text with the page's locale pack on top. */
  #text?: RespondentText;
  #messages?: Messages<SurveyFormKey>;
  #locale: Locale = 'en';
  /** What is asked (tension ids, roles, scale, survey id, rubric), as checked in willUpdate. */
  #asked?: AskedSurvey;
  #ids: string[] = [];
  #points = DEFAULT_POINTS;
  readonly #definition = new SurveyDefinitionState(this);
  #submitting = false; // A submit under way: a double click submits once.
  #announce = false; // The list of what is missing is read on a failed submit, not per answer.
  #problems: InputProblem[] = [];
  /** The rubric section's draft, ratings and size (see RubricState). */
  readonly #rubric: RubricState = { draft: {}, ratings: {}, total: 0 };
  /** The section, loaded with `<stage-rubric>` only by a survey with `rubric`. */
  readonly #rubricSlot = new RubricSlot(this, this.#rubric, () => this.#afterAnswer());
  readonly #builder = new LazyModule(this, loadBuilder);
  readonly #drafts = new SurveyDrafts(this, {
    persist: () => this.persist,
    submitted: () => this.response !== null,
    state: () => this.#draft(),
    fit: () => this.#definition.fit(),
    ready: () => this.#definition.ready(), // a definition's tensions, before a draft is fitted
    apply: (state) => {
      ({ answers: this.answers, role: this.chosenRole, rubric: this.#rubric.draft } = state);
      this.step = state.step ?? this.step;
      this.#rubricSlot.section?.reseed();
    },
  });
  /** The submitted state and the result view, loaded on the first submit. */
  #outcome?: SurveyOutcome;
  readonly #layout = new SurveyLayout(this);
  #responseId = Date.now().toString(36) + Math.random().toString(36).slice(2, 10);

  override willUpdate() {
    this.#locale = this.#packs.read();
    // Undefined for a moment while the language's words and text load; drawn once they are here.
    const text = this.#catalog.get(this.#locale);
    // Checked as set, so a survey that cannot produce a valid response says so before anyone answers.
    const asked = (this.#asked = this.#definition.read());
    ({ ids: this.#ids, points: this.#points, problems: this.#problems } = asked);
    this.#text = text && this.#definition.text(respondentText(this.#packs, text), asked.defined);
    this.#messages = this.#text && withOverrides(this.#text.survey, this.strings);
    // A role no longer offered is neither shown as chosen nor submitted (not while loading).
    if (!asked.loading && !asked.roles.some(({ value }) => value === this.chosenRole))
      this.chosenRole = '';
    if (this.#rubricSlot.error)
      this.#problems.push({ path: 'rubric', message: this.#rubricSlot.error });
    if (this.#problems.length) reportProblems(this, this.#problems);
    if (this.#rubricValue !== null) this.#rubricSlot.load();
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = () => this.#catalog.settle(() => super.getUpdateComplete());
    let done = await settled();
    if (this.#definition.pending) done = await this.#definition.pending.then(settled);
    if (this.#builder.pending) done = await this.#builder.pending.then(settled); // form value
    // The steps layout's module, when its first render asked for it; a draft still being read
    // (the update it brings belongs to this one).
    if (this.#layout.loading) done = await this.#layout.loading.then(settled);
    return this.#drafts.restoring ? this.#drafts.restoring.then(settled) : done;
  }

  /** The rubric section asked for: the definition's, else the `rubric` attribute's. */
  get #rubricValue(): string | null {
    return this.#asked ? this.#asked.rubric : this.rubric;
  }

  #draft() {
    return toDraft({
      role: this.chosenRole,
      answers: this.answers,
      rubric: this.#rubricValue !== null ? this.#rubric.draft : undefined,
      step: this.step,
    });
  }

  /** The answers as a response, checked by the schema; undefined while the checks load. */
  #build() {
    return this.#builder.value?.buildResponse({
      id: this.#responseId,
      survey: this.#asked?.survey ?? this.survey,
      tensions: this.#ids,
      answers: this.answers,
      role: this.chosenRole,
      locale: this.#locale,
      points: this.#points,
      rubric: this.#rubricValue !== null ? this.#rubric.ratings : undefined,
    });
  }

  /** What is still to answer, in page order: [label, element to focus]; a rubric adds its own. */
  protected missingAnswers(): Invalid[] {
    const root = this.renderRoot;
    const out: Invalid[] = [];
    // Nothing to ask (a bad definition, no known tension): nothing to submit either.
    if (!this.#ids.length && this.#messages) out.push([this.#messages.configError]);
    const select = root.querySelector('select');
    if (select && !this.chosenRole) out.push([this.#messages?.role ?? '', select]);
    for (const slider of root.querySelectorAll('tension-slider')) {
      const [current, desired] = marksOf(this.answers, slider.tension);
      if (current == null || desired == null) {
        const name = this.#text?.tensions.find(({ id }) => id === slider.tension)?.name;
        out.push([name ?? slider.tension, slider]);
      }
    }
    if (this.rubricRequired && this.#rubricSlot.section)
      out.push(...this.#rubricSlot.section.missing());
    return out;
  }

  /** Names what is missing (and focuses the first); true when everything is answered. */
  #check(focus = true): boolean {
    const missing = this.missingAnswers();
    this.missing = missing.map(([label]) => label);
    this.#announce = true;
    if (focus) missing[0]?.[1]?.focus();
    return !missing.length;
  }

  #handleSlider(e: Event) {
    const slider = e.currentTarget as TensionSlider;
    const { current, desired } = slider.unsure;
    this.answers = {
      ...this.answers,
      [slider.tension]: [current ? 0 : slider.current, desired ? 0 : slider.desired],
    };
    this.#afterAnswer();
  }

  #handleRole(e: Event) {
    this.chosenRole = (e.target as HTMLSelectElement).value;
    this.#afterAnswer();
  }

  #afterAnswer() {
    this.#builder.preload(); // a respondent at work: the response's checks will be needed
    this.#drafts.save();
    this.#announce = false;
    if (this.missing.length) this.missing = this.missingAnswers().map(([label]) => label);
  }

  async #submit() {
    if (this.#submitting || !this.#check()) return;
    this.#submitting = true;
    try {
      // Needed only now, so a page does not load them before: the checks, result view and codec.
      const [{ SurveyOutcome }] = await Promise.all([
        import('./tension-survey-result.js'),
        this.#builder.get(),
      ]);
      const response = this.#build()!;
      if (!response.ok) return reportProblems(this, response.problems);
      (this.#outcome ??= new SurveyOutcome(this)).show(response.value);
      this.#drafts.remove();
      emit(this, 'survey-submit', response.value);
      await this.updateComplete;
      this.#outcome.focusTitle();
      this.form?.requestSubmit();
    } finally {
      this.#submitting = false;
    }
  }

  #renderResult() {
    // The page's language may have changed since submit: wait for its text.
    if (!this.#text) return nothing;
    return this.#outcome!.render(this.#text, {
      ids: this.#ids,
      locale: this.#locale,
      packs: this.#packs,
      overrides: this.strings,
      rubricTotal: this.#rubric.total,
      headingLevel: this.headingLevel,
      thankYou: this.#definition.words().thankYou,
    });
  }

  /** The questions, in order, then the rubric section when there is one. */
  protected renderSections(): TemplateResult[] {
    const off = this.formControl.formDisabled;
    const custom = this.#asked?.defined?.custom;
    const sections = this.#ids.map((id) => {
      const [current, desired] = marksOf(this.answers, id);
      return html`<tension-slider
        exportparts=${SLIDER_PARTS}
        tension=${id}
        .customTension=${custom?.get(id) ?? null}
        points=${this.#points}
        ?disabled=${off}
        .current=${current || null}
        .desired=${desired || null}
        .unsure=${{ current: current === 0, desired: desired === 0 }}
        .strings=${stringsFor(this.strings, 'tension-slider')}
        @input=${this.#handleSlider}
      ></tension-slider>`;
    });
    const rubric = this.#rubricValue;
    if (rubric !== null && this.#rubricSlot.section)
      sections.push(this.#rubricSlot.section.render(rubric, off, this.headingLevel, this.strings));
    return sections;
  }

  override render() {
    const messages = this.#messages;
    if (!messages || !this.#asked || this.#asked.loading) return nothing;
    if (this.response) return this.#renderResult();
    const off = this.formControl.formDisabled;
    const rubric =
      this.#rubricValue !== null
        ? this.#rubricSlot.section?.progress(this.rubricRequired)
        : undefined;
    const notices = html`${this.#definition.intro(this.headingLevel)}${this.#problems.length ? configErrorTemplate(messages.configError, this.#problems) : nothing}
    ${this.#drafts.off ? html`<p>${messages.noDrafts}</p>` : nothing}
    ${this.#drafts.setAside?.(this.#text!)}`;
    const roleLabel = this.#definition.markedLabel(messages.role);
    const role = roleTemplate({
      messages,
      roles: this.#asked.roles,
      chosen: this.chosenRole,
      disabled: off,
      onChange: this.#handleRole,
      label: roleLabel,
    });
    if (this.#layout.stepped)
      return this.#layout.render(() => ({
        text: this.#text!,
        packs: this.#packs,
        ids: this.#ids,
        points: this.#points,
        draft: { ...this.#draft(), role: this.#definition.roleLabel(this.chosenRole) },
        rubric,
        notices,
        roleQuestion: role,
        roleLabel,
        sections: this.renderSections(),
        disabled: off || !this.#ids.length,
        missing: () => this.missingAnswers(),
        go: (key) => ((this.step = key), this.#drafts.save()),
        submit: () => this.#submit(),
      }));
    const progress = surveyProgress({ tensions: this.#ids, answers: this.answers, rubric });
    return html`${notices} ${role} ${this.renderSections()}
    ${pageEndTemplate({
      messages,
      progress,
      missing: this.missing,
      announce: this.#announce,
      disabled: off || !this.#ids.length,
      onSubmit: this.#submit,
    })}`;
  }
}

defineElement('tension-survey', TensionSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'tension-survey': TensionSurvey;
  }
}
