/**
 * The respondent's own result after submitting: the tensions ranked by gap, in words, a share code
 * and downloads, and `SurveyOutcome`, the survey's submitted state. Loaded on submit (with the
 * codec), so a page where nobody has submitted yet does not carry it.
 */
import { html, nothing } from 'lit';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RespondentText } from '../../core/catalog/on-demand.js';
import { toCSV, toJSON, tryEncodeShareCode } from '../../core/codec/index.js';
import { format, withOverrides } from '../../core/i18n/index.js';
import type { Messages } from '../../core/i18n/index.js';
import { positionWords } from '../../core/i18n/position-words.js';
import type { SliderKey } from '../../core/i18n/tension-slider.js';
import type { SurveyKey } from '../../core/i18n/tension-survey.js';
import { surveyResultStrings } from '../../core/i18n/tension-survey-result.js';
import type { SurveyResultKey } from '../../core/i18n/tension-survey-result.js';
import type { Aggregate } from '../../core/aggregate/index.js';
import { pictureRows } from '../../core/result-picture.js';
import type { PicturePair } from '../../core/result-picture.js';
import { DEFAULT_POINTS } from '../../core/schema.js';
import type { LocalePacks } from '../../internal/locale-packs.js';
import type { Locale, SurveyResponse, Tension } from '../../core/schema.js';
import { answersPicture, pictureStyles } from './tension-survey-result.picture.js';
import { heading } from '../../internal/heading.js';

/** What the result shows besides the response: its share code and download links. */
export interface ResultFiles {
  /** The share code, "" when the response cannot have one. */
  code: string;
  /** The survey's own tensions in the response (a code spells out their ids). */
  customTensions: string[];
  /** Characters they add to the code. */
  extraLength: number;
  json: string;
  csv: string;
}

/** The share code and object URLs of a response's JSON and CSV; release them with `release`. */
export function prepareResult(response: SurveyResponse): ResultFiles {
  // A response the code cannot carry still downloads; the result says why there is no code.
  const shared = tryEncodeShareCode(response);
  const url = (text: string, type: string) => URL.createObjectURL(new Blob([text], { type }));
  return {
    code: shared.ok ? shared.code : '',
    customTensions: shared.customTensions,
    extraLength: shared.extraLength,
    json: url(toJSON(response), 'application/json'),
    csv: url(toCSV([response]), 'text/csv'),
  };
}

export function releaseResult(files: ResultFiles | null): void {
  if (files) [files.json, files.csv].forEach((url) => URL.revokeObjectURL(url));
}

/** Selects the share code and copies it (the selection stays for a manual copy where refused). */
export async function copyShareCode(root: ParentNode, code: string): Promise<void> {
  root.querySelector('input')?.select();
  try {
    await navigator.clipboard.writeText(code);
  } catch {
    document.execCommand?.('copy');
  }
}

export interface ResultView {
  response: SurveyResponse;
  files: ResultFiles;
  /** The asked tensions' text, in the survey's order. */
  tensions: readonly Tension[];
  locale: Locale;
  /** The page's overrides of the survey's words. */
  overrides: Partial<Record<SurveyKey, string>> | null;
  words: Messages<SliderKey>;
  /** Dimensions in the rubric section, 0 without one. */
  rubricTotal: number;
  /** The level of the result's title (the survey's `heading-level`). */
  headingLevel: number;
  /** The page's locale pack, over the built-in words. */
  packs: Pick<LocalePacks, 'in'>;
  copied: boolean;
  /** The page's words on what to do with the share code (`share-instructions`), if any. */
  shareInstructions: string | null;
  onCopy: () => void;
  onEdit: () => void;
  /** The team's figures, when the page gave its responses (`responses`, or `for`). */
  team?: Aggregate | undefined;
  /** The survey definition's closing words, if it has them. */
  thankYou?: { text: string; lang?: string | undefined } | undefined;
}

/** What the survey's own tensions do to the share code, said where the code is offered. */
function codeNote(v: ResultView, s: Messages<SurveyResultKey>, byId: Map<string, Tension>) {
  const { files } = v;
  const names = files.customTensions.map((id) => byId.get(id)?.name || id).join(', ');
  if (!files.code)
    return html`<p class="code-note">${names ? format(s.noCodeCustom, { names }) : s.noCode}</p>`;
  return files.extraLength
    ? html`<p class="code-note">${format(s.codeLonger, { names, n: files.extraLength })}</p>`
    : nothing;
}

