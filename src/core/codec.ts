/**
 * Responses to and from the forms people carry them in: JSON, CSV (as spreadsheet tools write it)
 * and a short share code with a checksum. No DOM: runs in Node and in the browser.
 *
 * Reading never throws. Every record read from outside becomes a candidate object that goes
 * through `parseResponse`; a record that fails comes back in `rejected` with a readable reason,
 * the field's path, and where it was (a line, a record index or the code itself).
 */
import {
  DEFAULT_POINTS,
  MAX_POINTS,
  MIN_POINTS,
  RESPONSE_VERSION,
  STAGE_IDS,
  TENSION_IDS,
  describeProblems,
  isoDateTimeToMillis,
  parseResponse,
} from './schema.js';
import type { ParseResult, SurveyResponse } from './schema.js';
import { rememberChecked } from './checked.js';

/** The survey id of the built-in seven-tension survey; share codes leave it out. */
export const DEFAULT_SURVEY_ID = 'tensions';

/**
 * The rubric dimensions a share code carries compactly, in their wire order. This order is part of
 * the share code format: append new ids at the end, never reorder or remove (old codes would read
 * wrong). Dimensions not listed here still fit in a code, spelled out (a longer code).
 */
export const SHARE_CODE_RUBRIC_DIMENSIONS = [
  'shared-vision',
  'roadmap',
  'empowerment',
  'evaluation-for-improvement',
  'teacher-competencies',
  'professional-pathways',
  'aligned-adult-learning',
  'diversity-inclusion',
  'culturally-responsive-practice',
  'distributed-leadership',
  'ownership',
  'implementation-dip',
] as const;

// ---------------------------------------------------------------------------------------------
// Results

export type ImportSource = 'json' | 'csv' | 'code';
export type ImportFormat = ImportSource | 'empty';

/** A record, row or code that could not be imported, and why. */
export interface Rejected {
  source: ImportSource;
  /** 1-based line in the text: a CSV row's first line, a code's line, where JSON stopped parsing. */
  line?: number;
  /** 0-based index of the record in a JSON list. */
  index?: number;
  /** The share code as it was pasted (cut to 80 characters). */
  code?: string;
  /** A sentence for people: where, which field, what to do. */
  reason: string;
  /** The first problem's field path, such as "tensions.pace.current" ("" for the whole record). */
  path?: string;
}

export interface Parsed {
  responses: SurveyResponse[];
  rejected: Rejected[];
}

export interface ImportResult extends Parsed {
  /** The format `importResponses` read the text as. */
  format: ImportFormat;
  /** How many records repeated an id already seen; only the latest submittedAt of each is kept. */
  duplicates: number;
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Pretty JSON of one response or a list; `importResponses` and `parseJSON` read it back. */
export function toJSON(responses: SurveyResponse | readonly SurveyResponse[]): string {
  return JSON.stringify(responses, null, 2);
}

/** Reads one response, a list of responses, or `{ "responses": [...] }`. Never throws. */
export function parseJSON(text: string): Parsed {
  const responses: SurveyResponse[] = [];
  const rejected: Rejected[] = [];
  const source = stripBom(text);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(source, Number(position[1])) : undefined;
    rejected.push({
      source: 'json',
      ...(line === undefined ? {} : { line }),
      path: '',
      reason: `This is not valid JSON${line === undefined ? '' : ` (line ${line})`}: ${message}`,
    });
    return { responses, rejected };
  }

  let records: readonly unknown[];
  if (Array.isArray(data)) {
    records = data;
  } else if (isPlainObject(data) && 'responses' in data && !('tensions' in data)) {
    if (!Array.isArray(data.responses)) {
      rejected.push({
        source: 'json',
        path: 'responses',
        reason: 'responses: Expected a list of responses here.',
      });
      return { responses, rejected };
    }
    records = data.responses;
  } else if (isPlainObject(data)) {
    records = [data];
  } else {
    rejected.push({
      source: 'json',
      path: '',
      reason: 'Expected a response, a list of responses, or { "responses": [...] }.',
    });
    return { responses, rejected };
  }

