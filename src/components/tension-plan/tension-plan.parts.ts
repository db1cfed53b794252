/**
 * Pieces of `<tension-plan>`'s view that need nothing from the element but their arguments: one
 * tension's decision, and the statement. Inputs carry `data-t` (tension id), `data-f` (field) and
 * `data-r` (step row) so the element handles every edit in one place.
 */
import { html, nothing } from 'lit';
import { format } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import type { SliderKey } from '../../core/i18n/keys.js';
import type { TensionPlanKey } from '../../core/i18n/tension-plan.js';
import type { Statement } from '../../core/plan/statement.js';
import type { TeamFigures, WorkingTension } from '../../core/plan/working.js';
import type { Pole } from '../../core/schema.js';

export interface TensionView {
  id: string;
  /** Position in the list, for unique ids inside the shadow root. */
  index: number;
  name: string;
  left: Pick<Pole, 'label'>;
  right: Pick<Pole, 'label'>;
  entry: WorkingTension;
  figures: TeamFigures;
  points: number;
}

export interface Handlers {
  input(event: Event): void;
  aimKey(event: KeyboardEvent): void;
  aimPick(event: Event): void;
  addStep(event: Event): void;
  removeStep(event: Event): void;
}

/** The aim in words, for the slider's `aria-valuetext` and the label beside it. */
export function aimWords(
  view: TensionView,
  words: Messages<TensionPlanKey>,
  slider: Messages<SliderKey> | undefined,
): string {
  const { aim, decided } = view.entry;
  if (aim === null) return words.aimUnset;
  const position = slider
    ? positionWords(slider, aim, view.points, view.left.label, view.right.label)
    : String(aim);
  const text = format(words.aimText, { position, aim, points: view.points });
  return decided ? text : `${text} (${words.notDecided})`;
}

function teamLine(view: TensionView, words: Messages<TensionPlanKey>, locale: string) {
  const f = view.figures;
  if (!f.n || f.currentMean === null || f.desiredMean === null) {
    return html`<p class="team">${words.noTeam}</p>`;
  }
  const n = (value: number | null) =>
    value === null
      ? '–'
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return html`<p class="team">
    ${format(words.team, {
      current: n(f.currentMean),
      desired: n(f.desiredMean),
      gap: n(f.gap === null ? null : Math.abs(f.gap)),
      spread: n(f.spread),
      n: f.n,
    })}
  </p>`;
}

/** One tension's decision: the team's figures, the aim, values, keeps, signs and steps. */
export function tensionTemplate(
  view: TensionView,
  words: Messages<TensionPlanKey>,
  slider: Messages<SliderKey> | undefined,
  locale: string,
  on: Handlers,
) {
  const { id, index, entry, points } = view;
  const aimId = `aim-${index}`;
  const valueText = aimWords(view, words, slider);
  const field = (name: string, label: string, value: string, max: number, rows = 2) =>
    html`<label for="${name}-${index}">${label}</label>
      <textarea
        id="${name}-${index}"
        rows=${rows}
        maxlength=${max}
        data-t=${id}
        data-f=${name}
        .value=${value}
        @input=${on.input}
      ></textarea>`;
  return html`<fieldset class="tension" data-tension=${id}>
    <legend>${view.name}</legend>
    ${teamLine(view, words, locale)}
    <span class="label" id="${aimId}-label">${words.aim}</span>
    <div class="poles" aria-hidden="true">
      <span>${view.left.label}</span><span>${view.right.label}</span>
    </div>
    <div
      class="aim ${entry.decided ? '' : 'pending'}"
      role="slider"
      tabindex="0"
      aria-labelledby="${aimId}-label"
      aria-describedby="${aimId}-hint"
      aria-valuemin="1"
      aria-valuemax=${points}
      aria-valuenow=${entry.aim ?? nothing}
      aria-valuetext=${valueText}
      data-t=${id}
      @keydown=${on.aimKey}
      @click=${on.aimPick}
    >
      ${Array.from(
        { length: points },
        (_, i) =>
          html`<span class="point ${entry.aim === i + 1 ? 'on' : ''}" data-v=${i + 1}
            >${i + 1}</span
          >`,
      )}
    </div>
    <p class="hint" id="${aimId}-hint">
      ${valueText}${entry.decided ? nothing : html` <span class="badge">· ${words.aimHint}</span>`}
    </p>
    <label class="check"
      ><input
        type="checkbox"
        data-t=${id}
        data-f="decided"
        .checked=${entry.decided}
        ?disabled=${entry.aim === null}
        @change=${on.input}
      />${words.decided}</label
    >
    ${field('values', words.values, entry.values, 1000)}
    <div class="keeps">
      <div>
        ${field('keepLeft', format(words.keepFrom, { pole: view.left.label }), entry.keepLeft, 500)}
      </div>
      <div>
        ${field('keepRight', format(words.keepFrom, { pole: view.right.label }), entry.keepRight, 500)}
      </div>
    </div>
    ${field('signs', words.signs, entry.signs, 1500, 3)}
    <span class="label" id="steps-${index}">${words.steps}</span>
    <div class="steps" role="group" aria-labelledby="steps-${index}">
      ${entry.steps.map((step, row) => {
        const label = format(words.stepLabel, { n: row + 1, tension: view.name });
        const input = (name: string, type: string, value: string, title: string, max = 240) =>
          html`<input
            type=${type}
            aria-label="${title}: ${label}"
            maxlength=${type === 'date' ? nothing : max}
            data-t=${id}
            data-f=${name}
            data-r=${row}
            .value=${value}
            @input=${on.input}
          />`;
        return html`<div class="step">
          ${input('what', 'text', step.what, words.what)}
          ${input('owner', 'text', step.owner, words.owner, 80)}
          ${input('due', 'date', step.due, words.due)}
          <button type="button" data-t=${id} data-r=${row} @click=${on.removeStep}>
            <span aria-hidden="true">✕</span
            ><span class="visually-hidden">${format(words.removeStep, { n: row + 1 })}</span>
          </button>
        </div>`;
      })}
    </div>
    <button type="button" data-t=${id} @click=${on.addStep}>${words.addStep}</button>
  </fieldset>`;
}

