/**
 * Share codes: a short, checked code for one response that a person can paste into a chat. This
 * module is the code's outside (alphabet, check characters, reading and writing); the payload
 * inside is ./share-code-packer.js. No DOM.
 */
import { isTensionId } from '../ids.js';
import { describeProblems, parseResponse } from '../schema.js';
import type { InputProblem, ParseResult, SurveyResponse } from '../schema.js';
import { DamagedCode, MAX_SHARE_CODE_LENGTH, pack, unpack } from './share-code-packer.js';
import { clip, countLineBreaks, hash64 } from './shared.js';
import type { Parsed, Rejected } from './shared.js';
import { runSteps } from './slices.js';

/** Crockford's base 32: digits and capitals without I, L, O and U. Codes read back in any case. */
export const SHARE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** What every share code of this format starts with: "TK" and the format version. */
export const SHARE_CODE_PREFIX = 'TK1';

const CHECK_MODULUS = 1021; // prime, above the alphabet size, below 32 * 32
const CHECK_LENGTH = 2;

export interface DecodeShareCodeOptions {
  /** The id the decoded response gets; by default one derived from the code (`sc-…`). */
  id?: string;
}

/**
 * A short code for one response that a person can paste into a chat: `TK1`, the payload in
 * Crockford base 32, and two check characters that catch any single mistyped character, any swap
 * of two different characters before them, and all but about one in a thousand other typos. Letters only in capitals and digits, so it is safe in URLs,
 * and it reads back in any case, with I and L for 1 and O for 0.
 *
 * It carries the answers, the scale size, the role, the rubric stages and targets, the survey id
 * (unless it is `DEFAULT_SURVEY_ID`), the locale, and `submittedAt` to the minute, in UTC. It does
 * not carry the response id (`decodeShareCode` derives one from the code) or rubric evidence text.
 * Seven answered tensions, without role or rubric, make a code of 21 characters; a short role
 * adds about ten.
 *
 * @throws TypeError if the response does not pass `parseResponse`.
 * @throws RangeError if the code would be longer than `MAX_SHARE_CODE_LENGTH` (use JSON or CSV).
 */
export function encodeShareCode(response: SurveyResponse): string {
  const parsed = parseResponse(response);
  if (!parsed.ok) {
    throw new TypeError(
      `Can't make a share code from this response: ${describeProblems(parsed.problems)}`,
    );
  }
  const full = signedCode(parsed.value);
  if (full.length > MAX_SHARE_CODE_LENGTH)
    throw new RangeError(tooLong(full.length, customTensionIds(parsed.value)));
  return full;
}

const tooLong = (length: number, custom: readonly string[]) => {
  const why = custom.length
    ? ` (the survey's own tensions ${custom.join(', ')} are spelled out in it)`
    : '';
  return `This response needs a ${length}-character share code${why}, over the ${MAX_SHARE_CODE_LENGTH} allowed; share it as JSON or CSV instead.`;
};

const signedCode = (response: SurveyResponse) => {
  const code = SHARE_CODE_PREFIX + toBase32(pack(response));
  return code + checkCharacters(code);
};

/** The response's tensions that are not built in, sorted: a code spells out each one's id. */
const customTensionIds = (response: SurveyResponse) =>
  Object.keys(response.tensions)
    .filter((id) => !isTensionId(id))
    .sort();

/** A share code, or why there is none, and what a survey's own tensions cost in it. */
export type ShareCodeResult = (
  { ok: true; code: string } | { ok: false; message: string; problems: InputProblem[] }
) & {
  /** The response's tensions that are not built in: a code spells out each one's id. */
  customTensions: string[];
  /** Characters the custom tensions add to the code (0 without any). */
  extraLength: number;
};

/**
 * `encodeShareCode` without throwing, and with what a survey's own tensions do to the code: a
 * built-in tension costs a bit in a mask and its two answers, a custom one its whole id too, so
 * the code is longer (`extraLength`), or impossible past `MAX_SHARE_CODE_LENGTH` (`ok: false`,
 * `message` says why and offers JSON or CSV).
 */
export function tryEncodeShareCode(response: SurveyResponse): ShareCodeResult {
  const parsed = parseResponse(response);
  if (!parsed.ok) {
    const message = `Can't make a share code from this response: ${describeProblems(parsed.problems)}`;
    return { ok: false, message, problems: parsed.problems, customTensions: [], extraLength: 0 };
  }
  const customTensions = customTensionIds(parsed.value);
  const code = signedCode(parsed.value);
  let extraLength = 0;
  if (customTensions.length) {
    const builtIn = Object.fromEntries(
      Object.entries(parsed.value.tensions).filter(([id]) => isTensionId(id)),
    );
    extraLength = code.length - signedCode({ ...parsed.value, tensions: builtIn }).length;
  }
  if (code.length <= MAX_SHARE_CODE_LENGTH) return { ok: true, code, customTensions, extraLength };
  const message = tooLong(code.length, customTensions);
  return { ok: false, message, problems: [{ path: '', message }], customTensions, extraLength };
}

/**
 * Reads a share code back into a full response (checked by `parseResponse`). Never throws; a typo
 * or a damaged code comes back as problems. The response id is `sc-` and the code (or a hash of a
 * long one), so the same code pasted twice is the same response.
 */
