import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { rubricsOnDemand } from '../../core/catalog/rubric-on-demand.js';
import { DEFAULT_RUBRIC_ID } from '../../core/catalog/rubric-text.js';
import { stagesIn } from '../../core/catalog/stages.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { rubricStrings, targetWords } from '../../core/i18n/stage-rubric.js';
import type { RubricKey } from '../../core/i18n/stage-rubric.js';
import type { TeamKey } from '../../core/i18n/stage-rubric-team.js';
import { readRatings, ratingsOf, summarizeRatings } from '../../core/rubric-ratings.js';
import type { RatingDraft, RubricValue } from '../../core/rubric-ratings.js';
import { parseRubric } from '../../core/rubric-schema.js';
import { STAGE_IDS } from '../../core/schema.js';
import type { InputProblem, Locale, Rubric, RubricDimension, StageId } from '../../core/schema.js';
import { CatalogText } from '../../internal/catalog-text.js';
import type { ChartHost } from '../../internal/chart-host.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { defineElement } from '../../internal/define.js';
import { emit, emitNative } from '../../internal/events.js';
import { localeOf } from '../../internal/locale.js';
import { tokens } from '../../internal/theme.js';
import type { Team } from './stage-rubric-team.js';
import { styles } from './stage-rubric.styles.js';

export interface RubricChangeDetail {
  /** The dimension the respondent changed. */
  readonly dimension: string;
  /** Its stage now, or null while only a note or a target is given. */
  readonly stage: StageId | null;
  /** Its target stage, if any. */
  readonly target?: StageId;
  /** Its evidence note, if any. */
  readonly evidence?: string;
}

/**
 * Rates a district's conditions for change on four stages, with evidence and a target; or, in
 * `mode="team"`, shows how a team's ratings spread across the stages.
 *
 * @summary A four-stage rubric (Exploring, Emerging, Proficient, Breakthrough), and the team's spread.
 *
 * @fires change - When the respondent picks a stage or a target, or edits a note.
 * @fires rubric-change - With the change: `detail: { dimension, stage, target?, evidence? }`.
 * @fires tk-error - Bad configuration: `detail: { message, path }`.
 *
 * @csspart title - The rubric's title.
 * @csspart dimension - Each dimension's fieldset.
 * @csspart choice - Each stage choice (also `choice-selected` when chosen).
 * @csspart summary - The respondent's summary.
 * @csspart team - The team view.
 * @csspart table - The team's data table.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - The chosen stage, focus and the darkest stage colour.
 * @cssproperty [--tk-stage-1] - Exploring in the team chart (also --tk-stage-2 to --tk-stage-4).
 */
export class StageRubric extends LitElement {
  static override styles = [tokens, styles];
  static formAssociated = true;

  /** A built-in rubric id (default "district") or a rubric as JSON text; a property may take an object. */
  @property() rubric: string | Rubric = '';
  /** The form field name; the ratings are submitted as JSON under it. */
  @property({ reflect: true }) name = '';
  /** Every dimension needs a stage before the form submits. */
  @property({ type: Boolean }) required = false;
  @property({ type: Boolean, reflect: true }) disabled = false;
  /** `rate` (default): one respondent rates; `team`: the spread of `responses`. */
  @property({ reflect: true }) mode: 'rate' | 'team' = 'rate';
  /** Responses for the team view; those that do not parse are left out and counted. */
  @property({ attribute: false }) responses: readonly unknown[] = [];
  /** Overrides for the element's words, by key (see `rubricStrings`). */
  @property({ type: Object }) strings: Partial<Record<RubricKey | TeamKey, string>> | null = null;

  @state() private drafts: Record<string, RatingDraft> = {};
  @state() private team: Team | null = null;
  @state() private table = false;
  @state() private formDisabled = false;
  @state() private invalidShown = false;

