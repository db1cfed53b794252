/** Reading responses from text in any of the codec's forms, and keeping one per id. No DOM. */
import { rememberChecked } from '../checked.js';
import { isoDateTimeToMillis } from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { detectDelimiter, parseCSV, readCsv, readHeader } from './csv-read.js';
import { parseJSON } from './json.js';
import { parseShareCodes } from './share-code.js';
import { stripBom } from './shared.js';
import type { ImportFormat, ImportResult } from './shared.js';

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