export function decodeShareCode(
  code: string,
  options: DecodeShareCodeOptions = {},
): ParseResult<SurveyResponse> {
  const fail = (message: string): ParseResult<SurveyResponse> => ({
    ok: false,
    problems: [{ path: '', message }],
  });
  if (typeof code !== 'string') return fail('A share code is text.');
  const normalized = normalizeShareCode(code);
  if (normalized === '') return fail('This share code is empty.');
  if (normalized.length > MAX_SHARE_CODE_LENGTH) {
    return fail(`This is too long for a share code (over ${MAX_SHARE_CODE_LENGTH} characters).`);
  }
  if (!normalized.startsWith('TK')) {
    return fail(`This is not a tensionkit share code; those start with ${SHARE_CODE_PREFIX}.`);
  }
  for (const ch of normalized) {
    if (!SHARE_CODE_ALPHABET.includes(ch)) {
      return fail(
        `"${ch}" can't be in a share code; codes have only letters and digits. Check for a typo.`,
      );
    }
  }
  if (!normalized.startsWith(SHARE_CODE_PREFIX)) {
    return /^TK[2-9]/.test(normalized)
      ? fail(
          'This share code was made by a newer version of tensionkit; update tensionkit to read it.',
        )
      : fail(`This is not a tensionkit share code; those start with ${SHARE_CODE_PREFIX}.`);
  }
  if (normalized.length < SHARE_CODE_PREFIX.length + 1 + CHECK_LENGTH) {
    return fail('This share code is too short; part of it may be missing.');
  }
  const signed = normalized.slice(0, -CHECK_LENGTH);
  if (normalized.slice(-CHECK_LENGTH) !== checkCharacters(signed)) {
    return fail(
      "This share code has a typo: its last two characters don't match the rest. Copy it again.",
    );
  }
  const body = signed.slice(SHARE_CODE_PREFIX.length);
  try {
    if (body.length > 1 && body.startsWith('0')) throw new DamagedCode();
    const id = options.id ?? shareCodeId(normalized);
    const result = parseResponse(unpack(fromBase32(body), id));
    // One response, one code: a code the encoder would not write (say, a role with spaces the
    // schema trims) is not a second spelling of the same response.
    if (result.ok && SHARE_CODE_PREFIX + toBase32(pack(result.value)) !== signed) {
      throw new DamagedCode();
    }
    return result;
  } catch {
    return fail(
      'This share code is damaged or was not made by tensionkit; ask for it to be copied again.',
    );
  }
}

/** The id a decoded response gets by default: `sc-` and the code (or a hash of a long one). */
export function shareCodeId(code: string): string {
  const normalized = normalizeShareCode(code);
  return normalized.length <= 61 ? `sc-${normalized}` : `sc-${hash64(normalized)}`;
}

/** True for an id `decodeShareCode` derived from a code (`sc-…`). */
export function isShareCodeId(id: string): boolean {
  return id.startsWith('sc-');
}

/** Reads share codes separated by spaces, line breaks, commas or semicolons. Never throws. */
export function parseShareCodes(text: string): Parsed {
  return runSteps(shareCodeSteps(text));
}

/** `parseShareCodes` in steps: yields the share of the text read (0 to 1) after each code. */
export function* shareCodeSteps(text: string): Generator<number, Parsed, void> {
  const responses: SurveyResponse[] = [];
  const rejected: Rejected[] = [];
  const token = /[^\s,;]+/g;
  let line = 1;
  let scanned = 0;
  for (let match = token.exec(text); match; match = token.exec(text)) {
    line += countLineBreaks(text.slice(scanned, match.index));
    scanned = match.index;
    const code = match[0];
    const result = decodeShareCode(code);
    if (result.ok) {
      responses.push(result.value);
    } else {
      // Whole, so the facilitator can see and fix it (past the longest code it is no code).
      rejected.push({
        source: 'code',
        line,
        code,
        path: result.problems[0]?.path ?? '',
        reason: `${clip(code, MAX_SHARE_CODE_LENGTH)}: ${describeProblems(result.problems)}`,
      });
    }
    yield token.lastIndex / text.length;
  }
  return { responses, rejected };
}

/** Upper case, no surrounding space, I and L read as 1, O as 0 (plan codes read the same way). */
export function normalizeShareCode(code: string): string {
  return code.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Two characters: the position-weighted sum of the digits, mod a prime above 32 (plan codes too). */
export function checkCharacters(code: string): string {
  let sum = 0;
  for (let i = 0; i < code.length; i++) {
    const digit = SHARE_CODE_ALPHABET.indexOf(code[i]!);
    sum = (sum + digit * ((i % (CHECK_MODULUS - 1)) + 1)) % CHECK_MODULUS;
  }
  return SHARE_CODE_ALPHABET[sum >> 5]! + SHARE_CODE_ALPHABET[sum & 31]!;
}

function toBase32(value: bigint): string {
  let out = '';
  for (const ch of value.toString(32)) out += SHARE_CODE_ALPHABET[parseInt(ch, 32)];
  return out;
}

function fromBase32(text: string): bigint {
  let value = 0n;
  for (let i = 0; i < text.length; i += 10) {
    const chunk = text.slice(i, i + 10);
    let part = 0;
    for (const ch of chunk) part = part * 32 + SHARE_CODE_ALPHABET.indexOf(ch);
    value = value * 32n ** BigInt(chunk.length) + BigInt(part);
  }
  return value;
}