  records.forEach((record, index) => {
    const result = parseResponse(record);
    if (result.ok) {
      responses.push(result.value);
      return;
    }
    const id = isPlainObject(record) && typeof record.id === 'string' ? record.id : undefined;
    const where = `Response ${index + 1}${id === undefined ? '' : ` (id ${JSON.stringify(clip(id, 40))})`}`;
    rejected.push({
      source: 'json',
      index,
      path: result.problems[0]?.path ?? '',
      reason: `${where}: ${describeProblems(result.problems)}`,
    });
  });
  return { responses, rejected };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The columns every CSV export starts with, in order. */
export const CSV_BASE_COLUMNS = [
  'id',
  'survey',
  'role',
  'submittedAt',
  'locale',
  'points',
] as const;

/**
 * A CSV of responses, one row per respondent (RFC 4180: quoted where needed, CRLF line ends).
 * After the base columns come `<tension>.current` and `<tension>.desired` for every tension any
 * response answers (built-in tensions in their order, then custom ids sorted), then
 * `rubric.<dimension>.stage`, `.target` and `.evidence` for every rated dimension. Unanswered
 * positions are empty cells.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * free text (id, role, evidence) starting that way gets a leading apostrophe; `parseCSV` removes
 * it again, so the round trip is exact. An empty evidence text and an empty rubric are left out,
 * and a tension one respondent lacks but another answered reads back as unanswered (null, null).
 */
export function toCSV(responses: readonly SurveyResponse[]): string {
  const tensionIds = orderedIds(
    responses.map((r) => r.tensions),
    TENSION_IDS,
  );
  const dimensions = orderedIds(
    responses.map((r) => r.rubric),
    SHARE_CODE_RUBRIC_DIMENSIONS,
  );
  const header: string[] = [...CSV_BASE_COLUMNS];
  for (const id of tensionIds) header.push(`${id}.current`, `${id}.desired`);
  for (const id of dimensions) {
    header.push(`rubric.${id}.stage`, `rubric.${id}.target`, `rubric.${id}.evidence`);
  }

  const lines: string[] = [header.map(csvField).join(',')];
  for (const r of responses) {
    const cells: string[] = [
      guardFormula(r.id),
      r.survey,
      guardFormula(r.role ?? ''),
      r.submittedAt,
      r.locale,
      r.points === undefined ? '' : String(r.points),
    ];
    for (const id of tensionIds) {
      const answer = Object.hasOwn(r.tensions, id) ? r.tensions[id] : undefined;
      cells.push(positionCell(answer?.current), positionCell(answer?.desired));
    }
    for (const id of dimensions) {
      const rating = r.rubric && Object.hasOwn(r.rubric, id) ? r.rubric[id] : undefined;
      cells.push(rating?.stage ?? '', rating?.target ?? '', guardFormula(rating?.evidence ?? ''));
    }
    lines.push(cells.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Reads a CSV of responses as spreadsheet tools export it: a UTF-8 byte order mark, quoted fields
 * with commas, quotes and line breaks, CRLF or LF, comma, semicolon or tab separators (detected
 * from the header line), columns in any order, header names in any case. Unknown columns and blank
 * rows are ignored. A row without `id` gets one derived from its content (`csv-` and a hash), so
 * importing a file twice gives the same ids; without `version` it is version 1, without `survey`
 * the default survey, without `locale` English. A row without `submittedAt` is rejected. Never
 * throws.
 */
export function parseCSV(text: string): Parsed {
  const responses: SurveyResponse[] = [];
  const rejected: Rejected[] = [];
  const source = stripBom(text);
  const delimiter = detectDelimiter(source);
  let layout: CsvLayout | undefined;
  const unterminated = readCsv(source, delimiter, (fields, line) => {
    if (isBlankRow(fields)) return true;
    if (!layout) {
      layout = readHeader(fields);
      if (
        layout.tensions.size === 0 &&
        layout.rubric.size === 0 &&
        layout.base.submittedat === undefined
      ) {
        rejected.push({
          source: 'csv',
          line,
          path: '',
          reason: `Line ${line}: none of these columns are ones tensionkit reads; expected submittedAt and tension columns such as pace.current and pace.desired.`,
        });
        return false;
      }
      return true;
    }
    const result = parseResponse(rowCandidate(fields, layout));
    if (result.ok) {
      responses.push(result.value);
    } else {
      rejected.push({
        source: 'csv',
        line,
        path: result.problems[0]?.path ?? '',
        reason: `Line ${line}: ${describeProblems(result.problems)}`,
      });
    }
    return true;
  });
  if (unterminated !== undefined) {
    rejected.push({
      source: 'csv',
      line: unterminated,
      path: '',
      reason: `Line ${unterminated}: a quoted field starts here and is never closed, so the rest of the file was read as one cell; check the quotes.`,
    });
  }
  return { responses, rejected };
}

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'+[=+\-@\t\r]/;

/** Prefixes an apostrophe to text a spreadsheet would run as a formula (reversible). */
function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes `guardFormula`: strips one apostrophe before = + - @ tab or CR (after any others). */
function unguardFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function positionCell(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** The ids used across some records: the built-in ids first in their order, then others sorted. */
function orderedIds(
  records: readonly (Readonly<Record<string, unknown>> | undefined)[],
  builtIn: readonly string[],
): string[] {
  const seen = new Set<string>();
  for (const record of records) {
    if (record) for (const id of Object.keys(record)) seen.add(id);
  }
  const known = new Set(builtIn);
  return [
    ...builtIn.filter((id) => seen.has(id)),
    ...[...seen].filter((id) => !known.has(id)).sort(),
  ];
}

const BASE_KEYS = ['id', 'version', 'survey', 'role', 'submittedat', 'locale', 'points'] as const;
type BaseKey = (typeof BASE_KEYS)[number];

interface CsvLayout {
  base: Partial<Record<BaseKey, number>>;
  tensions: Map<string, { current?: number; desired?: number }>;
  rubric: Map<string, { stage?: number; target?: number; evidence?: number }>;
}

const TENSION_COLUMN = /^([a-z0-9][a-z0-9-]{0,63})\.(current|desired)$/;
const RUBRIC_COLUMN = /^rubric\.([a-z0-9][a-z0-9-]{0,63})\.(stage|target|evidence)$/;

/** Maps column names (trimmed, any case) to their indexes; the first of a repeated name wins. */
function readHeader(fields: readonly string[]): CsvLayout {
  const layout: CsvLayout = { base: {}, tensions: new Map(), rubric: new Map() };
  fields.forEach((raw, index) => {
    const name = raw.trim().toLowerCase();
    const compact = name.replace(/[\s_]+/g, '');
    if ((BASE_KEYS as readonly string[]).includes(compact)) {
      const key = compact as BaseKey;
      if (layout.base[key] === undefined) layout.base[key] = index;
      return;
    }
    const tension = TENSION_COLUMN.exec(name);
    if (tension) {
      const [, id, which] = tension as unknown as [string, string, 'current' | 'desired'];
      const columns = layout.tensions.get(id) ?? {};
      if (columns[which] === undefined) columns[which] = index;
      layout.tensions.set(id, columns);
      return;
    }
    const rubric = RUBRIC_COLUMN.exec(name);
    if (rubric) {
      const [, id, which] = rubric as unknown as [string, string, 'stage' | 'target' | 'evidence'];
      const columns = layout.rubric.get(id) ?? {};
      if (columns[which] === undefined) columns[which] = index;
      layout.rubric.set(id, columns);
    }
  });
  return layout;
}

/** One CSV row as a response candidate, for `parseResponse` to judge. */
function rowCandidate(fields: readonly string[], layout: CsvLayout): Record<string, unknown> {
  const cell = (index: number | undefined): string =>
    index === undefined ? '' : (fields[index] ?? '');
  const { base } = layout;
  const candidate: Record<string, unknown> = {};

  const version = cell(base.version).trim();
  candidate.version = version === '' ? RESPONSE_VERSION : numberCell(version);
  const survey = cell(base.survey).trim();
  candidate.survey = survey === '' ? DEFAULT_SURVEY_ID : survey;
  const role = unguardFormula(cell(base.role));
  if (role.trim() !== '') candidate.role = role;
  const submittedAt = cell(base.submittedat).trim();
  if (submittedAt !== '') candidate.submittedAt = submittedAt;
  const locale = cell(base.locale).trim();
  candidate.locale = locale === '' ? 'en' : locale;
  const points = cell(base.points).trim();
  if (points !== '') candidate.points = numberCell(points);

  const tensions: Record<string, unknown> = {};
  for (const [id, columns] of layout.tensions) {
    tensions[id] = {
      current: positionValue(cell(columns.current)),
      desired: positionValue(cell(columns.desired)),
    };
  }
  candidate.tensions = tensions;

  let rubric: Record<string, unknown> | undefined;
  for (const [id, columns] of layout.rubric) {
    const stage = cell(columns.stage).trim().toLowerCase();
    const target = cell(columns.target).trim().toLowerCase();
    const evidence = unguardFormula(cell(columns.evidence));
    if (stage === '' && target === '' && evidence.trim() === '') continue;
    const rating: Record<string, unknown> = {};
    if (stage !== '') rating.stage = stage;
    if (target !== '') rating.target = target;
    if (evidence !== '') rating.evidence = evidence;
    rubric ??= {};
    rubric[id] = rating;
  }
  if (rubric) candidate.rubric = rubric;

  const id = unguardFormula(cell(base.id));
  candidate.id = id === '' ? `csv-${hash64(canonicalJson(candidate))}` : id;
  return candidate;
}

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number from a cell that may carry spaces; anything else stays text for the schema to name. */
function numberCell(text: string): unknown {
  return NUMBER.test(text) ? Number(text) : text;
}

function positionValue(raw: string): unknown {
  const text = raw.trim();
  return text === '' || text.toLowerCase() === 'null' ? null : numberCell(text);
}

function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Picks the separator of the first non-blank line: the most frequent of comma, semicolon and tab
 * outside quotes (comma on a tie or when there is none).
 */
function detectDelimiter(text: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) {
      if (sawContent) break;
    } else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
    if (c.trim() !== '') sawContent = true;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/**
 * Calls `onRecord` with the fields of each record and the line it starts on, in one pass (linear
 * time). RFC 4180, read leniently: a quote inside an unquoted field is kept as text, text after a
 * closing quote is appended, a lone CR ends a line too. `onRecord` returns false to stop.
 * Returns the line of a quoted field left open at the end of the text, if there is one.
 */
function readCsv(
  text: string,
  delimiter: string,
  onRecord: (fields: string[], line: number) => boolean,
): number | undefined {
  const d = delimiter.charCodeAt(0);
  const n = text.length;
  let i = 0;
  let line = 1;
  let unterminated: number | undefined;
  const scan = (from: number): number => {
    let k = from;
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === d || c === CR || c === LF) break;
      k++;
    }
    return k;
  };
  while (i < n) {
    const start = line;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        const opened = line;
        i++;
        value = '';
        for (;;) {
          const j = text.indexOf('"', i);
          if (j < 0) {
            const rest = text.slice(i);
            value += rest;
            line += countLineBreaks(rest);
            i = n;
            unterminated ??= opened;
            break;
          }
          const chunk = text.slice(i, j);
          value += chunk;
          line += countLineBreaks(chunk);
          if (text.charCodeAt(j + 1) === QUOTE) {
            value += '"';
            i = j + 2;
          } else {
            i = j + 1;
            break;
          }
        }
        const end = scan(i);
        if (end > i) value += text.slice(i, end);
        i = end;
      } else {
        const end = scan(i);
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === d) {
        i++;
        if (i >= n) {
          fields.push('');
          break;
        }
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    if (!onRecord(fields, start)) break;
  }
  return unterminated;
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) count++;
  }
  return count;
}

// ---------------------------------------------------------------------------------------------
// Share codes

/** Crockford's base 32: digits and capitals without I, L, O and U. Codes read back in any case. */
export const SHARE_CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** What every share code of this format starts with: "TK" and the format version. */
export const SHARE_CODE_PREFIX = 'TK1';
/** The longest share code `encodeShareCode` makes and `decodeShareCode` reads. */
export const MAX_SHARE_CODE_LENGTH = 2000;

const CHECK_MODULUS = 1021; // prime, above the alphabet size, below 32 * 32
const CHECK_LENGTH = 2;
const SHARE_CODE_LOCALES = ['en', 'es'] as const;
const POINTS_KINDS = MAX_POINTS - MIN_POINTS + 2; // 0 = not given (the default scale)
const TIME_EPOCH = Date.UTC(2020, 0, 1);
const TIME_RANGE = 2 ** 25; // minutes from 2020-01-01: until 2083
const SLUG_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const LOCALE_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-';
const BUILT_IN_TENSIONS = new Set<string>(TENSION_IDS);
const BUILT_IN_DIMENSIONS = new Set<string>(SHARE_CODE_RUBRIC_DIMENSIONS);

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
  const body = toBase32(pack(parsed.value));
  const code = SHARE_CODE_PREFIX + body;
  const full = code + checkCharacters(code);
  if (full.length > MAX_SHARE_CODE_LENGTH) {
    throw new RangeError(
      `This response needs a ${full.length}-character share code, over the ${MAX_SHARE_CODE_LENGTH} allowed; share it as JSON or CSV instead.`,
    );
  }
  return full;
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
    const id =
      options.id ?? (normalized.length <= 61 ? `sc-${normalized}` : `sc-${hash64(normalized)}`);
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

/** Reads share codes separated by spaces, line breaks, commas or semicolons. Never throws. */
export function parseShareCodes(text: string): Parsed {
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
      continue;
    }
    const shown = clip(code, 80);
    rejected.push({
      source: 'code',
      line,
      code: shown,
      path: result.problems[0]?.path ?? '',
      reason: `${clip(code, 30)}: ${describeProblems(result.problems)}`,
    });
  }
  return { responses, rejected };
}

