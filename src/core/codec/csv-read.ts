/**
 * Reading a CSV of responses as spreadsheet tools write it: the tokenizer (one pass, lenient
 * RFC 4180), the header's layout, and each row as a response candidate for the schema. No DOM.
 */
import { DEFAULT_SURVEY_ID } from '../ids.js';
import { RESPONSE_VERSION, describeProblems, parseResponse } from '../schema.js';
import type { SurveyResponse } from '../schema.js';
import { unguardFormula } from './csv-cell.js';
import { CR, LF, canonicalJson, countLineBreaks, hash64, stripBom } from './shared.js';
import type { Parsed, Rejected } from './shared.js';
import { runSteps } from './slices.js';

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
  return runSteps(csvSteps(text));
}

/** `parseCSV` in steps: yields the share of the text read (0 to 1) after each row. */
export function* csvSteps(text: string): Generator<number, Parsed, void> {
  const responses: SurveyResponse[] = [];
  const rejected: Rejected[] = [];
  const source = stripBom(text);
  const reader = new CsvReader(source, detectDelimiter(source));
  let layout: CsvLayout | undefined;
  for (let record = reader.next(); record; record = reader.next()) {
    const { fields, line } = record;
    if (isBlankRow(fields)) continue;
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
        break;
      }
      continue;
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
    yield reader.offset / source.length;
  }
  const unterminated = reader.unterminated;
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
export function readHeader(fields: readonly string[]): CsvLayout {
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

/**
 * Picks the separator of the first non-blank line: the most frequent of comma, semicolon and tab
 * outside quotes (comma on a tie or when there is none).
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
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
 * Reads a CSV text record by record, in one pass (linear time), so a caller can stop between
 * records (and give the page a turn). RFC 4180, read leniently: a quote inside an unquoted field is kept as text, text after a
 * closing quote is appended, a lone CR ends a line too.
 */
export class CsvReader {
  /** How far the reader has got in the text. */
  offset = 0;
  /** The line of a quoted field left open at the end of the text, once the reader has met it. */
  unterminated: number | undefined;
  private line = 1;
  private readonly delimiter: number;

  constructor(
    private readonly text: string,
    delimiter: string,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
  }

  /** The next record's fields and the line it starts on; null at the end of the text. */
  next(): { fields: string[]; line: number } | null {
    const { text, delimiter: d } = this;
    const n = text.length;
    let i = this.offset;
    if (i >= n) return null;
    let line = this.line;
    const scan = (from: number): number => {
      let k = from;
      while (k < n) {
        const c = text.charCodeAt(k);
        if (c === d || c === CR || c === LF) break;
        k++;
      }
      return k;
    };
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
            this.unterminated ??= opened;
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
    this.offset = i;
    this.line = line;
    return { fields, line: start };
  }
}
