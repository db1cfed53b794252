/**
 * Where `<tension-survey persist="key">` keeps its draft: localStorage under `tensionkit:<key>`,
 * opt-in. Loaded only by a survey with `persist` or a form state to restore, with the draft's
 * reader (core/draft.ts). Storage can be off limits (sandboxed frames, privacy modes): then
 * drafts are kept in memory (internal/draft-store.ts) and nothing throws.
 */
import { fromDraft } from '../../core/draft.js';
import type { StoredDraft, SurveyDraftState } from '../../core/draft-state.js';
import { describeProblems } from '../../core/schema.js';
import { draftStore, draftsAvailable as storageWorks } from '../../internal/draft-store.js';
import { reportError } from '../../internal/events.js';

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
 * The survey's state from a draft's text. One that does not parse is not trusted: it is moved
 * aside (under `tensionkit:<key>:unreadable`) and reported the contract's way, and the respondent
 * starts afresh.
 */
export function readDraft(
  host: HTMLElement,
  persist: string,
  text: string,
): Required<SurveyDraftState> | undefined {
  const draft = fromDraft(text);
  if (draft.ok) return draft.value;
  storage(persist, 'setItem', ':unreadable', text);
  removeStoredDraft(persist);
  const message = `The saved draft could not be read (${describeProblems(draft.problems)}); it was set aside under "tensionkit:${persist}:unreadable".`;
  reportError(host, { message, path: 'persist', problems: draft.problems });
  return undefined;
}