/** Upper case, no surrounding space, I and L read as 1, O as 0. */
function normalizeShareCode(code: string): string {
  return code.trim().toUpperCase().replace(/[IL]/g, '1').replace(/O/g, '0');
}

/** Two characters: the position-weighted sum of the digits, mod a prime above 32. */
function checkCharacters(code: string): string {
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

class DamagedCode extends Error {}

/** Writes digits of mixed radixes into one big number, the first digit least significant. */
class Packer {
  value = 0n;
  private scale = 1n;
  push(digit: number, radix: number): void {
    this.value += BigInt(digit) * this.scale;
    this.scale *= BigInt(radix);
  }
  flag(on: boolean): boolean {
    this.push(on ? 1 : 0, 2);
    return on;
  }
  varint(value: number): void {
    let rest = value;
    do {
      this.push(rest % 128, 128);
      rest = Math.floor(rest / 128);
      this.push(rest > 0 ? 1 : 0, 2);
    } while (rest > 0);
  }
  chars(text: string, charset: string): void {
    for (const ch of text) {
      const digit = charset.indexOf(ch);
      if (digit < 0) throw new RangeError(`Can't put "${ch}" in a share code.`);
      this.push(digit, charset.length);
    }
  }
  slug(text: string): void {
    this.push(text.length - 1, 64);
    this.chars(text, SLUG_CHARS);
  }
  text(text: string): void {
    const mode = textMode(text);
    this.push(mode, 3);
    if (mode === 0) {
      this.varint(text.length);
      for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i) - 32, 95);
    } else if (mode === 1) {
      const bytes = new TextEncoder().encode(text);
      this.varint(bytes.length);
      for (const byte of bytes) this.push(byte, 256);
    } else {
      this.varint(text.length);
      for (let i = 0; i < text.length; i++) this.push(text.charCodeAt(i), 65536);
    }
  }
}

