/**
 * A stored draft against the survey it is read into: what still fits is kept, the rest is set
 * aside (for the respondent to see), so a draft saved under another configuration (more points, a
 * role no longer offered, a tension no longer asked) never blocks the survey. And two drafts of
 * one survey (two tabs) merged, so nothing either respondent typed disappears. No DOM.
 */
import { marksOf } from './draft-state.js';
import type { ReadDraftState, SurveyDraftState } from './draft-state.js';

type State = ReadDraftState;

/** What a survey asks: its tension ids, the roles it offers and its scale size. */
export interface DraftFit {
  ids: readonly string[];
  roles: readonly string[];
  points: number;
}

export interface FittedDraft {
  /** What fits the survey, as it is restored. */
  kept: State;
  /** What does not: a role no longer offered ("" for none), and markers by tension id (null where kept). */
  setAside: { role: string; answers: Record<string, (number | null)[]> };
}

/** Splits a draft into what fits the survey and what is set aside; nothing is dropped. */
export function fitDraft(draft: State, survey: DraftFit): FittedDraft {
  const kept: State = { ...draft, role: '', answers: {} };
  const setAside: FittedDraft['setAside'] = { role: '', answers: {} };
  // No role question, no role: a draft's role is kept only while the survey offers it.
  if (survey.roles.includes(draft.role)) kept.role = draft.role;
  else setAside.role = draft.role;
  for (const [id, marks] of Object.entries(draft.answers)) {
    const asked = survey.ids.includes(id);
    // 0 is Unsure, null unanswered: both fit any scale.
    const fits = (mark: number | null) => asked && (mark === null || mark <= survey.points);
    if (asked) kept.answers[id] = marks.map((mark) => (fits(mark) ? mark : null));
    if (!marks.every(fits)) setAside.answers[id] = marks.map((mark) => (fits(mark) ? null : mark));
  }
  return { kept, setAside };
}

/** True when a fitted draft set something aside. */
export const anySetAside = ({ setAside }: FittedDraft): boolean =>
  !!setAside.role || Object.keys(setAside.answers).length > 0;

/**
 * Another tab's draft merged into this one's: what the respondent here has answered stays; each
 * marker, the role and each rubric rating still open here is taken from the other draft.
 */
export function mergeDrafts(mine: SurveyDraftState, theirs: State): State {
  const answers: State['answers'] = { ...theirs.answers };
  for (const [id, marks] of Object.entries(mine.answers)) {
    const other = marksOf(theirs.answers, id);
    answers[id] = [0, 1].map((side) => marks[side] ?? other[side] ?? null);
  }
  return {
    role: mine.role || theirs.role,
    answers,
    rubric: { ...theirs.rubric, ...mine.rubric },
  };
}
