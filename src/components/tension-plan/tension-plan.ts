import { html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { tensionsOnDemand } from '../../core/catalog/on-demand.js';
import { checkResponses } from '../../core/checked.js';
import { format } from '../../core/i18n/index.js';
import { parsePlan } from '../../core/plan/schema.js';
import type { PlanRecord } from '../../core/plan/schema.js';
import { planStatement, statementToMarkdown, statementToText } from '../../core/plan/statement.js';
import type { Statement } from '../../core/plan/statement.js';
import {
  finishPlan,
  refreshPlan,
  startPlan,
  teamFigures,
  workingFromPlan,
} from '../../core/plan/working.js';
import type { WorkingPlan, WorkingStep, WorkingTension } from '../../core/plan/working.js';
import type { InputProblem, SurveyResponse } from '../../core/schema.js';
import { buttonStyles } from '../../internal/buttons.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { defineElement } from '../../internal/define.js';
import { draftStore } from '../../internal/draft-store.js';
import { emit } from '../../internal/events.js';
import { FormControl, FormControlElement } from '../../internal/form-control.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { stringsProblems, stringsProperty } from '../../internal/strings-attribute.js';
import { tokens } from '../../internal/theme.js';
import {
  aimFromKey,
  copyToClipboard,
  downloadText,
  importTemplate,
  publishTemplate,
  tensionTemplate,
} from './tension-plan.parts.js';
import type { TensionView } from './tension-plan.parts.js';
import { styles } from './tension-plan.styles.js';
import { planText } from './tension-plan.words.js';
import type { PlanText, PlanWordKey } from './tension-plan.words.js';

/** The plan's codec (share codes, import), in a chunk of its own loaded on first use. */
const codec = () => import('../../core/plan/codec.js');

type TextField = 'values' | 'keepLeft' | 'keepRight' | 'signs';

/**
 * The facilitator's element for charting a path: per tension, the team's spread and gap, then the
 * decision (where the district aims to be, why, what it keeps from each side, the warning signs it
 * will watch, next steps), and the statement to publish, printed, copied or downloaded.
 *
 * @summary Turns a team's ratings into a plan it can publish and check back against.
 *
 * @fires plan-change - The facilitator changed the plan: `detail` = the plan.
 * @fires tk-error - Bad configuration or input: `detail: { message, path }`.
 *
 * @csspart statement - The statement to publish.
 * @csspart error - The configuration error message.
 *
 * @cssproperty [--tk-accent] - The aim and focus.
 */
export class TensionPlan extends FormControlElement {
  static override styles = [tokens, buttonStyles, styles];
  static override properties = {
    htmlFor: { attribute: 'for' },
    persist: {},
    name: { reflect: true },
    responses: { attribute: false },
    plan: { attribute: false },
    strings: stringsProperty,
    working: { state: true, attribute: false },
    status: { state: true, attribute: false },
    code: { state: true, attribute: false },
  };

  /** The id of a `<team-results>` on the page whose responses the plan starts from. */
  htmlFor = '';
  /** Opt-in key: the plan under way is kept in this browser under it and restored. */
  persist = '';
  /** The form field name: the form submits the plan as JSON. */
  name = '';
  /** The team's responses (used instead of those of `for`). */
  responses: readonly SurveyResponse[] = [];
  /** A plan to open (from a file or an earlier meeting); null to start from the responses. */
  plan: PlanRecord | null = null;
  /** Overrides for any UI or statement string, by key (or as a JSON attribute). */
  strings: Partial<Record<PlanWordKey, string>> | null = null;

  /** The plan as it is being written. */
  private working: WorkingPlan | null = null;
  /** What the last action did (copied, opened, ...), for the live region. */
  private status = '';
  /** The share code of the plan, or why there is none; empty until asked for. */
  private code = '';

  readonly #catalog = new CatalogText(this, tensionsOnDemand);
  readonly #packs = new LocalePacks(this);
  #text!: PlanText;
  #team: readonly SurveyResponse[] = [];
  #followed: readonly SurveyResponse[] = [];
  #followedFrom: unknown = null;
  #problems: InputProblem[] = [];
  /** The plan last finished from the working copy, or null while a field is wrong. */
  #finished: PlanRecord | null = null;
  #finishProblems: InputProblem[] = [];
  #initial: WorkingPlan | null = null;

  protected readonly formControl = new FormControl(this, {
    value: () => {
      const json = this.#finished ? JSON.stringify(this.#finished) : null;
      return { value: json, state: json };
    },
    validity: () => null,
    reset: () => (this.working = this.#initial),
    restore: (state) => {
      const restored = typeof state === 'string' ? this.#fromJSON(state) : null;
      if (restored) this.working = workingFromPlan(restored);
    },
  });

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('responses-change', this.#handleResponsesChange);
    this.#readFollowed();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('responses-change', this.#handleResponsesChange);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.#text = planText(this.#packs, this.#catalog.get(this.#packs.read()), this.strings);
    this.#readFollowed();
    const problems: InputProblem[] = [];
    const given = checkResponses(this.responses, 'responses');
    problems.push(...given.problems);
    const team = given.responses.length ? given.responses : this.#followed;
    const teamChanged = team !== this.#team;
    this.#team = team;
    if (changed.has('plan') && this.plan != null) {
      const parsed = parsePlan(this.plan);
      if (parsed.plan) this.working = workingFromPlan(parsed.plan);
      else problems.push(...parsed.problems.map((p) => ({ ...p, path: `plan.${p.path}` })));
    }
    if (!this.working) {
      const stored = this.persist ? draftStore('getItem', this.#key, '') : null;
      const restored = stored ? this.#fromJSON(stored) : null;
      this.working = restored
        ? workingFromPlan(restored)
        : startPlan(team, {
            id: `plan-${Date.now().toString(36)}`,
            decidedAt: new Date().toISOString().slice(0, 10) + 'T00:00:00Z',
            locale: this.#packs.locale,
          });
      this.#initial = this.working;
    } else if (teamChanged && team.length) {
      this.working = refreshPlan(this.working, team);
    }
    const finished = finishPlan(this.working);
    this.#finished = finished.plan;
    this.#finishProblems = finished.problems;
    this.#problems = [...problems, ...stringsProblems(this.strings)];
    if (this.#problems.length) reportProblems(this, this.#problems);
    else clearReported(this);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#catalog.settle(() => super.getUpdateComplete());
  }

  // -------------------------------------------------------------------------------------------
  // Input

  get #key() {
    return `tensionkit:plan:${this.persist}`; // apart from a survey's drafts under the same key
  }

  #fromJSON(text: string): PlanRecord | null {
    try {
      return parsePlan(JSON.parse(text)).plan;
    } catch {
      return null; // not JSON: a stored draft or form state from something else
    }
  }

  /** The responses of the `<team-results>` named by `for` (read at each update: a page may set them later). */
  #readFollowed() {
    const root = this.htmlFor && this.isConnected ? (this.getRootNode() as Document) : null;
    const target = root?.getElementById?.(this.htmlFor) as { responses?: unknown } | null;
    if (target && Array.isArray(target.responses)) this.#follow(target.responses);
  }

  /** Checks a followed list once per list given. */
  #follow(list: readonly SurveyResponse[]) {
    if (list === this.#followedFrom) return;
    this.#followedFrom = list;
    this.#followed = checkResponses(list, 'for').responses;
    this.requestUpdate();
  }

  readonly #handleResponsesChange = (event: Event) => {
    if (!this.htmlFor) return;
    const from = event.composedPath().some((n) => n instanceof Element && n.id === this.htmlFor);
    const detail = (event as CustomEvent<{ responses?: unknown }>).detail;
    if (from && Array.isArray(detail?.responses)) this.#follow(detail.responses);
  };

  // -------------------------------------------------------------------------------------------
  // Editing (every change goes through #change)

  /** Applies a change to the working plan, keeps the draft, and tells the page. */
  #change(update: (plan: WorkingPlan) => WorkingPlan) {
    if (!this.working) return;
    this.working = update(this.working);
    this.code = '';
    const { plan } = finishPlan(this.working);
    if (this.persist && plan) draftStore('setItem', this.#key, JSON.stringify(plan));
    if (plan) emit(this, 'plan-change', plan);
  }

  #changeTension(id: string, update: (entry: WorkingTension) => WorkingTension) {
    this.#change((plan) => {
      const entry = plan.tensions[id];
      return entry ? { ...plan, tensions: { ...plan.tensions, [id]: update(entry) } } : plan;
    });
  }

  readonly #handleInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { t: id, f: field, r: row } = input.dataset;
    if (field === 'title' || field === 'decidedAt') {
      const value = field === 'decidedAt' ? `${input.value}T00:00:00Z` : input.value;
      if (field === 'decidedAt' && !input.value) return;
      this.#change((plan) => ({ ...plan, [field]: value }));
      return;
    }
    if (!id || !field) return;
    if (field === 'decided') {
      this.#changeTension(id, (entry) => ({ ...entry, decided: input.checked }));
    } else if (row !== undefined) {
      this.#changeTension(id, (entry) => ({
        ...entry,
        steps: entry.steps.map((step, i) =>
          i === Number(row) ? { ...step, [field as keyof WorkingStep]: input.value } : step,
        ),
      }));
    } else {
      this.#changeTension(id, (entry) => ({ ...entry, [field as TextField]: input.value }));
    }
  };

  /** Touching the aim is the team deciding it. */
  #setAim(id: string, aim: number) {
    this.#changeTension(id, (entry) => ({ ...entry, aim, decided: true }));
  }

  readonly #handleAimKey = (event: KeyboardEvent) => {
    const id = (event.currentTarget as HTMLElement).dataset.t!;
    const rtl = getComputedStyle(this).direction === 'rtl';
    const aim = this.working?.tensions[id]?.aim ?? null;
    const next = aimFromKey(event.key, aim, this.working?.points ?? 7, rtl);
    if (next === undefined) return;
    event.preventDefault();
    this.#setAim(id, next);
  };

  readonly #handleAimPick = (event: Event) => {
    const point = (event.target as HTMLElement).closest<HTMLElement>('[data-v]');
    const id = (event.currentTarget as HTMLElement).dataset.t;
    if (point && id) this.#setAim(id, Number(point.dataset.v));
  };

  readonly #handleAddStep = (event: Event) => {
    const id = (event.currentTarget as HTMLElement).dataset.t!;
    this.#changeTension(id, (entry) => ({
      ...entry,
      steps: [...entry.steps, { what: '', owner: '', due: '' }],
    }));
    // The new row's first field takes the focus, so the keyboard goes on typing there.
    void this.updateComplete.then(() =>
      [
        ...this.renderRoot.querySelectorAll<HTMLInputElement>(
          `input[data-t="${id}"][data-f="what"]`,
        ),
      ]
        .at(-1)
        ?.focus(),
    );
  };

  readonly #handleRemoveStep = (event: Event) => {
    const { t: id, r: row } = (event.currentTarget as HTMLElement).dataset;
    this.#changeTension(id!, (entry) => ({
      ...entry,
      steps: entry.steps.filter((_, i) => i !== Number(row)),
    }));
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLButtonElement>(`button[data-t="${id}"]:not([data-r])`)
        ?.focus(),
    );
  };

  // -------------------------------------------------------------------------------------------
  // Publishing and opening

  #statement() {
    const { tensions, statement: words, lang } = this.#text;
    if (!this.#finished || !tensions) return null;
    return planStatement(this.#finished, { locale: this.#packs.locale, tensions, words, lang });
  }

  async #copy(text: string) {
    this.status = (await copyToClipboard(text))
      ? this.#text.words.copied
      : this.#text.words.copyFailed;
  }

  #copyAs(render: (statement: Statement) => string) {
    const statement = this.#statement();
    return () => statement && void this.#copy(render(statement));
  }

  readonly #handlePrint = () => window.print();

  readonly #handleDownload = async () => {
    if (!this.#finished) return;
    const { planToJSON } = await codec();
    downloadText(`${this.#finished.id}.json`, planToJSON(this.#finished), 'application/json');
  };

  readonly #handleShareCode = async () => {
    if (!this.#finished) return;
    const result = (await codec()).encodePlanCode(this.#finished);
    this.code = result.ok ? result.code : '';
    this.status = result.ok ? '' : result.message;
  };

  async #open(text: string) {
    const { importPlan, describePlanProblems } = await codec();
    const { plan, problems } = importPlan(text);
    if (!plan) {
      this.status = format(this.#text.words.importFailed, {
        reason: describePlanProblems(problems),
      });
      return false;
    }
    this.#change(() => workingFromPlan(plan));
    this.status = format(this.#text.words.imported, {
      title: plan.title || this.#text.words.untitled,
    });
    return true;
  }

  readonly #handleOpen = async () => {
    const area = this.renderRoot.querySelector<HTMLTextAreaElement>('.import textarea');
    if (area?.value.trim() && (await this.#open(area.value))) area.value = '';
  };

  readonly #handleFile = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.#open(await file.text());
    input.value = '';
  };

  // -------------------------------------------------------------------------------------------
  // Rendering

  #views(working: WorkingPlan): TensionView[] {
    return Object.entries(working.tensions).map(([id, entry], index) => {
      const tension = this.#text.tensions?.find((t) => t.id === id);
      return {
        id,
        index,
        entry,
        points: working.points,
        name: tension?.name ?? id,
        left: tension?.left ?? { label: '1' },
        right: tension?.right ?? { label: String(working.points) },
        figures: teamFigures(this.#team, id, working.points),
      };
    });
  }

  override render() {
    const working = this.working;
    const words = this.#text.words;
    if (!working) return nothing;
    const slider = this.#text.slider;
    const handlers = {
      input: this.#handleInput,
      aimKey: this.#handleAimKey,
      aimPick: this.#handleAimPick,
      addStep: this.#handleAddStep,
      removeStep: this.#handleRemoveStep,
    };
    return html`${this.#problems.length ? configErrorTemplate(words.configError, this.#problems) : nothing}
      <h2>${words.heading}</h2>
      <p class="intro">${words.intro}</p>
      <div class="editor">
        <label for="title">${words.title}</label>
        <input
          id="title"
          data-f="title"
          maxlength="160"
          .value=${working.title}
          @input=${this.#handleInput}
        />
        <label for="decided-at">${words.decidedOn}</label>
        <input
          id="decided-at"
          type="date"
          data-f="decidedAt"
          .value=${working.decidedAt.slice(0, 10)}
          @input=${this.#handleInput}
        />
        ${this.#views(working).map((view) => tensionTemplate(view, words, slider, this.#packs.locale, handlers))}
        ${
          this.#finishProblems.length
            ? html`<p class="status" role="alert">
                ${format(words.problems, { reason: this.#finishProblems[0]!.path })}
              </p>`
            : nothing
        }
      </div>
      ${publishTemplate(this.#statement(), this.code, words, {
        print: this.#handlePrint,
        copyText: this.#copyAs(statementToText),
        copyMarkdown: this.#copyAs(statementToMarkdown),
        download: this.#handleDownload,
        shareCode: this.#handleShareCode,
      })}
      ${importTemplate(words, this.#handleOpen, this.#handleFile)}
      <p class="status" role="status">${this.status}</p>`;
  }
}

defineElement('tension-plan', TensionPlan);

declare global {
  interface HTMLElementTagNameMap {
    'tension-plan': TensionPlan;
  }
}