export function renderResult(v: ResultView) {
  const { response: r, files } = v;
  const s = withOverrides(
    v.packs.in(surveyResultStrings[v.locale], (pack) => pack['tension-survey']),
    v.overrides,
  );
  const points = r.points ?? DEFAULT_POINTS;
  const byId = new Map(v.tensions.map((tension) => [tension.id, tension]));
  const ranked = pictureRows(r, [...byId.keys()], v.team);
  const rows = ranked.map(({ tension, now, should, gap, team }) => {
    const { name, left, right } = byId.get(tension)!;
    const say = (at: number) => positionWords(v.words, at, points, left.label, right.label);
    const mine =
      gap === null
        ? format(s.unsure, { name })
        : format(s.gap, { name, gap, now: say(now!), should: say(should!) });
    const theirs =
      team?.now && team.should
        ? format(s.teamGap, { now: say(team.now), should: say(team.should) })
        : '';
    return `${mine} ${theirs}`.trim();
  });
  const picture = (
    key: string,
    caption: string,
    label: string,
    pick: (row: (typeof ranked)[number]) => PicturePair | undefined,
  ) => answersPicture(key, caption, label, ranked, byId, points, pick);
  return html`<div part="result">
    ${heading(v.headingLevel, 0, s.result)}
    ${v.thankYou?.text ? html`<p class="thanks" lang=${v.thankYou.lang ?? nothing}>${v.thankYou.text}</p>` : nothing}
    <p>${s.resultIntro}</p>
    <div class="pics">
      ${picture('you', s.yours, format(s.yoursLabel, { n: ranked.length }), (row) => row)}
      ${
        v.team
          ? picture(
              'team',
              format(s.team, { n: v.team.respondents }),
              s.teamLabel,
              (row) => row.team,
            )
          : nothing
      }
    </div>
    <ol>
      ${rows.map((row) => html`<li>${row}</li>`)}
    </ol>
    ${
      r.rubric && v.rubricTotal
        ? html`<p>
            ${format(s.rubricResult, { n: Object.keys(r.rubric).length, total: v.rubricTotal })}
          </p>`
        : nothing
    }
    ${
      files.code
        ? html`<div class="row">
              <label
                >${s.code} <input readonly size=${files.code.length} .value=${files.code}
              /></label>
              <button type="button" @click=${v.onCopy}>${s.copy}</button>
              <span role="status">${v.copied ? s.copied : ''}</span>
            </div>
            <p>${v.shareInstructions || s.shareInstructions}</p>`
        : nothing
    }
    ${codeNote(v, s, byId)}
    <div class="row">
      <a href=${files.json} download="tensions-response.json">${s.json}</a>
      <a href=${files.csv} download="tensions-response.csv">${s.csv}</a>
      <button type="button" @click=${v.onEdit}>${s.edit}</button>
    </div>
  </div>`;
}

/** What the result view needs from the survey besides the response. */
/** The survey's side of the result: what it asked, in which language, with which words. */
export type OutcomeArgs = Pick<
  ResultView,
  'locale' | 'overrides' | 'rubricTotal' | 'headingLevel' | 'packs' | 'thankYou'
> & {
  /** The tension ids asked, in order. */
  ids: readonly string[];
};

interface TeamFigures {
  from: unknown[];
  figures?: Aggregate;
}

type OutcomeHost = ReactiveControllerHost &
  HTMLElement & { renderRoot: ParentNode; responses?: unknown };

/** The survey's submitted state: the response, its files, and the result view. */
export class SurveyOutcome implements ReactiveController {
  /** The submitted response (validated), or null after Edit or a form reset. */
  response: SurveyResponse | null = null;
  #files: ResultFiles | null = null;
  #copied = false;
  readonly #host: OutcomeHost;
  /** The team's responses last seen, and their figures once core/aggregate has loaded. */
  #team?: TeamFigures;

  constructor(host: OutcomeHost) {
    this.#host = host;
    host.addController(this);
    const root = host.renderRoot as ShadowRoot;
    // Adopted, not an inline <style>: a page's style-src policy does not apply to it.
    const sheet = pictureStyles.styleSheet;
    if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  /**
   * The team's figures: from the survey's `responses`, or the `responses` of the element its `for`
   * names (a <gap-chart> or <team-results> on the page). The statistics load only then.
   */
  #teamFigures(ids: readonly string[], points: number): Aggregate | undefined {
    const target = this.#host.getAttribute('for');
    const root = this.#host.getRootNode() as Document;
    const from =
      this.#host.responses ??
      (target
        ? (root.getElementById?.(target) as { responses?: unknown } | null)?.responses
        : null);
    if (!Array.isArray(from) || !from.length) return undefined;
    if (this.#team?.from !== from) {
      const team: TeamFigures = (this.#team = { from });
      void import('../../core/aggregate/index.js').then(({ aggregate }) => {
        team.figures = aggregate(from, { tensions: ids, points });
        this.#host.requestUpdate();
      });
    }
    return this.#team.figures;
  }

  hostDisconnected(): void {
    this.#release();
  }

  /** Makes the files and shows the response. */
  show(response: SurveyResponse): void {
    this.#release();
    this.#files = prepareResult(response);
    this.response = response;
    this.#host.requestUpdate();
  }

  /** Back to the questions (Edit, or a form reset). */
  clear(): void {
    this.response = null;
    this.#copied = false;
    this.#host.requestUpdate();
  }

  /** The result view in the language of `text`; built here, so the survey's bundle stays small. */
  render(text: RespondentText, { ids, ...args }: OutcomeArgs) {
    const files = this.#files;
    const { response } = this;
    if (!files || !response) return nothing;
    return renderResult({
      ...args,
      team: this.#teamFigures(ids, response.points ?? DEFAULT_POINTS),
      // A survey definition's own tensions are in `text` too (the survey adds them).
      tensions: ids.map((id) => text.tensions.find((tension) => tension.id === id)!),
      words: text.slider,
      shareInstructions: this.#host.getAttribute('share-instructions'),
      response,
      files,
      copied: this.#copied,
      onCopy: async () => {
        await copyShareCode(this.#host.renderRoot, files.code);
        this.#copied = true;
        this.#host.requestUpdate();
      },
      onEdit: async () => {
        this.clear();
        await this.#host.updateComplete;
        // The button is gone with the result: focus goes back to the first question, not <body>.
        this.#host.renderRoot.querySelector<HTMLElement>('tension-slider')?.focus();
      },
    });
  }

  /** After submit, focus goes to the result's title (focusable for that only, so no tab stop). */
  focusTitle(): void {
    const title = this.#host.renderRoot.querySelector<HTMLElement>('[part=result] > .d0');
    if (!title) return;
    title.tabIndex = -1;
    title.focus();
  }

  #release() {
    releaseResult(this.#files);
    this.#files = null;
  }
}
