/**
 * A plan to and from the forms it travels in: pretty JSON for a file, and a share code for a short
 * plan that fits in a chat message. Readers never throw; a problem names the field. No DOM.
 */
import { describeProblems } from '../parse.js';
import type { InputProblem } from '../parse.js';
import { SHARE_CODE_ALPHABET, checkCharacters, normalizeShareCode } from '../codec/share-code.js';
import { parsePlan } from './schema.js';
import type { PlanParse, PlanRecord } from './schema.js';

/** What every plan code of this format starts with: "TP" (tensionkit plan) and the version. */
export const PLAN_CODE_PREFIX = 'TP1';
/** The longest plan code `encodePlanCode` makes: past it, share the plan as a JSON file. */
export const MAX_PLAN_CODE_LENGTH = 2000;

const CHECK_LENGTH = 2;

const failure = (message: string, path = ''): PlanParse => ({
  plan: null,
  problems: [{ path, message }],
});

/** Pretty JSON of a plan; `planFromJSON` reads it back. */
export function planToJSON(plan: PlanRecord): string {
  return JSON.stringify(plan, null, 2);
}

/** Reads a plan from JSON text (a file, a pasted block). Never throws. */
export function planFromJSON(text: string): PlanParse {
  if (typeof text !== 'string') return failure('A plan file is text.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return failure(`This is not valid JSON: ${reason}`);
  }
  return parsePlan(data);
}

/** The outcome of `encodePlanCode`: a code, or why the plan cannot have one. */
export type PlanCodeResult =
  | { ok: true; code: string }
  | { ok: false; reason: 'invalid' | 'too-long'; length?: number; message: string };

/**
 * A share code for a plan: `TP1`, the plan's compact JSON as UTF-8 bytes in Crockford base 32,
 * and the two check characters response codes use (so a typo is caught). A plan with long texts
 * does not fit: the result then says so (`too-long`, with the length it would need) rather than
 * throwing, and the plan goes as a JSON file instead.
 */
export function encodePlanCode(plan: PlanRecord): PlanCodeResult {
  const parsed = parsePlan(plan);
  if (!parsed.plan) {
    return {
      ok: false,
      reason: 'invalid',
      message: `Can't make a code from this plan: ${describeProblems(parsed.problems)}`,
    };
  }
  const bytes = new TextEncoder().encode(JSON.stringify(compact(parsed.plan)));
  const signed = PLAN_CODE_PREFIX + bytesToBase32(bytes);
  const code = signed + checkCharacters(signed);
  if (code.length > MAX_PLAN_CODE_LENGTH) {
    return {
      ok: false,
      reason: 'too-long',
      length: code.length,
      message: `This plan needs a ${code.length}-character code, over the ${MAX_PLAN_CODE_LENGTH} allowed; share it as a JSON file instead.`,
    };
  }
  return { ok: true, code };
}

/** Reads a plan code back into a checked plan. Never throws; a typo comes back as a problem. */
export function decodePlanCode(code: string): PlanParse {
  if (typeof code !== 'string') return failure('A plan code is text.');
  const normalized = normalizeShareCode(code).replace(/[\s-]+/g, '');
  if (normalized === '') return failure('This plan code is empty.');
  if (normalized.length > MAX_PLAN_CODE_LENGTH) {
    return failure(`This is too long for a plan code (over ${MAX_PLAN_CODE_LENGTH} characters).`);
  }
  if (normalized.startsWith('TK')) {
    return failure('This is a response share code, not a plan code; plan codes start with TP1.');
  }
  if (!normalized.startsWith(PLAN_CODE_PREFIX)) {
    return /^TP[2-9]/.test(normalized)
      ? failure('This plan code was made by a newer version of tensionkit; update to read it.')
      : failure(`This is not a plan code; those start with ${PLAN_CODE_PREFIX}.`);
  }
  for (const ch of normalized) {
    if (!SHARE_CODE_ALPHABET.includes(ch)) {
      return failure(`"${ch}" can't be in a plan code; codes have only letters and digits.`);
    }
  }
  const signed = normalized.slice(0, -CHECK_LENGTH);
  if (
    signed.length <= PLAN_CODE_PREFIX.length ||
    normalized.slice(-CHECK_LENGTH) !== checkCharacters(signed)
  ) {
    return failure(
      "This plan code has a typo or is cut short: its last two characters don't match the rest.",
    );
  }
  const damaged = failure('This plan code is damaged; ask for it to be copied again.');
  const bytes = base32ToBytes(signed.slice(PLAN_CODE_PREFIX.length));
  if (!bytes) return damaged;
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return damaged;
  }
  const expanded = expand(data);
  if (!expanded) return damaged;
  return parsePlan(expanded);
}

