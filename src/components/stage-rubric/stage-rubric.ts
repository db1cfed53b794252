import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { rubricsOnDemand } from '../../core/catalog/rubric-on-demand.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { rubricStrings } from '../../core/i18n/stage-rubric.js';
import type { RubricKey } from '../../core/i18n/stage-rubric.js';
import type { TeamKey } from '../../core/i18n/stage-rubric-team.js';
import { resolveRubric } from '../../core/rubric-resolve.js';
import { readRatings, ratingsOf, summarizeRatings } from '../../core/rubric-ratings.js';
import type { RatingDraft, RubricValue } from '../../core/rubric-ratings.js';
import type { InputProblem, Locale, Rubric, RubricDimension, StageId } from '../../core/schema.js';
import { CatalogText } from '../../internal/catalog-text.js';
import type { ChartHost } from '../../internal/chart-host.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import {
  stringsOrNull,
  stringsProblems,
  stringsProperty,
} from '../../internal/strings-attribute.js';
import { defineElement } from '../../internal/define.js';
import { emit, emitNative } from '../../internal/events.js';
import { FormControl, FormControlElement } from '../../internal/form-control.js';
import type { Invalid } from '../../internal/form-control.js';
import { heading } from '../../internal/heading.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { rubricsText, stagesText } from '../../internal/pack-rubric-text.js';
import { tokens } from '../../internal/theme.js';
import type { Team } from './stage-rubric-team.js';
import { dimensionTemplate, summaryTemplate } from './stage-rubric.parts.js';
import { styles } from './stage-rubric.styles.js';

export type { RubricChangeDetail } from '../../internal/events.js';

/**
 * Rates a district's conditions for change on four stages, with evidence and a target; or, in
 * `mode="team"`, shows how a team's ratings spread across the stages.
 *
 * Form-associated, with the surface every tensionkit form element shares (`form`, `validity`,
 * `validationMessage`, `willValidate`, `checkValidity()`, `reportValidity()`) from
 * `FormControlElement` in src/internal/form-control.ts.
 *
 * @summary A four-stage rubric (Exploring, Emerging, Proficient, Breakthrough), and the team's spread.
 *
 * @fires input - While the respondent picks a stage or a target, or types a note (fired by the
 *   element itself: its inner controls' own events stay inside).
 * @fires change - When the respondent picks a stage or a target, or edits a note.
 * @fires rubric-change - With the change: `detail: { dimension, stage, target?, evidence? }`.
 * @fires tk-error - Bad configuration: `detail: { message, path }`.
 *
 * @cssstate user-invalid - After a failed submit or `reportValidity()`, until the answers are complete.
 *
 * @csspart title - The rubric's title.
 * @csspart dimension - Each dimension's fieldset.
 * @csspart choice - Each stage choice.
 * @csspart choice-selected - The chosen stage choice.
 * @csspart summary - The respondent's summary.
 * @csspart team - The team view.
 * @csspart table - The team's data table.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - The chosen stage, focus and the darkest stage colour.
 * @cssproperty [--tk-stage-1] - Exploring in the team chart.
 * @cssproperty [--tk-stage-2] - Emerging in the team chart.
 * @cssproperty [--tk-stage-3] - Proficient in the team chart.
 * @cssproperty [--tk-stage-4] - Breakthrough in the team chart.
 */
export class StageRubric extends FormControlElement {
  static override styles = [tokens, styles];
  // Reactive properties declared statically, as in the other elements: decorators cost bytes.
  static override properties = {
    rubric: {},
    name: { reflect: true },
    required: { type: Boolean },
    disabled: { type: Boolean, reflect: true },
    mode: { reflect: true },
    responses: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    strings: stringsProperty,
    drafts: { state: true },
    team: { state: true },
    table: { state: true },
  };

  /** A built-in rubric id (default "district") or a rubric as JSON text; a property may take an object. */
  rubric: string | Rubric = '';
  /** The form field name; the ratings are submitted as JSON under it. */
  name = '';
  /** Every dimension needs a stage before the form submits. */
  required = false;
  disabled = false;
  /** `rate` (default): one respondent rates; `team`: the spread of `responses`. */
  mode: 'rate' | 'team' = 'rate';
  /** Responses for the team view; those that do not parse are left out and counted. */
  responses: readonly unknown[] = [];
  /** The level of the rubric's title, 1 to 6 (default 2); the inner headings follow (see src/internal/heading.ts). */
  headingLevel = 2;
  /** Overrides for the element's words, by key (see `rubricStrings`). */
  strings: Partial<Record<RubricKey | TeamKey, string>> | null = null;

