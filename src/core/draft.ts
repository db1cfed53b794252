/**
 * A survey draft as `<tension-survey persist>` keeps it in localStorage, so a reload loses
 * nothing. Versioned: a draft of another version, or one that fails to parse, is reported, never
 * trusted. No DOM.
 */
import * as z from 'zod/mini';
import { DRAFT_VERSION, MAX_POINTS, rubricRatingSchema, safeParse } from './schema.js';
import type { ParseResult } from './schema.js';
import type { ReadDraftState } from './draft-state.js';

// Writing a draft needs no schema: it lives apart, so a page loads this reader only to read one.
export { toDraft } from './draft-state.js';
export type { ReadDraftState, StoredDraft, SurveyDraftState } from './draft-state.js';

export { DRAFT_VERSION };

/** A marker in a draft: a position, null while unanswered, or 0 for Unsure. */
const mark = z.nullable(z.int().check(z.gte(0), z.lte(MAX_POINTS)));

const draftSchema = z.object({
  v: z.literal(DRAFT_VERSION, `This draft is not version ${DRAFT_VERSION}.`),
  role: z.optional(z.string()),
  answers: z.record(z.string(), z.array(mark)),
  // The rubric section's draft by dimension id. Optional, so drafts saved before it still read;
  // partial, because a note may be typed before a stage is chosen.
  rubric: z.optional(z.record(z.string(), z.partial(rubricRatingSchema))),
  // The steps layout's step on screen, so a reload resumes there; a key, never trusted as an index.
  step: z.optional(z.string().check(z.maxLength(100))),
});

export type Draft = z.output<typeof draftSchema>;

/** Reads a stored draft; text that is not JSON or not a draft comes back as problems. */
export function parseDraft(text: string): ParseResult<Draft> {
  try {
    return safeParse(draftSchema, JSON.parse(text));
  } catch {
    return { ok: false, problems: [{ path: '', message: 'This draft is not valid JSON.' }] };
  }
}

/** A survey's state from stored draft text; text that is not a draft comes back as problems. */
export function fromDraft(text: string): ParseResult<ReadDraftState> {
  const draft = parseDraft(text);
  if (!draft.ok) return draft;
  const { role = '', answers, rubric = {}, step } = draft.value;
  return { ok: true, value: { role, answers, rubric, ...(step && { step }) } };
}
