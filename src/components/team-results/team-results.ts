import { LitElement, html, nothing, svg } from 'lit';
import type { PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { aggregate } from '../../core/aggregate.js';
import type { Aggregate } from '../../core/aggregate.js';
import { getRubric } from '../../core/catalog/rubric.js';
import { getPrompts } from '../../core/catalog/prompts.js';
import { getStage } from '../../core/catalog/stages.js';
import { getTension } from '../../core/catalog/tensions.js';
import { dedupeResponses, importResponses } from '../../core/codec.js';
import type { ImportResult } from '../../core/codec.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { teamResultsStrings } from '../../core/i18n/team-results.js';
import type { TeamResultsKey } from '../../core/i18n/team-results.js';
import { checkResponses } from '../../core/checked.js';
import { STAGE_IDS } from '../../core/schema.js';
import type { InputProblem, Locale, SurveyResponse } from '../../core/schema.js';
import { configErrorTemplate, reportProblems } from '../../internal/config-error.js';
import { dataTableStyles } from '../../internal/data-table.js';
import { defineElement } from '../../internal/define.js';
import { emit } from '../../internal/events.js';
import type { RejectedLine } from '../../internal/events.js';
import { localeOf } from '../../internal/locale.js';
import { ResponsesLoader } from '../../internal/responses-loader.js';
import { tokens } from '../../internal/theme.js';
import { buttonStyles } from '../../internal/buttons.js';
import '../gap-chart/gap-chart.js';
import { styles } from './team-results.styles.js';

export type { RejectedLine, ResponsesChangeDetail } from '../../internal/events.js';

type Target = 'current' | 'baseline';

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
 * @csspart prompts - The discussion prompts.
 *
 * @cssproperty [--tk-accent] - Bars and focus.
 */
export class TeamResults extends LitElement {
  static override styles = [tokens, buttonStyles, dataTableStyles, styles];

  /** A JSON or CSV file of responses to load (fetched once per value) into this check-in. */
  @property() src = '';
  /** The responses of this check-in (one per respondent: repeated ids are kept once). */
  @property({ attribute: false }) responses: readonly SurveyResponse[] = [];
  /** An earlier set of responses to compare with; null for none. */
  @property({ attribute: false }) baseline: readonly SurveyResponse[] | null = null;
  /** Overrides for any UI string, by key (or as a JSON attribute). */
  @property({ type: Object }) strings: Partial<Record<TeamResultsKey, string>> | null = null;

  @state() private target: Target = 'current';
  @state() private rejected: RejectedLine[] = [];
  @state() private duplicates = 0;
  @state() private status = '';
  @state() private compareRoles = true;
  @state() private fetchProblems: InputProblem[] = [];

  private locale: Locale = 'en';
  private s!: Messages<TeamResultsKey>;
  private agg!: Aggregate;
  private loader = new ResponsesLoader(this);

  override willUpdate(changed: PropertyValues<this>): void {
    this.locale = localeOf(this);
    this.s = withOverrides(teamResultsStrings[this.locale], this.strings);
    if (changed.has('src') && this.src) void this.load(this.src);
    // The figures follow the responses only, not the status, the import target or the toggles;
    // each response object is checked by the schema once (imports come checked already).
    if (!this.agg || changed.has('responses') || changed.has('baseline')) {
      const baseline = this.baseline ? checkResponses(this.baseline, 'baseline').responses : null;
      this.agg = aggregate(checkResponses(this.responses, 'responses').responses, {
        top: 3,
        ...(baseline ? { baseline } : {}),
      });
    }
    if (this.fetchProblems.length) reportProblems(this, this.fetchProblems);
  }

  // -------------------------------------------------------------------------------------------
  // Import

  /** Adds an import (of share codes, JSON or CSV) to the chosen set; returns how many were added. */
  private add(result: ImportResult, from: string, target: Target): number {
    const before = target === 'current' ? this.responses : (this.baseline ?? []);
    const merged = dedupeResponses([...before, ...result.responses]);
    if (target === 'current') this.responses = merged.responses;
    else this.baseline = merged.responses;
    this.duplicates += result.duplicates + merged.duplicates;
    this.rejected = [...this.rejected, ...result.rejected.map((r) => ({ ...r, from }))];
    return result.responses.length;
  }

  private async load(src: string): Promise<void> {
    this.status = format(this.s.loading, { src });
    this.fetchProblems = [];
    const loaded = await this.loader.load(src);
    if (!loaded) return;
    if (loaded.ok) {
      this.responses = [];
      const n = this.add(loaded.result, src, 'current');
      this.status = format(this.s.added, { n, source: src });
    } else {
      this.status = '';
      const message = format(this.s.fetchFailed, { src, reason: loaded.reason });
      this.fetchProblems = [{ path: 'src', message }];
    }
  }

  private changed() {
    emit(this, 'responses-change', {
      responses: this.responses,
      rejected: this.rejected,
    });
  }

  // -------------------------------------------------------------------------------------------
  // Event handlers

  private handleAdd() {
    const area = this.renderRoot.querySelector('textarea');
    if (!area || !area.value.trim()) return;
    const n = this.add(importResponses(area.value), this.s.pasted, this.target);
    this.status = format(this.s.added, { n, source: this.s.pasted });
    area.value = '';
    this.changed();
  }

  private async handleFiles(files: FileList | readonly File[] | null | undefined) {
    const list = [...(files ?? [])];
    if (!list.length) return;
    const target = this.target;
    const added: string[] = [];
    for (const file of list) {
      const n = this.add(importResponses(await file.text()), file.name, target);
      added.push(format(this.s.added, { n, source: file.name }));
    }
    this.status = added.join(' ');
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

  private handleClear() {
    this.responses = [];
    this.baseline = null;
    this.rejected = [];
    this.duplicates = 0;
    this.status = '';
    this.changed();
  }

  // -------------------------------------------------------------------------------------------
  // Rendering

  private renderImport() {
    const s = this.s;
    const n = (list: readonly unknown[] | null) => (list ? list.length : 0);
    return html`<section class="import" part="import" aria-labelledby="import-title">
      <h2 id="import-title">${s.importTitle}</h2>
      <fieldset class="target">
        <legend>${s.target}</legend>
        ${(['current', 'baseline'] as const).map(
          (value) =>
            html`<label
              ><input
                type="radio"
                name="target"
                value=${value}
                .checked=${this.target === value}
                @change=${this.handleTarget}
              />
              ${value === 'current' ? s.targetCurrent : s.targetBaseline}</label
            >`,
        )}
      </fieldset>
      <label class="paste" for="codes">${s.pasteLabel}</label>
      <textarea id="codes" rows="5" spellcheck="false" autocomplete="off"></textarea>
      <div class="actions">
        <button type="button" @click=${this.handleAdd}>${s.add}</button>
        <div class="drop" @dragover=${this.handleDragOver} @drop=${this.handleDrop}>
          <label class="file button"
            >${s.files}
            <input
              type="file"
              multiple
              accept=".json,.csv,.txt,application/json,text/csv,text/plain"
              @change=${this.handleFileInput}
          /></label>
          <span>${s.drop}</span>
        </div>
        <button type="button" @click=${this.handleClear}>${s.clear}</button>
      </div>
      <p class="status" role="status">
        ${this.status}
        ${format(s.counts, { current: n(this.responses), baseline: n(this.baseline) })}
        ${this.duplicates ? format(s.duplicates, { n: this.duplicates }) : nothing}
      </p>
      ${this.rejected.length ? this.renderRejected() : nothing}
    </section>`;
  }

  private renderRejected() {
    const s = this.s;
    return html`<div class="rejected" part="rejected">
      <h3>${format(s.rejectedTitle, { n: this.rejected.length })}</h3>
      <p>${s.rejectedHint}</p>
      <ul>
        ${this.rejected.map(
          (r) =>
            html`<li>
              <strong>${r.from}</strong>:
              ${
                r.source === 'code' && r.line !== undefined
                  ? format(s.line, { line: r.line, reason: r.reason })
                  : r.reason
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderRubric() {
    const rubric = this.agg.rubric.filter((d) => d.n > 0);
    if (!rubric.length) return nothing;
    const s = this.s;
    const catalog = getRubric(undefined, this.locale);
    const title = (id: string) => catalog?.dimensions.find((d) => d.id === id)?.title ?? id;
    const stage = (id: string | null) => (id ? (getStage(id, this.locale)?.label ?? id) : '–');
    const bar = (share: number) =>
      svg`<svg class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true"><rect width="100" height="8" class="bar-track" /><rect width=${Math.round(share * 100)} height="8" class="bar-fill" /></svg>`;
    return html`<section class="rubric" part="rubric" aria-labelledby="rubric-title">
      <h2 id="rubric-title">${s.rubricTitle}</h2>
      <div class="table-wrap" role="region" aria-labelledby="rubric-caption" tabindex="0">
        <table>
          <caption id="rubric-caption">
            ${s.rubricCaption}
          </caption>
          <thead>
            <tr>
              <th scope="col">${s.dimension}</th>
              ${STAGE_IDS.map((id) => html`<th scope="col">${stage(id)}</th>`)}
              <th scope="col">${s.median}</th>
            </tr>
          </thead>
          <tbody>
            ${rubric.map(
              (d) =>
                html`<tr>
                  <th scope="row">${title(d.dimension)}</th>
                  ${STAGE_IDS.map(
                    (id) =>
                      html`<td>${d.counts[id]} <span class="bars">${bar(d.shares[id])}</span></td>`,
                  )}
                  <td>${stage(d.median)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </section>`;
  }

  private renderPrompts() {
    const agg = this.agg;
    const s = this.s;
    const nf = new Intl.NumberFormat(this.locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    const why = new Map<string, string[]>();
    const add = (id: string, text: string) => why.set(id, [...(why.get(id) ?? []), text]);
    for (const g of agg.largestGaps) {
      if (g.absGap < 0.5) continue;
      const t = getTension(g.tension, this.locale);
      const pole = (g.gap < 0 ? t?.left.label : t?.right.label) ?? '';
      add(g.tension, format(s.whyGap, { gap: nf.format(g.absGap), pole }));
    }
    for (const l of agg.leastAligned) {
      if (l.alignment === 'split')
        add(l.tension, format(s.whySplit, { spread: nf.format(l.spread) }));
    }
    for (const d of agg.roleDifferences.slice(0, 2)) {
      if (d.difference < 1) continue;
      const [low, high] = d.roles;
      add(d.tension, format(s.whyRoles, { low, high, difference: nf.format(d.difference) }));
    }
    if (!why.size) return nothing;
    return html`<section class="prompts" part="prompts" aria-labelledby="prompts-title">
      <h2 id="prompts-title">${s.promptsTitle}</h2>
      <p>${s.promptsIntro}</p>
      ${[...why].map(([id, reasons]) => {
        const t = getTension(id, this.locale);
        const prompts = getPrompts(id, this.locale);
        return html`<article class="prompt">
          <h3>${t?.name ?? id}</h3>
          ${reasons.map((reason) => html`<p class="why">${reason}</p>`)}
          ${
            prompts.length
              ? html`<ul class="questions">
                  ${prompts.map((q) => html`<li>${q}</li>`)}
                </ul>`
              : nothing
          }
          ${
            t
              ? html`<h4>${s.benefits}</h4>
                  <div class="poles">
                    ${[t.left, t.right].map(
                      (pole) =>
                        html`<div>
                          <h5>${pole.label}</h5>
                          <ul>
                            ${pole.benefits.map((b) => html`<li>${b}</li>`)}
                          </ul>
                        </div>`,
                    )}
                  </div>`
              : nothing
          }
        </article>`;
      })}
    </section>`;
  }

  override render() {
    const s = this.s;
    const hasData = this.agg.respondents > 0;
    return html`
      ${this.fetchProblems.length ? configErrorTemplate(s.configError, this.fetchProblems) : nothing}
      ${this.renderImport()}
      <section class="chart" part="chart" aria-labelledby="chart-title" ?hidden=${!hasData}>
        <h2 id="chart-title">${s.chartTitle}</h2>
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.compareRoles}
            @change=${(e: Event) => (this.compareRoles = (e.target as HTMLInputElement).checked)}
          />
          ${s.compareRoles}</label
        >
        <gap-chart
          .responses=${this.responses}
          .baseline=${this.baseline}
          group-by=${this.compareRoles ? 'role' : ''}
        ></gap-chart>
      </section>
      ${hasData ? html`${this.renderRubric()} ${this.renderPrompts()}` : html`<p class="empty">${s.empty}</p>`}
    `;
  }
}

defineElement('team-results', TeamResults);

declare global {
  interface HTMLElementTagNameMap {
    'team-results': TeamResults;
  }
}