/** Reads what `Packer` wrote, in the same order; throws `DamagedCode` on anything non-canonical. */
class Unpacker {
  constructor(private value: bigint) {}
  take(radix: number): number {
    const r = BigInt(radix);
    const digit = Number(this.value % r);
    this.value /= r;
    return digit;
  }
  flag(): boolean {
    return this.take(2) === 1;
  }
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let group = 0; ; group++) {
      const digit = this.take(128);
      const more = this.take(2) === 1;
      if (group > 0 && !more && digit === 0) throw new DamagedCode();
      value += digit * scale;
      scale *= 128;
      if (!Number.isSafeInteger(value) || scale > 2 ** 60) throw new DamagedCode();
      if (!more) return value;
    }
  }
  length(): number {
    const length = this.varint();
    if (length > MAX_SHARE_CODE_LENGTH * 5) throw new DamagedCode();
    return length;
  }
  chars(count: number, charset: string): string {
    let out = '';
    for (let i = 0; i < count; i++) out += charset[this.take(charset.length)];
    return out;
  }
  slug(): string {
    return this.chars(this.take(64) + 1, SLUG_CHARS);
  }
  text(): string {
    const mode = this.take(3);
    const length = this.length();
    let text = '';
    if (mode === 0) {
      for (let i = 0; i < length; i++) text += String.fromCharCode(this.take(95) + 32);
    } else if (mode === 1) {
      const bytes = new Uint8Array(length);
      for (let i = 0; i < length; i++) bytes[i] = this.take(256);
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } else {
      for (let i = 0; i < length; i++) text += String.fromCharCode(this.take(65536));
    }
    if (textMode(text) !== mode) throw new DamagedCode();
    return text;
  }
  end(): void {
    if (this.value !== 0n) throw new DamagedCode();
  }
}

