import { LitElement, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { aggregate } from '../../core/aggregate/index.js';
import { tensionCatalog } from '../../core/catalog/tensions.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import type { ImportResult } from '../../core/codec/index.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { CheckBackKey } from '../../core/i18n/check-back.js';
import { teamResultsStrings } from '../../core/i18n/team-results.js';
import type { TeamResultsKey } from '../../core/i18n/team-results.js';
import { checkResponses } from '../../core/checked.js';
import type { InputProblem, Locale, SurveyResponse, Tension } from '../../core/schema.js';
import type { SurveyDefinitionInput } from '../../core/survey-definition.js';
import { clearReported, configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import {
  stringsFor,
  stringsOrNull,
  stringsProblems,
  stringsProperty,
} from '../../internal/strings-attribute.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import type { RejectedLine } from '../../internal/events.js';
import { dataTableStyles } from '../../internal/data-table.js';
import { exploreOnDemand } from '../../internal/explore.js';
import { LocalePacks } from '../../internal/locale-packs.js';
import { ResponsesLoader } from '../../internal/responses-loader.js';
import { tokens } from '../../internal/theme.js';
import { buttonStyles } from '../../internal/buttons.js';
import { CatalogText } from '../../internal/catalog-text.js';
import { TensionNames } from '../../internal/survey-definition.js';
import '../gap-chart/gap-chart.js';
import { heading } from '../../internal/heading.js';
import { PlanCheck } from './team-results.check.js';
import { promptsSection, rubricSection } from './team-results.discuss.js';
import { importSection } from './team-results.import.js';
import type { Target } from './team-results.import.js';
import { styles } from './team-results.styles.js';

export type { RejectedLine, ResponsesChangeDetail } from '../../internal/events.js';

/** The readers, in a chunk of their own that a results page loads with its first import. */
const codec = () => import('../../core/codec/import.js');

/**
 * The facilitator's page: paste share codes or drop the team's JSON and CSV files, see every line
 * that could not be read and why, then the gap chart with its summary, the rubric's stages, and
 * discussion prompts for the largest gaps and splits. Load a baseline to see the movement.
 *
 * @summary A results board for a team's responses, with import, gap chart and discussion prompts.
 *
 * @fires responses-change - The facilitator added or cleared responses: `detail: { responses, rejected }`.
 * @fires gap-select - From the inner gap chart: `detail: { tension }`.
 * @fires tk-error - Bad configuration or input: `detail: { message, path }`.
 *
 * @csspart import - The import section.
 * @csspart rejected - The list of records that could not be imported.
 * @csspart chart - The gap chart's section.
 * @csspart rubric - The rubric's stage distribution.
 * @csspart table - The rubric's table.
 * @csspart prompts - The discussion prompts.
 * @csspart check-back - The check-back against a plan (with `plan`).
 *
 * @cssproperty [--tk-accent] - Bars and focus.
 */
export class TeamResults extends LitElement {
  static override styles = [tokens, buttonStyles, dataTableStyles, styles];
  // Reactive properties declared statically, as in the other elements: decorators cost bytes.
  // `attribute: false` on the private state keeps the manifest analyzer from listing attributes.
  static override properties = {
    src: {},
    responses: { attribute: false },
    baseline: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    plan: { attribute: false },
    definition: { attribute: false },
    strings: stringsProperty,
    target: { state: true, attribute: false },
    rejected: { state: true, attribute: false },
    duplicates: { state: true, attribute: false },
    status: { state: true, attribute: false },
    progress: { state: true, attribute: false },
    compareRoles: { state: true, attribute: false },
    fetchProblems: { state: true, attribute: false },
  };

  /** A JSON or CSV file of responses to load (fetched once per value) into this check-in. */
  src = '';
  /** The responses of this check-in (one per respondent: repeated ids are kept once). */
  responses: readonly SurveyResponse[] = [];
  /** An earlier set of responses to compare with; null for none. */
  baseline: readonly SurveyResponse[] | null = null;
  /** The level of the section headings, 1 to 6 (default 2; see src/internal/heading.ts). */
  headingLevel = 2;
  /** A plan to check back against: the plan, or a share code's or JSON file's text; null for none. */
  plan: unknown = null;
  /**
   * A survey definition (an object or its JSON text): its own tensions are named by their text,
   * here and in the inner chart; without it a custom tension shows its id.
   */
  definition: SurveyDefinitionInput | string | null = null;
  /** Overrides for any UI string, the check-back's included, by key (or as a JSON attribute). */
  strings: Partial<Record<TeamResultsKey | CheckBackKey, string>> | null = null;

  /** Which set an import goes into. */
  private target: Target = 'current';
  /** Every record that could not be imported so far. */
  private rejected: RejectedLine[] = [];
  /** Records left out because their respondent was already in. */
  private duplicates = 0;
  /** What the last import added, or how far the one under way has got. */
  /** The status line, in the words of the moment it is shown (a pack may arrive later). */
  private status = (): string => '';
  /** The share of the text being read (0 to 1); null when nothing is being read. */
  private progress: number | null = null;
  /** Imports run one after another, each merging into the set the last one left. */
  private queue: Promise<unknown> = Promise.resolve();
  /** The gap chart draws a lane per role. */
  private compareRoles = true;
  private fetchProblems: InputProblem[] = [];
  /** `responses` or `baseline` set to something that is not a list. */
  private inputProblems: InputProblem[] = [];

  private locale: Locale = 'en';
  private packs = new LocalePacks(this);
  private words!: Messages<TeamResultsKey>;
  private figures!: Aggregate;
  private loader = new ResponsesLoader(this);
  /** Signs of leaning too far and strategies, beside the prompts: loaded with the first prompt. */
  private explore = new CatalogText(this, exploreOnDemand);
  private planCheck = new PlanCheck(this);
  /** The tensions' text in the page's language, a definition's own after the built-in ones. */
  private tensions: readonly Tension[] = [];
  private names = new TensionNames(this);
  /** The check-in and the baseline as checked by the schema, for the check-back. */
  private checked: [SurveyResponse[], SurveyResponse[] | null] = [[], null];

  // -------------------------------------------------------------------------------------------
  // Lifecycle

  override willUpdate(changed: PropertyValues<this>): void {
    this.locale = this.packs.read();
    this.words = withOverrides(
      this.packs.in(teamResultsStrings[this.locale], (pack) => pack['team-results']),
      stringsOrNull(this.strings),
    );
    if (changed.has('src') && this.src) void this.load(this.src);
    const builtIn = this.packs.in(tensionCatalog[this.locale].tensions, (pack) => pack.tensions);
    const named = this.names.read(this.definition, '', builtIn);
    this.tensions = named.tensions;
    this.planCheck.read(this.plan);
    // The figures follow the responses only, not the status, the import target or the toggles;
    // each response object is checked by the schema once (imports come checked already).
    if (!this.figures || changed.has('responses') || changed.has('baseline') || named.moved) {
      const current = checkResponses(this.responses, 'responses');
      const baseline = this.baseline == null ? null : checkResponses(this.baseline, 'baseline');
      // A value that is not a list at all is reported here; bad entries in a list are reported
      // by the inner <gap-chart>, which is given the same lists.
      this.inputProblems = [current, baseline ?? { problems: [] }]
        .flatMap((checked) => checked.problems)
        .filter((problem) => !problem.path.includes('['));
      this.figures = aggregate(current.responses, {
        ...(baseline ? { baseline: baseline.responses } : {}),
        ...(this.names.order ? { order: this.names.order } : {}),
      });
      this.checked = [current.responses, baseline?.responses ?? null];
    }
    const problems = [
      ...this.inputProblems,
      ...this.fetchProblems,
      ...this.planCheck.problems,
      ...stringsProblems(this.strings),
      ...named.problems,
    ];
    if (problems.length) reportProblems(this, problems);
    else clearReported(this);
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = () => this.explore.settle(() => super.getUpdateComplete());
    const done = await settled();
    // A definition's schema on its way: the names it brings belong to this update.
    return this.names.pending ? this.names.pending.then(settled) : done;
  }

  // -------------------------------------------------------------------------------------------
  // Import (called from the handlers)

  /**
   * Reads text (share codes, JSON or CSV) into the chosen set, in slices that keep the page
   * responsive, with its progress in the status; resolves to the import.
   */
  private read(text: string, from: string, target: Target): Promise<ImportResult> {
    const job = this.queue.then(async () => {
      const { importResponsesAsync } = await codec();
      const result = await importResponsesAsync(text, {
        onProgress: (share) => this.showProgress(from, share),
      });
      await this.add(result, from, target);
      return result;
    });
    this.queue = job.catch(() => undefined);
    return job.finally(() => (this.progress = null));
  }

  /** The status says how far a read has got in steps of 10%, so a screen reader is not flooded. */
  private showProgress(from: string, share: number) {
    this.progress = share;
    const percent = Math.floor(share * 10) * 10;
    this.status = () => format(this.words.reading, { source: from, percent });
  }

  /** Adds an import to the chosen set, one response per respondent. */
  private async add(result: ImportResult, from: string, target: Target): Promise<void> {
    // One block, so only when there is something to merge with (an import comes deduplicated).
    const { dedupeResponses } = await codec();
    // A set the page gave as something other than a list was reported; the import starts afresh.
    const set = target === 'current' ? this.responses : this.baseline;
    const before = Array.isArray(set) ? set : [];
    const merged = before.length
      ? dedupeResponses([...before, ...result.responses])
      : { responses: result.responses, duplicates: 0 };
    if (target === 'current') this.responses = merged.responses;
    else this.baseline = merged.responses;
    this.duplicates += result.duplicates + merged.duplicates;
    this.rejected = [...this.rejected, ...result.rejected.map((record) => ({ ...record, from }))];
  }

  private async load(src: string): Promise<void> {
    this.status = () => format(this.words.loading, { src });
    this.fetchProblems = [];
    const loaded = await this.loader.load(src, (share) => this.showProgress(src, share));
    this.progress = null;
    if (!loaded) return;
    if (loaded.ok) {
      this.responses = [];
      await this.add(loaded.result, src, 'current');
      this.status = () => this.addedText(loaded.result, src);
    } else {
      this.status = () => '';
      const message = format(this.words.fetchFailed, { src, reason: loaded.reason });
      this.fetchProblems = [{ path: 'src', message }];
    }
  }

  /**
   * What an import added and how many of its lines were not, for the status: a polite live region
   * (role="status"), so a screen reader hears both without looking for the list.
   */
  private addedText({ responses, rejected }: ImportResult, source: string): string {
    const added = format(this.words.added, { n: responses.length, source });
    const n = rejected.length.toLocaleString(this.locale);
    const left = rejected.length ? format(this.words.notImported, { n }) : '';
    return left ? `${added} ${left}` : added;
  }

  /** Explore both sides in the page's language: the pack's words over the built-in text. */
  private exploreText() {
    const language = this.explore.get(this.locale);
    return language && this.packs.in(language, (pack) => pack.explore);
  }

  private changed() {
    emit(this, 'responses-change', {
      responses: this.responses,
      rejected: this.rejected,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Event handlers

  private async handleAdd() {
    const area = this.renderRoot.querySelector('textarea');
    const text = area?.value ?? '';
    if (!area || !text.trim()) return;
    const result = await this.read(text, this.words.pasted, this.target);
    this.status = () => this.addedText(result, this.words.pasted);
    // What was not added stays in the box to be fixed; text typed meanwhile is left alone.
    const left = (await codec()).unimportedText(text, result);
    if (area.value === text && left !== text) area.value = left;
    this.changed();
  }

  private async handleFiles(files: FileList | readonly File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (!list.length) return;
    const target = this.target;
    const added: [ImportResult, string][] = [];
    for (const file of list) {
      const result = await this.read(await file.text(), file.name, target);
      added.push([result, file.name]);
    }
    this.status = () => added.map(([result, source]) => this.addedText(result, source)).join(' ');
    this.changed();
  }

  private handleFileInput(event: Event) {
    const input = event.target as HTMLInputElement;
    void this.handleFiles(input.files).then(() => (input.value = ''));
  }

  private handleDragOver(event: DragEvent) {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
  }

  private handleDrop(event: DragEvent) {
    event.preventDefault();
    void this.handleFiles(event.dataTransfer?.files);
  }

  private handleTarget(event: Event) {
    this.target = (event.target as HTMLInputElement).value === 'baseline' ? 'baseline' : 'current';
  }

  private handleCompareRoles(event: Event) {
    this.compareRoles = (event.target as HTMLInputElement).checked;
  }

  private handleClear() {
    this.responses = [];
    this.baseline = null;
    this.rejected = [];
    this.duplicates = 0;
    this.status = () => '';
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private renderImport() {
    const count = (list: unknown) => (Array.isArray(list) ? list.length : 0);
    return importSection(
      {
        words: this.words,
        locale: this.locale,
        target: this.target,
        current: count(this.responses),
        baseline: count(this.baseline),
        status: this.status(),
        progress: this.progress,
        duplicates: this.duplicates,
        rejected: this.rejected,
        headingLevel: this.headingLevel,
      },
      {
        target: this.handleTarget,
        add: this.handleAdd,
        fileInput: this.handleFileInput,
        dragOver: this.handleDragOver,
        drop: this.handleDrop,
        clear: this.handleClear,
      },
    );
  }

  private renderDiscussion() {
    const view = {
      words: this.words,
      figures: this.figures,
      locale: this.locale,
      packs: this.packs,
      headingLevel: this.headingLevel,
      explore: this.exploreText(),
      tensions: this.tensions,
    };
    return html`${rubricSection(view)} ${promptsSection(view)}`;
  }

  override render() {
    const words = this.words;
    const hasData = this.figures.respondents > 0;
    const problems = [
      ...this.inputProblems,
      ...this.fetchProblems,
      ...this.planCheck.problems,
      ...stringsProblems(this.strings),
    ];
    return html`
      ${problems.length ? configErrorTemplate(words.configError, problems) : nothing}
      ${this.renderImport()}
      <section class="chart" part="chart" aria-labelledby="chart-title" ?hidden=${!hasData}>
        ${heading(this.headingLevel, 0, words.chartTitle, 'chart-title')}
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.compareRoles}
            @change=${this.handleCompareRoles}
          />
          ${words.compareRoles}</label
        >
        <gap-chart
          .strings=${stringsFor(this.strings, 'gap-chart')}
          .responses=${this.responses}
          .baseline=${this.baseline}
          .aims=${this.planCheck.aims()}
          .definition=${this.names.definition}
          group-by=${this.compareRoles ? 'role' : ''}
          heading-level=${this.headingLevel + 1}
        ></gap-chart>
      </section>
      ${hasData ? this.renderDiscussion() : html`<p class="empty">${words.empty}</p>`}
      ${this.planCheck.render(...this.checked, {
        locale: this.locale,
        packs: this.packs,
        strings: this.strings,
        tension: (id) => this.tensions.find((tension) => tension.id === id),
      })}
    `;
  }
}

defineElement('team-results', TeamResults);

declare global {
  interface HTMLElementTagNameMap {
    'team-results': TeamResults;
  }
}
