/** Reading responses from text in any of the codec's forms, and keeping one per id. No DOM. */
import { rememberChecked } from '../checked.js';
import { isoDateTimeToMillis } from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { CsvReader, csvSteps, detectDelimiter, readHeader } from './csv-read.js';
import { jsonSteps } from './json.js';
import { encodeShareCode, isShareCodeId, shareCodeId, shareCodeSteps } from './share-code.js';
import { stripBom } from './shared.js';
import { runInSlices, runSteps } from './slices.js';
import type { SliceOptions } from './slices.js';
import type { ImportFormat, ImportResult } from './shared.js';

/**
 * Reads responses from text in any of the three forms, telling them apart by their look: JSON
 * (starts with `{` or `[`), CSV (a header line naming submittedAt, tension or rubric columns, or
 * several delimited lines that are not share codes), otherwise share codes separated by spaces,
 * line breaks, commas or semicolons. Each respondent is kept once (see `dedupeResponses`). Never
 * throws.
 */
export function importResponses(text: string): ImportResult {
  return runSteps(importSteps(text));
}

/**
 * `importResponses` for large texts: the same readers, run in slices of about 8 ms with a turn
 * for the page between them (a 10 MB CSV takes seconds to check, and the page stays responsive
 * meanwhile), reporting progress through `onProgress`. Same result; never rejects except when
 * `signal` aborts. A JSON text is parsed in one go before its records are checked in slices.
 */
export function importResponsesAsync(
  text: string,
  options: SliceOptions = {},
): Promise<ImportResult> {
  return runInSlices(importSteps(text), options);
}

/** The import in steps: yields the share of the text read after each record (see runSteps). */
function* importSteps(text: string): Generator<number, ImportResult, void> {
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
    const reader =
      format === 'json'
        ? jsonSteps(text)
        : format === 'csv'
          ? csvSteps(text)
          : format === 'code'
            ? shareCodeSteps(text)
            : undefined;
    const parsed = reader ? yield* reader : { responses: [], rejected: [] };
    // Read through: the last steps keep one response per respondent.
    const { responses, duplicates } = yield* dedupeSteps(parsed.responses);
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

/**
 * What of an imported text was not added, for a paste box to keep so nothing is lost: the share
 * codes that were rejected (one per line, whole), or the whole JSON or CSV text if any of its
 * records was rejected; "" when everything was added.
 */
export function unimportedText(text: string, result: ImportResult): string {
  if (!result.rejected.length) return '';
  if (result.format !== 'code') return text;
  return result.rejected.map((record) => record.code ?? '').join('\n');
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
  const cells = new CsvReader(headerLine, detectDelimiter(headerLine)).next()?.fields ?? [];
  const layout = readHeader(cells);
  if (layout.base.submittedat !== undefined || layout.tensions.size > 0 || layout.rubric.size > 0) {
    return 'csv';
  }
  const moreLines = breakAt >= 0 && /\S/.test(source.slice(lineStart + breakAt));
  const looksLikeCodes = cells.some((cell) => /^\s*tk\d/i.test(cell));
  return cells.length >= 2 && moreLines && !looksLikeCodes ? 'csv' : 'code';
}

/**
 * Keeps one response per respondent, in the place the respondent first appeared. Linear time.
 *
 * - The same id: the one with the latest submittedAt is kept (the later in the list on a tie).
 * - A share code does not carry the response's id, so a response read from one (id `sc-…`) is
 *   the same respondent as a response with another id whose own share code is that very code
 *   (`encodeShareCode`): same survey, role, locale, scale, answers and rubric stages, submitted
 *   in the same minute. Say, a facilitator pastes a teacher's code and then drops the form's CSV
 *   with the teacher's row. The one with the real id is kept: it also has what a code leaves out
 *   (evidence text, seconds). Two responses with different real ids are never merged, however
 *   alike: two people can answer the same.
 */
export function dedupeResponses(responses: readonly SurveyResponse[]): Deduped {
  return runSteps(dedupeSteps(responses));
}

export interface Deduped {
  /** One response per respondent. */
  responses: SurveyResponse[];
  /** How many records were left out as a respondent already in. */
  duplicates: number;
}

/** `dedupeResponses` in steps, one per response (they come after the reading: each yields 1). */
function* dedupeSteps(responses: readonly SurveyResponse[]): Generator<number, Deduped, void> {
  const out: SurveyResponse[] = [];
  const at = new Map<string, number>();
  // A share code is made only for a record submitted in the minute of some code in the list
  // (a code keeps the minute), so a list without codes costs nothing more.
  const codeMinutes = new Set(responses.filter((r) => isShareCodeId(r.id)).map(minuteOf));
  const codeOf = (r: SurveyResponse) =>
    codeMinutes.size && !isShareCodeId(r.id) && codeMinutes.has(minuteOf(r)) ? codeIdOf(r) : null;
  /** Kept records by the id of their own share code. */
  const byCode = new Map<string, number>();
  const keep = (index: number, response: SurveyResponse) => {
    out[index] = response;
    const code = codeOf(response);
    if (code && !byCode.has(code)) byCode.set(code, index);
  };
  let duplicates = 0;
  for (const response of responses) {
    yield 1;
    const fromCode = isShareCodeId(response.id);
    let index = at.get(response.id);
    if (index === undefined) {
      const code = fromCode ? null : codeOf(response);
      const codeAt = code === null ? undefined : at.get(code);
      index = fromCode
        ? byCode.get(response.id)
        : codeAt !== undefined && isShareCodeId(out[codeAt]!.id)
          ? codeAt
          : undefined;
      if (index === undefined) {
        at.set(response.id, out.length);
        keep(out.length, response);
        continue;
      }
      at.set(response.id, index);
    }
    duplicates++;
    const kept = out[index]!;
    // The same id: the later submittedAt. A code and a record: the record, with its real id.
    if (kept.id === response.id ? timeOf(response) >= timeOf(kept) : !fromCode) {
      keep(index, response);
    }
  }
  return { responses: out, duplicates };
}

const codeIds = new WeakMap<SurveyResponse, string | null>();

/** The id the response would get read back from its own share code; null if it has none. */
function codeIdOf(response: SurveyResponse): string | null {
  let id = codeIds.get(response);
  if (id === undefined) {
    try {
      id = shareCodeId(encodeShareCode(response));
    } catch {
      id = null; // too long for a code: it was never pasted as one
    }
    codeIds.set(response, id);
  }
  return id;
}

function minuteOf(response: SurveyResponse): number {
  return Math.floor(timeOf(response) / 60000);
}

function timeOf(response: SurveyResponse): number {
  const ms = isoDateTimeToMillis(response.submittedAt);
  return Number.isNaN(ms) ? -Infinity : ms;
}