/** 0: printable ASCII; 1: other well-formed text (as UTF-8); 2: text with lone surrogates. */
function textMode(text: string): 0 | 1 | 2 {
  if (/^[\x20-\x7e]*$/.test(text)) return 0;
  return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)
    ? 2
    : 1;
}

/*
 * The payload, in reading order (mixed radix, so absent trailing parts cost nothing):
 *   points       10: 0 = not given, else 3..11
 *   locale       3: en, es, other (spelled out at the end)
 *   minutes      2^25 + 1: minutes since 2020-01-01T00:00Z, or 2^25 = outside that range,
 *                then a zigzag varint of the minutes
 *   tensions     2^7: which built-in tensions are answered; then current and desired of each,
 *                radix points + 1 (0 = null)
 *   role         flag, then text
 *   rubric       flag; 2^12: which SHARE_CODE_RUBRIC_DIMENSIONS; stage (4) and target (5, 0 = none)
 *                of each; then a varint count of other dimensions (id, stage, target), sorted
 *   survey       flag (set unless DEFAULT_SURVEY_ID), then the id
 *   custom       flag; varint count - 1 of custom tensions: id, current, desired, sorted by id
 *   locale text  if the locale is "other": varint length, characters
 */
function pack(r: SurveyResponse): bigint {
  const w = new Packer();
  const points = r.points ?? DEFAULT_POINTS;
  w.push(r.points === undefined ? 0 : r.points - MIN_POINTS + 1, POINTS_KINDS);
  const localeIndex = (SHARE_CODE_LOCALES as readonly string[]).indexOf(r.locale);
  const otherLocale = localeIndex < 0;
  w.push(otherLocale ? SHARE_CODE_LOCALES.length : localeIndex, SHARE_CODE_LOCALES.length + 1);

  const minutes = Math.floor((isoDateTimeToMillis(r.submittedAt) - TIME_EPOCH) / 60000);
  if (!Number.isSafeInteger(minutes)) throw new RangeError('submittedAt is not a date.');
  if (minutes >= 0 && minutes < TIME_RANGE) {
    w.push(minutes, TIME_RANGE + 1);
  } else {
    w.push(TIME_RANGE, TIME_RANGE + 1);
    w.varint(minutes >= 0 ? minutes * 2 : -minutes * 2 - 1);
  }

  const position = (value: number | null) => w.push(value ?? 0, points + 1);
  let mask = 0;
  TENSION_IDS.forEach((id, bit) => {
    if (Object.hasOwn(r.tensions, id)) mask |= 1 << bit;
  });
  w.push(mask, 1 << TENSION_IDS.length);
  for (const id of TENSION_IDS) {
    const answer = Object.hasOwn(r.tensions, id) ? r.tensions[id] : undefined;
    if (!answer) continue;
    position(answer.current);
    position(answer.desired);
  }

  if (w.flag(r.role !== undefined)) w.text(r.role!);

  if (w.flag(r.rubric !== undefined)) {
    const rubric = r.rubric!;
    const rating = (id: string) => {
      const { stage, target } = rubric[id]!;
      w.push(STAGE_IDS.indexOf(stage), STAGE_IDS.length);
      w.push(target === undefined ? 0 : STAGE_IDS.indexOf(target) + 1, STAGE_IDS.length + 1);
    };
    let dimensionMask = 0;
    SHARE_CODE_RUBRIC_DIMENSIONS.forEach((id, bit) => {
      if (Object.hasOwn(rubric, id)) dimensionMask += 2 ** bit;
    });
    w.push(dimensionMask, 2 ** SHARE_CODE_RUBRIC_DIMENSIONS.length);
    for (const id of SHARE_CODE_RUBRIC_DIMENSIONS) if (Object.hasOwn(rubric, id)) rating(id);
    const others = Object.keys(rubric)
      .filter((id) => !BUILT_IN_DIMENSIONS.has(id))
      .sort();
    w.varint(others.length);
    for (const id of others) {
      w.slug(id);
      rating(id);
    }
  }

  if (w.flag(r.survey !== DEFAULT_SURVEY_ID)) w.slug(r.survey);

  const custom = Object.keys(r.tensions)
    .filter((id) => !BUILT_IN_TENSIONS.has(id))
    .sort();
  if (w.flag(custom.length > 0)) {
    w.varint(custom.length - 1);
    for (const id of custom) {
      w.slug(id);
      position(r.tensions[id]!.current);
      position(r.tensions[id]!.desired);
    }
  }

  if (otherLocale) {
    w.varint(r.locale.length);
    w.chars(r.locale, LOCALE_CHARS);
  }
  return w.value;
}

