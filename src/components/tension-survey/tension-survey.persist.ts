/**
 * Where `<tension-survey persist="key">` keeps its draft: localStorage under `tensionkit:<key>`,
 * opt-in. Storage can be off limits (sandboxed frames, privacy modes): then nothing is kept and
 * nothing throws. The draft's format is core's (core/draft.ts).
 */
import type { Draft } from '../../core/draft.js';

type Operation = 'getItem' | 'setItem' | 'removeItem';

function storage(persist: string, op: Operation, suffix = '', value = ''): string | null {
  if (!persist) return null;
  try {
    return localStorage[op](`tensionkit:${persist}${suffix}`, value) ?? null;
  } catch {
    return null;
  }
}

/** The stored draft's text, or null (none, or no `persist`). */
export const readStoredDraft = (persist: string) => storage(persist, 'getItem');

export function storeDraft(persist: string, draft: Draft): void {
  storage(persist, 'setItem', '', JSON.stringify(draft));
}

export function removeStoredDraft(persist: string): void {
  storage(persist, 'removeItem');
}

/** Moves text that is not a draft aside, so the respondent starts afresh; returns where it went. */
export function setAsideDraft(persist: string, text: string): string {
  storage(persist, 'setItem', ':unreadable', text);
  removeStoredDraft(persist);
  return `tensionkit:${persist}:unreadable`;
}