  /** Ratings by dimension id: `{ stage, evidence?, target? }`. Setting it fires no event. */
  get value(): RubricValue {
    const given = this.#givenValue;
    return ratingsOf(given ? readRatings(given.input).ratings : this.drafts, this.#ids);
  }
  set value(input: unknown) {
    // Checked in willUpdate; boxed, so that undefined given is told apart from nothing given.
    this.#givenValue = { input };
    this.requestUpdate();
  }

  /**
   * Everything entered, including a note typed before a stage was chosen: for a host that keeps a
   * local draft (`value` holds only rated dimensions). Setting it fires no event.
   */
  get draft(): Record<string, RatingDraft> {
    return structuredClone(this.drafts);
  }
  set draft(input: unknown) {
    this.#givenValue = undefined;
    this.drafts = readRatings(input, { drafts: true, path: 'draft' }).ratings;
  }

  /** Titles of the dimensions still without a stage, in rubric order (none in team mode). */
  get unrated(): string[] {
    if (!this.#definition || this.mode === 'team') return [];
    return this.#definition.dimensions
      .filter((dimension) => !this.drafts[dimension.id]?.stage)
      .map((dimension) => dimension.title);
  }

  /** Everything entered by dimension id, notes typed before a stage included. */
  private drafts: Record<string, RatingDraft> = {};
  private team: Team | null = null;
  /** The team view shows its table instead of the chart. */
  private table = false;

  protected readonly formControl = new FormControl(this, {
    value: () => {
      const rating = this.mode !== 'team' && this.#definition;
      return {
        value: rating && this.name ? JSON.stringify(this.value) : null,
        state: JSON.stringify(this.drafts),
      };
    },
    validity: () => this.#missingStage(),
    reset: () => {
      this.#givenValue = undefined;
      this.drafts = {};
    },
    restore: (state) => {
      try {
        this.drafts = readRatings(JSON.parse(String(state)), { drafts: true }).ratings;
      } catch {
        // A state we did not write: keep what is there.
      }
    },
  });
  #messages: Messages<RubricKey> = rubricStrings.en;
  #locale: Locale = 'en';
  readonly #catalog = new CatalogText(this, rubricsOnDemand);
  readonly #packs = new LocalePacks(this);
  #resolvedPack?: object; // with #resolvedFrom
  /** The rubric shown, once resolved (null while loading or when the config is bad). */
  #definition: Rubric | null = null;
  #problems: InputProblem[] = [];
  #valueProblems: InputProblem[] = [];
  /** A `strings` that is not an object of words, shown with the rubric. */
  #stringsProblems: InputProblem[] = [];
  /** A `value` the page set, until willUpdate reads it. */
  #givenValue?: { input: unknown };
  #summary = summarizeRatings({}, []);
  /** The message while a required rubric has an unrated dimension, else empty. */
  #missing = '';
  /** The language and inline config last resolved, to resolve again only when they change. */
  #resolvedFrom = '';
  /** The team view's chart, on the shared chart lifecycle once the view has loaded. */
  #teamChart?: ChartHost;
  #teamView?: typeof import('./stage-rubric-team.js');
  #teamRun = 0;
  #observer = new MutationObserver(() => this.requestUpdate());

  get #ids(): string[] {
    return this.#definition
      ? this.#definition.dimensions.map((dimension) => dimension.id)
      : Object.keys(this.drafts);
  }

  override connectedCallback() {
    super.connectedCallback();
    // An inline JSON rubric may arrive after the element upgrades, or be edited later.
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.mode === 'team' && this.hasUpdated) void this.#loadTeam();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>) {
    const packs = this.#packs;
    const locale = packs.read();
    this.#messages = withOverrides(
      packs.in(rubricStrings[locale], (pack) => pack['stage-rubric']),
      stringsOrNull(this.strings),
    );
    const inline =
      this.rubric || this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const key = `${locale}\n${typeof inline === 'string' ? inline : ''}`;
    const fresh =
      key !== this.#resolvedFrom || packs.pack !== this.#resolvedPack || changed.has('rubric');
    if (fresh) {
      this.#resolvedFrom = key;
      this.#resolvedPack = packs.pack;
      this.#locale = locale;
      const builtIn = this.#catalog.get(locale);
      const resolved = resolveRubric(inline, builtIn && rubricsText(packs, builtIn));
      this.#definition = resolved.rubric;
      this.#problems = resolved.problems;
      // The built-in rubrics are loading (the catalog updates us once they are here).
      if (resolved.pending) this.#resolvedFrom = '';
    }
    if (this.#givenValue) {
      const { ratings, problems } = readRatings(this.#givenValue.input);
      this.#givenValue = undefined;
      this.#valueProblems = problems;
      this.drafts = ratings;
    }
    this.#stringsProblems = stringsProblems(this.strings);
    const problems = [...this.#problems, ...this.#valueProblems, ...this.#stringsProblems];
    if (problems.length) reportProblems(this, problems);
    else clearReported(this);
    if (this.mode === 'team' && (fresh || changed.has('responses') || changed.has('mode'))) {
      void this.#loadTeam();
    }
    this.#summary = summarizeRatings(this.drafts, this.#ids);
    const first =
      this.required && this.#definition && this.mode !== 'team' && this.#summary.firstUnrated;
    this.#missing = first
      ? format(this.#messages.required, { dimension: this.#dimension(first)?.title ?? first })
      : '';
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#catalog.settle(() => super.getUpdateComplete());
  }

  /** The first dimension without a stage when required, anchored on its first radio. */
  #missingStage(): Invalid | null {
    const first = this.#summary.firstUnrated;
    return this.#missing && first ? [this.#missing, this.#radio(first)] : null;
  }

  #dimension(id: string): RubricDimension | undefined {
    return this.#definition?.dimensions.find((dimension) => dimension.id === id);
  }