function unpack(value: bigint, id: string): Record<string, unknown> {
  const r = new Unpacker(value);
  const candidate: Record<string, unknown> = { version: RESPONSE_VERSION, id };
  const pointsKind = r.take(POINTS_KINDS);
  const points = pointsKind === 0 ? DEFAULT_POINTS : pointsKind + MIN_POINTS - 1;
  const localeKind = r.take(SHARE_CODE_LOCALES.length + 1);

  let minutes = r.take(TIME_RANGE + 1);
  if (minutes === TIME_RANGE) {
    const zigzag = r.varint();
    minutes = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
    if (minutes >= 0 && minutes < TIME_RANGE) throw new DamagedCode();
  }
  const iso = new Date(TIME_EPOCH + minutes * 60000).toISOString(); // throws if out of range
  candidate.submittedAt = iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;

  const position = () => {
    const digit = r.take(points + 1);
    return digit === 0 ? null : digit;
  };
  const tensions: Record<string, unknown> = {};
  const mask = r.take(1 << TENSION_IDS.length);
  TENSION_IDS.forEach((tension, bit) => {
    if (mask & (1 << bit)) tensions[tension] = { current: position(), desired: position() };
  });

  if (r.flag()) candidate.role = r.text();

  if (r.flag()) {
    const rubric: Record<string, unknown> = {};
    const rating = () => {
      const stage = STAGE_IDS[r.take(STAGE_IDS.length)];
      const target = r.take(STAGE_IDS.length + 1);
      return target === 0 ? { stage } : { stage, target: STAGE_IDS[target - 1] };
    };
    const dimensionMask = r.take(2 ** SHARE_CODE_RUBRIC_DIMENSIONS.length);
    SHARE_CODE_RUBRIC_DIMENSIONS.forEach((dimension, bit) => {
      if (Math.floor(dimensionMask / 2 ** bit) % 2 === 1) rubric[dimension] = rating();
    });
    const count = r.length();
    let previous = '';
    for (let i = 0; i < count; i++) {
      const dimension = r.slug();
      if (dimension <= previous || BUILT_IN_DIMENSIONS.has(dimension)) throw new DamagedCode();
      previous = dimension;
      rubric[dimension] = rating();
    }
    candidate.rubric = rubric;
  }

  if (r.flag()) {
    const survey = r.slug();
    if (survey === DEFAULT_SURVEY_ID) throw new DamagedCode();
    candidate.survey = survey;
  } else {
    candidate.survey = DEFAULT_SURVEY_ID;
  }

  if (r.flag()) {
    const count = r.length() + 1;
    let previous = '';
    for (let i = 0; i < count; i++) {
      const tension = r.slug();
      if (tension <= previous || BUILT_IN_TENSIONS.has(tension)) throw new DamagedCode();
      previous = tension;
      tensions[tension] = { current: position(), desired: position() };
    }
  }
  candidate.tensions = tensions;
  if (pointsKind !== 0) candidate.points = points;

  if (localeKind < SHARE_CODE_LOCALES.length) {
    candidate.locale = SHARE_CODE_LOCALES[localeKind];
  } else {
    const locale = r.chars(r.length(), LOCALE_CHARS);
    if ((SHARE_CODE_LOCALES as readonly string[]).includes(locale)) throw new DamagedCode();
    candidate.locale = locale;
  }
  r.end();
  return candidate;
}

