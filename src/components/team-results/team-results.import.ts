/**
 * `<team-results>`'s import section as a template: the target set, the paste box, files, the
 * status with the progress of a read under way, and the records that could not be imported (the
 * first ones, then a count: a junk file can have 100,000). DOM only; the element holds the state.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import type { TeamResultsKey } from '../../core/i18n/team-results.js';
import type { Locale } from '../../core/schema.js';
import type { RejectedLine } from '../../internal/events.js';
import { heading } from '../../internal/heading.js';

export type { RejectedLine };

/** Which set an import goes into. */
export type Target = 'current' | 'baseline';

/** How many records that could not be imported are listed; the rest are counted. */
export const SHOWN_REJECTED = 20;

export interface ImportView {
  words: Messages<TeamResultsKey>;
  locale: Locale;
  target: Target;
  /** How many responses each set has. */
  current: number;
  baseline: number;
  status: string;
  /** The share of the text being read (0 to 1); null when nothing is being read. */
  progress: number | null;
  duplicates: number;
  rejected: readonly RejectedLine[];
  /** The element's `heading-level`: the section's heading. */
  headingLevel: number;
}

/** The element's handlers (Lit calls them with the element as `this`). */
export interface ImportHandlers {
  target: (event: Event) => void;
  add: () => void;
  fileInput: (event: Event) => void;
  dragOver: (event: DragEvent) => void;
  drop: (event: DragEvent) => void;
  clear: () => void;
}

export function importSection(view: ImportView, on: ImportHandlers) {
  const { words } = view;
  return html`<section class="import" part="import" aria-labelledby="import-title">
    ${heading(view.headingLevel, 0, words.importTitle, 'import-title')}
    <fieldset class="target">
      <legend>${words.target}</legend>
      ${(['current', 'baseline'] as const).map(
        (value) =>
          html`<label
            ><input
              type="radio"
              name="target"
              value=${value}
              .checked=${view.target === value}
              @change=${on.target}
            />
            ${value === 'current' ? words.targetCurrent : words.targetBaseline}</label
          >`,
      )}
    </fieldset>
    <label class="paste" for="codes">${words.pasteLabel}</label>
    <textarea id="codes" rows="5" spellcheck="false" autocomplete="off"></textarea>
    <div class="actions">
      <button type="button" @click=${on.add}>${words.add}</button>
      <div class="drop" @dragover=${on.dragOver} @drop=${on.drop}>
        <label class="file button"
          >${words.files}
          <input
            type="file"
            multiple
            accept=".json,.csv,.txt,application/json,text/csv,text/plain"
            @change=${on.fileInput}
        /></label>
        <span>${words.drop}</span>
      </div>
      <button type="button" @click=${on.clear}>${words.clear}</button>
    </div>
    ${
      view.progress === null
        ? nothing
        : html`<progress max="1" .value=${view.progress} aria-label=${view.status}></progress>`
    }
    <p class="status" role="status">
      ${view.status} ${format(words.counts, { current: view.current, baseline: view.baseline })}
      ${view.duplicates ? format(words.duplicates, { n: view.duplicates }) : nothing}
    </p>
    ${view.rejected.length ? rejectedList(view) : nothing}
  </section>`;
}

function rejectedList({ words, locale, rejected, headingLevel }: ImportView) {
  const count = (n: number) => n.toLocaleString(locale);
  const rest = rejected.length - SHOWN_REJECTED;
  return html`<div class="rejected" part="rejected">
    ${heading(headingLevel, 1, format(words.rejectedTitle, { n: count(rejected.length) }))}
    <p>${words.rejectedHint}</p>
    <ul>
      ${rejected
        .slice(0, SHOWN_REJECTED)
        .map(
          (record) =>
            html`<li>
              <strong>${record.from}</strong>:
              ${
                record.source === 'code' && record.line !== undefined
                  ? format(words.line, { line: record.line, reason: record.reason })
                  : record.reason
              }
            </li>`,
        )}
    </ul>
    ${rest > 0 ? html`<p class="more">${format(words.moreRejected, { n: count(rest) })}</p>` : nothing}
  </div>`;
}