  #radio(id: string) {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)];
    return radios.find((radio) => radio.checked) ?? radios[0];
  }

  #stageLabel = (stage: StageId) =>
    stagesText(this.#packs).find((candidate) => candidate.id === stage)?.label ?? stage;

  /** Loads the team view (and the statistics module) on first use, then summarizes the responses. */
  async #loadTeam() {
    const run = ++this.#teamRun;
    const view = (this.#teamView ??= await import('./stage-rubric-team.js'));
    this.#teamChart ??= view.attachTeamChart(this, () =>
      this.mode === 'team' && this.team && this.#definition
        ? { team: this.team, rubric: this.#definition, label: this.#stageLabel }
        : null,
    );
    const root = this.renderRoot as ShadowRoot;
    const sheets = view.teamStyles.map((sheet) => sheet.styleSheet!);
    if (!root.adoptedStyleSheets.includes(sheets[0]!))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    if (run !== this.#teamRun || !this.#definition) return;
    this.team = view.summarizeTeam(this.#definition, this.responses);
  }

  #teamArgs() {
    return {
      rubric: this.#definition!,
      locale: this.#locale,
      strings: this.strings,
      packs: this.#packs,
      label: this.#stageLabel,
      headingLevel: this.headingLevel,
    };
  }

  /** Keeps what a field now holds; returns the dimension's draft. */
  #take(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement) {
    const id = field.dataset.id!;
    const key = field.dataset.key as keyof RatingDraft;
    const draft = { ...this.drafts[id], [key]: field.value || undefined } as RatingDraft;
    this.drafts = { ...this.drafts, [id]: draft };
    return { id, draft };
  }

  /**
   * An inner control's native `input` is composed: it would leave the shadow root as an event no
   * one declared. It stops here and the element fires its own, declared `input` instead.
   */
  #handleInput(e: Event) {
    e.stopPropagation();
    this.#take(e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement);
    emitNative(this, 'input');
  }

  #handleChange(e: Event) {
    const { id, draft } = this.#take(e.target as HTMLInputElement);
    const { stage = null, target, evidence } = draft;
    emitNative(this, 'change');
    emit(this, 'rubric-change', {
      dimension: id,
      stage,
      ...(target ? { target } : {}),
      ...(evidence ? { evidence } : {}),
    });
  }

  /** Focuses the first dimension still to rate (else the first dimension). */
  override focus(options?: FocusOptions) {
    const id = this.#summary.firstUnrated ?? this.#ids[0];
    (id && this.#radio(id) ? this.#radio(id)! : this).focus(options);
  }

  override render() {
    const definition = this.#definition;
    const messages = this.#messages;
    if (!definition)
      return this.#problems.length
        ? configErrorTemplate(messages.configError, this.#problems)
        : nothing;
    const shown = [...this.#stringsProblems, ...this.#valueProblems];
    const shownProblems = shown.length ? configErrorTemplate(messages.configError, shown) : nothing;
    if (this.mode === 'team')
      return html`${heading(this.headingLevel, 0, definition.title, undefined, 'title')}
      ${this.#stringsProblems.length ? shownProblems : nothing}
      ${
        this.team && this.#teamView
          ? this.#teamView.teamTemplate({
              ...this.#teamArgs(),
              team: this.team,
              table: this.table,
              toggle: () => (this.table = !this.table),
            })
          : nothing
      }`;
    const stages = stagesText(this.#packs);
    return html`<fieldset class="all" ?disabled=${this.disabled || this.formControl.formDisabled}>
      <legend part="title">${heading(this.headingLevel, 0, definition.title)}</legend>
      ${shownProblems}
      ${definition.groups.map((group) => {
        const dimensions = definition.dimensions.filter(
          (dimension) => dimension.group === group.id,
        );
        return dimensions.length
          ? html`<section class="group">
              ${heading(this.headingLevel, 1, group.title)}
              ${dimensions.map((dimension) =>
                dimensionTemplate({
                  dimension,
                  draft: this.drafts[dimension.id] ?? {},
                  stages,
                  messages,
                  onInput: this.#handleInput,
                  onChange: this.#handleChange,
                }),
              )}
            </section>`
          : nothing;
      })}
      ${summaryTemplate(messages, this.#summary, this.headingLevel, this.#stageLabel)}
      ${
        this.formControl.userInvalid && this.#missing
          ? html`<p class="err" role="alert">${this.#missing}</p>`
          : nothing
      }
    </fieldset>`;
  }
}

defineElement('stage-rubric', StageRubric);

declare global {
  interface HTMLElementTagNameMap {
    'stage-rubric': StageRubric;
  }
}