/** The statement to publish, as the element shows and prints it. */
export function statementTemplate(statement: Statement) {
  return html`<div class="statement" part="statement">
    <h3>${statement.title}</h3>
    <p>${statement.intro}</p>
    ${statement.paragraphs.map(
      (p) =>
        html`<article>
          <h4>${p.heading}</h4>
          <p>${p.sentences.join(' ')}</p>
          ${
            p.steps.length
              ? html`<p><strong>${statement.stepsTitle}</strong></p>
                  <ul>
                    ${p.steps.map((step) => html`<li>${step}</li>`)}
                  </ul>`
              : nothing
          }
        </article>`,
    )}
  </div>`;
}

export interface PublishHandlers {
  print(): void;
  copyText(): void;
  copyMarkdown(): void;
  download(): void;
  shareCode(): void;
}

/** The statement with its buttons, and the share code once asked for. */
export function publishTemplate(
  statement: Statement | null,
  code: string,
  words: Messages<TensionPlanKey>,
  on: PublishHandlers,
) {
  const button = (label: string, handler: () => void) =>
    html`<button type="button" @click=${handler}>${label}</button>`;
  return html`<section aria-labelledby="statement-title">
    <h3 id="statement-title">${words.statement}</h3>
    ${statement ? statementTemplate(statement) : nothing}
    <div class="actions">
      ${button(words.print, on.print)} ${button(words.copyText, on.copyText)}
      ${button(words.copyMarkdown, on.copyMarkdown)} ${button(words.download, on.download)}
      ${button(words.shareCode, on.shareCode)}
    </div>
    ${
      code
        ? html`<label for="code">${words.codeLabel}</label
            ><textarea id="code" class="code" readonly rows="3" .value=${code}></textarea>`
        : nothing
    }
  </section>`;
}

/** Opening a plan: paste JSON or a share code, or choose a file. */
export function importTemplate(
  words: Messages<TensionPlanKey>,
  open: () => void,
  file: (event: Event) => void,
) {
  return html`<section class="import" aria-labelledby="import-title">
    <h3 id="import-title">${words.importTitle}</h3>
    <label for="import-text">${words.importLabel}</label>
    <textarea id="import-text" rows="3"></textarea>
    <div class="actions">
      <button type="button" @click=${open}>${words.importButton}</button>
      <label class="button" for="import-file">${words.importFile}</label>
      <input
        id="import-file"
        class="visually-hidden"
        type="file"
        accept=".json,application/json"
        @change=${file}
      />
    </div>
  </section>`;
}

/** Puts text on the clipboard; false where the page may not (an iframe without permission). */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves text as a file through a temporary link. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * The aim after a key on the aim slider (as the APG slider: arrows, Page Up/Down by two, Home,
 * End; Enter and Space confirm the aim as it is), or undefined for other keys. Without an aim yet,
 * the first key sets the middle of the scale.
 */
export function aimFromKey(
  key: string,
  aim: number | null,
  points: number,
  rightToLeft: boolean,
): number | undefined {
  const from = aim ?? Math.ceil(points / 2);
  const step = rightToLeft ? -1 : 1;
  const moves: Record<string, number> = {
    ArrowRight: from + step,
    ArrowLeft: from - step,
    ArrowUp: from + 1,
    ArrowDown: from - 1,
    PageUp: from + 2,
    PageDown: from - 2,
    Home: 1,
    End: points,
    Enter: from,
    ' ': from,
  };
  if (!Object.hasOwn(moves, key)) return undefined;
  const next = aim === null && key.startsWith('Arrow') ? from : moves[key]!;
  return Math.min(points, Math.max(1, next));
}
