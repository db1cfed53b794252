/**
 * Where `<tension-survey persist="key">` keeps its draft: localStorage under `tensionkit:<key>`,
 * opt-in. Loaded only by a survey with `persist` or a form state to restore, with the draft's
 * reader (core/draft.ts). Storage can be off limits (sandboxed frames, privacy modes): then
 * drafts are kept in memory (internal/draft-store.ts) and nothing throws.
 */
import { html } from 'lit';
import type { RespondentText } from '../../core/catalog/on-demand.js';
import { fromDraft } from '../../core/draft.js';
import { anySetAside, fitDraft, mergeDrafts } from '../../core/draft-fit.js';
import type { DraftFit, FittedDraft } from '../../core/draft-fit.js';
import type { ReadDraftState, StoredDraft, SurveyDraftState } from '../../core/draft-state.js';
import { pickLocale } from '../../core/i18n/index.js';
import { packFor } from '../../core/i18n/registry.js';
import { surveyResultStrings } from '../../core/i18n/tension-survey-result.js';
import { describeProblems } from '../../core/schema.js';
import { draftStore, draftsAvailable as storageWorks } from '../../internal/draft-store.js';
import { reportError } from '../../internal/events.js';
import { closestLang } from '../../internal/locale.js';

type Operation = 'getItem' | 'setItem' | 'removeItem';

function storage(persist: string, op: Operation, suffix = '', value = ''): string | null {
  if (!persist) return null;
  return draftStore(op, `tensionkit:${persist}${suffix}`, value) ?? null;
}

/** False once storage has refused here: drafts then live in memory for the page's life. */
export const draftsAvailable = () => storageWorks;

/** The stored draft's text, or null (none, or no `persist`). */
export const readStoredDraft = (persist: string) => storage(persist, 'getItem');

export function storeDraft(persist: string, draft: StoredDraft): void {
  storage(persist, 'setItem', '', JSON.stringify(draft));
}

export function removeStoredDraft(persist: string): void {
  storage(persist, 'removeItem');
}

/**
 * The notice's words (they load with this module, only where a draft is read): the page's locale
 * pack's, else the built-in language's.
 */
function setAsideWords(host: HTMLElement): string {
  const lang = closestLang(host);
  return (
    packFor(lang)?.['tension-survey']?.setAside || surveyResultStrings[pickLocale(lang)].setAside
  );
}

/** What a survey shows of a draft's parts it set aside: a short notice naming each. */
export type SetAsideNotice = (text: RespondentText) => unknown;

// The host's language as it renders (the survey's own words are in `text`).
function setAsideNotice(host: HTMLElement, { setAside }: FittedDraft): SetAsideNotice {
  return (text) => {
    const items = Object.entries(setAside.answers).map(([id, marks]) => {
      const name = text.tensions.find((tension) => tension.id === id)?.name ?? id;
      const sides = [text.slider.current, text.slider.desired]
        .map((side, index) =>
          marks[index] == null ? '' : `${side.toLowerCase()}: ${marks[index]}`,
        )
        .filter(Boolean);
      return `${name} (${sides.join(', ')})`;
    });
    if (setAside.role) items.unshift(`${text.survey.role}: ${setAside.role}`);
    return html`<p class="set-aside" role="status">${setAsideWords(host)} ${items.join('; ')}</p>`;
  };
}

/** A stored draft read into a survey: the state to restore, and a notice of what was set aside. */
export interface ReadDraft {
  state: ReadDraftState;
  setAside?: SetAsideNotice;
}

/**
 * The survey's state from a draft's text, fitted to the survey (core/draft-fit.ts): what no longer
 * fits is set aside, kept under `tensionkit:<key>:set-aside` and named in a notice, so it neither
 * blocks the survey nor is lost. With `mine` (this tab's state, when another tab saved), the
 * two are merged. A draft that does not parse is not trusted: it is moved aside (under
 * `tensionkit:<key>:unreadable`) and reported the contract's way, and the respondent starts afresh.
 */
export function readDraft(
  host: HTMLElement,
  persist: string,
  text: string,
  survey: DraftFit,
  mine?: SurveyDraftState | false,
): ReadDraft | undefined {
  const draft = fromDraft(text);
  if (draft.ok) {
    const fitted = fitDraft(draft.value, survey);
    const state = mine ? mergeDrafts(mine, fitted.kept) : fitted.kept;
    if (!anySetAside(fitted)) return { state };
    storage(persist, 'setItem', ':set-aside', JSON.stringify(fitted.setAside));
    return { state, setAside: setAsideNotice(host, fitted) };
  }
  storage(persist, 'setItem', ':unreadable', text);
  removeStoredDraft(persist);
  const message = `The saved draft could not be read (${describeProblems(draft.problems)}); it was set aside under "tensionkit:${persist}:unreadable".`;
  reportError(host, { message, path: 'persist', problems: draft.problems });
  return undefined;
}

/**
 * Follows the draft another tab saves under the same key (the `storage` event): `changed` gets
 * its text, or null when it was removed (the other tab submitted). Returns the unsubscribe.
 */
export function watchDraft(persist: string, changed: (text: string | null) => void): () => void {
  const listener = (event: StorageEvent) => {
    if (event.key === `tensionkit:${persist}`) changed(event.newValue);
  };
  addEventListener('storage', listener);
  return () => removeEventListener('storage', listener);
}