// ---------------------------------------------------------------------------------------------
// Import

/**
 * Reads responses from text in any of the three forms, telling them apart by their look: JSON
 * (starts with `{` or `[`), CSV (a header line naming submittedAt, tension or rubric columns, or
 * several delimited lines that are not share codes), otherwise share codes separated by spaces,
 * line breaks, commas or semicolons. Responses with the same id are kept once: the one with the
 * latest submittedAt (the later one in the text on a tie). Never throws.
 */
export function importResponses(text: string): ImportResult {
  let format: ImportFormat = 'empty';
  try {
    if (typeof text !== 'string') {
      return {
        format: 'json',
        responses: [],
        rejected: [{ source: 'json', path: '', reason: 'Expected text to import.' }],
        duplicates: 0,
      };
    }
    format = detectFormat(text);
    const parsed =
      format === 'json'
        ? parseJSON(text)
        : format === 'csv'
          ? parseCSV(text)
          : format === 'code'
            ? parseShareCodes(text)
            : { responses: [], rejected: [] };
    const { responses, duplicates } = dedupeResponses(parsed.responses);
    // Each is the schema's output: elements handed this list need not check it again.
    rememberChecked(responses);
    return { format, responses, rejected: parsed.rejected, duplicates };
  } catch (error) {
    // Not expected: every reader above handles its own input. Still, never throw at the page.
    const message = error instanceof Error ? error.message : String(error);
    return {
      format,
      responses: [],
      rejected: [
        {
          source: format === 'empty' ? 'json' : format,
          path: '',
          reason: `This could not be read: ${message}`,
        },
      ],
      duplicates: 0,
    };
  }
}