  private internals = this.attachInternals();
  private m: Messages<RubricKey> = rubricStrings.en;
  private locale: Locale = 'en';
  private readonly catalog = new CatalogText(this, rubricsOnDemand);
  private def: Rubric | null = null;
  private problems: InputProblem[] = [];
  private valueProblems: InputProblem[] = [];
  private summary = summarizeRatings({}, []);
  /** The message while a required rubric has an unrated dimension, else empty. */
  private missing = '';
  private source = '';
  private teamView?: typeof import('./stage-rubric-team.js');
  /** The team view's chart, on the shared chart lifecycle once the view has loaded. */
  private teamChart?: ChartHost;
  private teamRun = 0;
  private observer = new MutationObserver(() => this.requestUpdate());

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.invalidShown = true));
  }

  /** Ratings by dimension id: `{ stage, evidence?, target? }`. Setting it fires no event. */
  get value(): RubricValue {
    return ratingsOf(this.drafts, this.ids);
  }
  set value(input: unknown) {
    const { ratings, problems } = readRatings(input);
    this.valueProblems = problems;
    this.drafts = ratings;
  }

  /**
   * Everything entered, including a note typed before a stage was chosen: for a host that keeps a
   * local draft (`value` holds only rated dimensions). Setting it fires no event.
   */
  get draft(): Record<string, RatingDraft> {
    return structuredClone(this.drafts);
  }
  set draft(input: unknown) {
    this.drafts = readRatings(input, { drafts: true, path: 'draft' }).ratings;
  }

  /** Titles of the dimensions still without a stage, in rubric order (none in team mode). */
  get unrated(): string[] {
    if (!this.def || this.mode === 'team') return [];
    return this.def.dimensions.filter((d) => !this.drafts[d.id]?.stage).map((d) => d.title);
  }

  get form() {
    return this.internals.form;
  }
  get validity() {
    return this.internals.validity;
  }
  get validationMessage() {
    return this.internals.validationMessage;
  }

  private get ids(): string[] {
    return this.def ? this.def.dimensions.map((d) => d.id) : Object.keys(this.drafts);
  }

  override connectedCallback() {
    super.connectedCallback();
    // An inline JSON rubric may arrive after the element upgrades, or be edited later.
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.mode === 'team' && this.hasUpdated) void this.loadTeam();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.observer.disconnect();
  }

  override willUpdate(changed: PropertyValues<this>) {
    const locale = localeOf(this);
    this.m = withOverrides(rubricStrings[locale], this.strings);
    const inline =
      this.rubric || this.querySelector(':scope > script[type="application/json"]')?.textContent;
    const key = `${locale}\n${typeof inline === 'string' ? inline : ''}`;
    const fresh = key !== this.source || changed.has('rubric');
    if (fresh) {
      this.source = key;
      this.locale = locale;
      this.resolve(inline || DEFAULT_RUBRIC_ID);
    }
    const problems = [...this.problems, ...this.valueProblems];
    if (problems.length) reportProblems(this, problems);
    else clearReported(this);
    if (this.mode === 'team' && (fresh || changed.has('responses') || changed.has('mode'))) {
      void this.loadTeam();
    }
    this.summary = summarizeRatings(this.drafts, this.ids);
    const first = this.required && this.def && this.mode !== 'team' && this.summary.firstUnrated;
    this.missing = first
      ? format(this.m.required, { dimension: this.dimension(first)?.title ?? first })
      : '';
    if (!this.missing) this.invalidShown = false;
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.catalog.settle(() => super.getUpdateComplete());
  }

  override updated() {
    const rating = this.mode !== 'team' && this.def;
    const value = rating ? this.value : {};
    this.internals.setFormValue(
      rating && this.name ? JSON.stringify(value) : null,
      JSON.stringify(this.drafts),
    );
    const first = this.summary.firstUnrated;
    if (this.missing && first) {
      this.internals.setValidity({ valueMissing: true }, this.missing, this.radio(first));
    } else {
      this.internals.setValidity({});
    }
  }

  /** Parses the rubric from a built-in id, JSON text or an object; never throws. */
  private resolve(input: string | Rubric) {
    let data: unknown = input;
    if (typeof input === 'string') {
      const text = input.trim();
      if (!text.startsWith('{')) {
        const builtIn = this.catalog.get(this.locale);
        if (!builtIn) {
          // The language's rubrics are loading; resolve again once they are here.
          this.def = null;
          this.problems = [];
          this.source = '';
          return;
        }
        this.def = builtIn.find((r) => r.id === text) ?? null;
        this.problems = this.def
          ? []
          : [
              {
                path: 'rubric',
                message: `"${text}" is not a built-in rubric; use "${DEFAULT_RUBRIC_ID}" or a rubric as JSON.`,
              },
            ];
        return;
      }
      try {
        data = JSON.parse(text);
      } catch (error) {
        this.def = null;
        this.problems = [
          { path: 'rubric', message: `This is not valid JSON: ${(error as Error).message}` },
        ];
        return;
      }
    }
    const result = parseRubric(data);
    this.def = result.ok ? result.value : null;
    this.problems = result.ok ? [] : this.named(data, result.problems);
  }

  /** Adds the dimension's id to paths such as "dimensions[2].descriptors.emerging". */
  private named(data: unknown, problems: InputProblem[]): InputProblem[] {
    const dims = (data as { dimensions?: unknown })?.dimensions;
    return problems.map(({ path, message }) => {
      const index = /^dimensions\[(\d+)\]/.exec(path)?.[1];
      const id = index && Array.isArray(dims) ? (dims[Number(index)] as { id?: unknown })?.id : 0;
      return typeof id === 'string'
        ? { path, message: `Dimension "${id}": ${message}` }
        : { path, message };
    });
  }

  private dimension(id: string): RubricDimension | undefined {
    return this.def?.dimensions.find((d) => d.id === id);
  }

  private radio(id: string) {
    const radios = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${id}"]`)];
    return radios.find((r) => r.checked) ?? radios[0];
  }

  private stageLabel = (stage: StageId) =>
    stagesIn(this.locale).find((s) => s.id === stage)?.label ?? stage;

  /** Loads the team view (and the statistics module) on first use, then summarizes the responses. */
  private async loadTeam() {
    const run = ++this.teamRun;
    const view = (this.teamView ??= await import('./stage-rubric-team.js'));
    this.teamChart ??= view.attachTeamChart(this, () =>
      this.mode === 'team' && this.team && this.def
        ? { team: this.team, rubric: this.def, label: this.stageLabel }
        : null,
    );
    const root = this.renderRoot as ShadowRoot;
    const sheets = view.teamStyles.map((s) => s.styleSheet!);
    if (!root.adoptedStyleSheets.includes(sheets[0]!))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
    if (run !== this.teamRun || !this.def) return;
    this.team = view.summarizeTeam(this.def, this.responses);
  }

  private teamArgs() {
    return {
      rubric: this.def!,
      locale: this.locale,
      strings: this.strings,
      label: this.stageLabel,
    };
  }

  private handleInput(e: Event) {
    const field = e.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const id = field.dataset.id!;
    const key = field.dataset.key as keyof RatingDraft;
    const draft = { ...this.drafts[id], [key]: field.value || undefined } as RatingDraft;
    this.drafts = { ...this.drafts, [id]: draft };
    if (e.type === 'input' && key === 'evidence') return;
    const { stage = null, target, evidence } = draft;
    emitNative(this, 'change');
    emit<RubricChangeDetail>(this, 'rubric-change', {
      dimension: id,
      stage,
      ...(target ? { target } : {}),
      ...(evidence ? { evidence } : {}),
    });
  }

  /** Focuses the first dimension still to rate (else the first dimension). */
  override focus(options?: FocusOptions) {
    const id = this.summary.firstUnrated ?? this.ids[0];
    (id && this.radio(id) ? this.radio(id)! : this).focus(options);
  }

  checkValidity() {
    return this.internals.checkValidity();
  }

  reportValidity() {
    return this.internals.reportValidity();
  }

  formResetCallback() {
    this.drafts = {};
    this.invalidShown = false;
  }

  formStateRestoreCallback(state: unknown) {
    try {
      this.drafts = readRatings(JSON.parse(String(state)), { drafts: true }).ratings;
    } catch {
      // A state we did not write: keep what is there.
    }
  }

  formDisabledCallback(disabled: boolean) {
    this.formDisabled = disabled;
  }

  private renderDimension(d: RubricDimension) {
    const draft = this.drafts[d.id] ?? {};
    const stages = stagesIn(this.locale);
    return html`<fieldset class="dim" part="dimension">
      <legend>${d.title}</legend>
      <div class="stages">
        ${stages.map(
          (s) =>
            html`<label
              class="choice ${draft.stage === s.id ? 'on' : ''}"
              part="choice ${draft.stage === s.id ? 'choice-selected' : ''}"
            >
              <input
                type="radio"
                name=${d.id}
                value=${s.id}
                data-id=${d.id}
                data-key="stage"
                .checked=${draft.stage === s.id}
                @change=${this.handleInput}
              />
              <span class="stage">${s.label}</span>
              <span class="desc">${d.descriptors[s.id]}</span>
            </label>`,
        )}
      </div>
      <div class="extra">
        <label class="evidence"
          >${this.m.evidence}
          <textarea
            rows="2"
            maxlength="2000"
            data-id=${d.id}
            data-key="evidence"
            .value=${draft.evidence ?? ''}
            @input=${this.handleInput}
            @change=${this.handleInput}
          ></textarea>
        </label>
        <label class="target"
          >${this.m.target}
          <select data-id=${d.id} data-key="target" @change=${this.handleInput}>
            <option value="" ?selected=${!draft.target}>${this.m.noTarget}</option>
            ${stages.map(
              (s) =>
                html`<option value=${s.id} ?selected=${draft.target === s.id}>${s.label}</option>`,
            )}
          </select>
        </label>
      </div>
    </fieldset>`;
  }

  private renderSummary() {
    const { m } = this;
    const s = this.summary;
    return html`<section class="summary" part="summary" aria-labelledby="sum">
      <h3 id="sum">${m.summary}</h3>
      <p>${format(m.rated, { rated: s.rated, total: s.total })}</p>
      <ul>
        ${STAGE_IDS.map((id) => html`<li>${this.stageLabel(id)}: <b>${s.counts[id]}</b></li>`)}
      </ul>
      <p>${targetWords(m, s)}</p>
    </section>`;
  }

  override render() {
    const { def, m } = this;
    if (!def)
      return this.problems.length ? configErrorTemplate(m.configError, this.problems) : nothing;
    if (this.mode === 'team')
      return html`<h2 part="title">${def.title}</h2>
        ${
          this.team && this.teamView
            ? this.teamView.teamTemplate({
                ...this.teamArgs(),
                team: this.team,
                table: this.table,
                toggle: () => (this.table = !this.table),
              })
            : nothing
        }`;
    return html`<fieldset class="all" ?disabled=${this.disabled || this.formDisabled}>
      <legend part="title"><h2>${def.title}</h2></legend>
      ${def.groups.map((g) => {
        const dims = def.dimensions.filter((d) => d.group === g.id);
        return dims.length
          ? html`<section class="group">
              <h3>${g.title}</h3>
              ${dims.map((d) => this.renderDimension(d))}
            </section>`
          : nothing;
      })}
      ${this.renderSummary()}
      ${
        this.invalidShown && this.missing
          ? html`<p class="err" role="alert">${this.missing}</p>`
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
  interface HTMLElementEventMap {
    'rubric-change': CustomEvent<RubricChangeDetail>;
  }
}