/** True when the text looks like a plan code rather than JSON (for an import box). */
export function looksLikePlanCode(text: string): boolean {
  return /^\s*t\s*p/i.test(text);
}

/** Reads a plan from whatever was pasted or dropped: JSON or a plan code. Never throws. */
export function importPlan(text: string): PlanParse {
  if (typeof text !== 'string') return failure('A plan is text: JSON or a plan code.');
  return looksLikePlanCode(text) ? decodePlanCode(text.trim()) : planFromJSON(text);
}

/** A one-line description of a plan's problems, for messages. */
export const describePlanProblems = (problems: readonly InputProblem[]) =>
  describeProblems(problems);

// ---------------------------------------------------------------------------------------------
// The compact form inside a code: arrays instead of named fields, so a short plan stays short.

type CompactStep = [what: string, owner: string, due: string];
type CompactTension = [
  id: string,
  aim: number,
  decided: 0 | 1,
  values: string,
  keepLeft: string,
  keepRight: string,
  warningSigns: string[],
  steps: CompactStep[],
];
type CompactPlan = [
  id: string,
  title: string,
  decidedAt: string,
  locale: string,
  points: number,
  tensions: CompactTension[],
];

function compact(plan: PlanRecord): CompactPlan {
  return [
    plan.id,
    plan.title,
    plan.decidedAt,
    plan.locale,
    plan.points,
    Object.entries(plan.tensions).map(([id, t]) => [
      id,
      t.aim ?? 0,
      t.decided ? 1 : 0,
      t.values,
      t.keeps.left,
      t.keeps.right,
      [...t.warningSigns],
      t.steps.map((step) => [step.what, step.owner, step.due ?? '']),
    ]),
  ];
}

/** The compact form back to a plan-shaped object for `parsePlan`; null when it is not one. */
function expand(data: unknown): unknown {
  if (!Array.isArray(data) || data.length !== 6 || !Array.isArray(data[5])) return null;
  const [id, title, decidedAt, locale, points, tensions] = data as unknown[];
  const entries: [string, unknown][] = [];
  for (const entry of tensions as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 8 || typeof entry[0] !== 'string') return null;
    const [tension, aim, decided, values, left, right, signs, steps] = entry as unknown[];
    if (!Array.isArray(steps)) return null;
    entries.push([
      tension as string,
      {
        aim: aim === 0 ? null : aim,
        decided: decided === 1,
        values,
        keeps: { left, right },
        warningSigns: signs,
        steps: steps.map((step: unknown) => {
          if (!Array.isArray(step)) return step;
          const [what, owner, due] = step as unknown[];
          return due === '' ? { what, owner } : { what, owner, due };
        }),
      },
    ]);
  }
  return {
    version: 1,
    id,
    title,
    decidedAt,
    locale,
    points,
    tensions: Object.fromEntries(entries),
  };
}

/** Bytes as base 32, five bits a character, the last one padded with zero bits. */
function bytesToBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += SHARE_CODE_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += SHARE_CODE_ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** Base 32 back to bytes; null when the padding is not what `bytesToBase32` writes. */
function base32ToBytes(text: string): Uint8Array | null {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    buffer = (buffer << 5) | SHARE_CODE_ALPHABET.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 255);
    }
    buffer &= (1 << bits) - 1;
  }
  // Leftover bits are padding: fewer than five, all zero, or the code was not ours.
  if (bits >= 5 || buffer !== 0) return null;
  return Uint8Array.from(out);
}