/** What `importResponses` would read the text as. */
export function detectFormat(text: string): ImportFormat {
  const source = stripBom(text);
  const first = /\S/.exec(source);
  if (!first) return 'empty';
  if (first[0] === '{' || first[0] === '[') return 'json';
  const lineStart =
    Math.max(source.lastIndexOf('\n', first.index), source.lastIndexOf('\r', first.index)) + 1;
  const breakAt = source.slice(lineStart).search(/[\r\n]/);
  const headerLine =
    breakAt < 0 ? source.slice(lineStart) : source.slice(lineStart, lineStart + breakAt);
  let cells: string[] = [];
  readCsv(headerLine, detectDelimiter(headerLine), (fields) => {
    cells = fields;
    return false;
  });
  const layout = readHeader(cells);
  if (layout.base.submittedat !== undefined || layout.tensions.size > 0 || layout.rubric.size > 0) {
    return 'csv';
  }
  const moreLines = breakAt >= 0 && /\S/.test(source.slice(lineStart + breakAt));
  const looksLikeCodes = cells.some((cell) => /^\s*tk\d/i.test(cell));
  return cells.length >= 2 && moreLines && !looksLikeCodes ? 'csv' : 'code';
}

/**
 * Keeps one response per id: the one with the latest submittedAt (the later in the list on a
 * tie), in the place its id first appeared. Linear time.
 */
export function dedupeResponses(responses: readonly SurveyResponse[]): {
  responses: SurveyResponse[];
  duplicates: number;
} {
  const out: SurveyResponse[] = [];
  const at = new Map<string, number>();
  let duplicates = 0;
  for (const response of responses) {
    const index = at.get(response.id);
    if (index === undefined) {
      at.set(response.id, out.length);
      out.push(response);
      continue;
    }
    duplicates++;
    const kept = out[index]!;
    if (timeOf(response) >= timeOf(kept)) out[index] = response;
  }
  return { responses: out, duplicates };
}

function timeOf(response: SurveyResponse): number {
  const ms = isoDateTimeToMillis(response.submittedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  return countLineBreaks(text.slice(0, Math.min(offset, text.length))) + 1;
}

/** JSON with object keys sorted, so equal records hash the same whatever their key order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A 64-bit non-cryptographic hash (two mixed 32-bit lanes) as 16 hex digits. */
function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}
