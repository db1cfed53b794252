/** Reading responses from text in any of the codec's forms, and keeping one per id. No DOM. */
import { rememberChecked } from '../checked.js';
import { isoDateTimeToMillis } from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { csvSteps, detectDelimiter, readCsv, readHeader } from './csv-read.js';
import { jsonSteps } from './json.js';
import { encodeShareCode, isShareCodeId, shareCodeId, shareCodeSteps } from './share-code.js';
import { stripBom } from './shared.js';
import { runInSlices, runSteps, scaledSteps } from './slices.js';
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

/** `dedupeResponses` in slices (see `importResponsesAsync`), for long lists. */
export function dedupeResponsesAsync(
  responses: readonly SurveyResponse[],
  options: SliceOptions = {},
): Promise<Deduped> {
  return runInSlices(dedupeSteps(responses), options);
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
    const parsed = reader ? yield* scaledSteps(reader, 0, 0.9) : { responses: [], rejected: [] };
    const { responses, duplicates } = yield* scaledSteps(dedupeSteps(parsed.responses), 0.9, 1);
    // Each is the schema's output: elements handed this list need not check it again.
    for (let from = 0; from < responses.length; from += 1000) {
      rememberChecked(responses.slice(from, from + 1000));
      yield 1;
    }
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

/** `dedupeResponses` in steps: yields the share of the list done after each response. */
function* dedupeSteps(responses: readonly SurveyResponse[]): Generator<number, Deduped, void> {
  const out: SurveyResponse[] = [];
  const at = new Map<string, number>();
  // Kept responses by the minute of submittedAt (all a code keeps of it): a share code is
  // computed only for a response that has a counterpart of the other kind in its minute.
  // Without any code in the list, there is nothing to match (and no date to read).
  const matching = responses.some((response) => isShareCodeId(response.id));
  const fromCodes = new Map<number, number[]>();
  const withIds = new Map<number, number[]>();
  const file = (index: number) => {
    if (!matching) return;
    const kept = out[index]!;
    const bucket = isShareCodeId(kept.id) ? fromCodes : withIds;
    const minute = minuteOf(kept);
    const list = bucket.get(minute);
    if (list) list.push(index);
    else bucket.set(minute, [index]);
  };
  let duplicates = 0;
  for (const [position, response] of responses.entries()) {
    yield position / responses.length;
    const index = at.get(response.id);
    if (index !== undefined) {
      duplicates++;
      const kept = out[index]!;
      // A code whose respondent's own record is already in keeps that record.
      if (kept.id === response.id && timeOf(response) >= timeOf(kept)) {
        out[index] = response;
        file(index);
      }
      continue;
    }
    const same = matching ? sameRespondent(response, out, fromCodes, withIds) : undefined;
    if (same !== undefined) {
      duplicates++;
      at.set(response.id, same);
      if (!isShareCodeId(response.id)) {
        out[same] = response;
        file(same);
      }
      continue;
    }
    at.set(response.id, out.length);
    out.push(response);
    file(out.length - 1);
  }
  return { responses: out, duplicates };
}

/** The index of a kept response of the other kind (code or real id) that is the same response. */
function sameRespondent(
  response: SurveyResponse,
  out: readonly SurveyResponse[],
  fromCodes: ReadonlyMap<number, readonly number[]>,
  withIds: ReadonlyMap<number, readonly number[]>,
): number | undefined {
  const minute = minuteOf(response);
  if (isShareCodeId(response.id)) {
    return withIds
      .get(minute)
      ?.find((i) => !isShareCodeId(out[i]!.id) && codeIdOf(out[i]!) === response.id);
  }
  const candidates = fromCodes.get(minute)?.filter((i) => isShareCodeId(out[i]!.id));
  if (!candidates?.length) return undefined;
  const id = codeIdOf(response);
  return candidates.find((i) => out[i]!.id === id);
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
