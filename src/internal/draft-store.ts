/**
 * Where `<tension-survey persist>` keeps its draft: localStorage while the page may use it. In a
 * sandboxed or cross-site frame, or a privacy mode, touching localStorage throws; drafts then live
 * in memory for this page's life and `draftsAvailable` turns false (the survey tells the
 * respondent). Kept small: it is part of every page with a survey.
 */
// One record per page, so two surveys with one key (or a re-attached survey) share the draft.
// Keys all start with "tensionkit:", so none is an Object.prototype name.
const memory: Record<string, string> = {};

/** False once localStorage has thrown here: drafts are kept in memory, lost on reload. */
export let draftsAvailable = true;

/** A localStorage call that never throws; `getItem` answers null or undefined for nothing stored. */
export function draftStore(
  op: 'getItem' | 'setItem' | 'removeItem',
  key: string,
  value: string,
): string | null | undefined {
  // Tried each time: where it throws, it throws every time (a full quota aside).
  try {
    return localStorage[op](key, value) as string | null;
  } catch {
    draftsAvailable = false;
  }
  if (op === 'getItem') return memory[key];
  if (op === 'setItem') memory[key] = value;
  else delete memory[key];
}
