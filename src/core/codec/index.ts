/**
 * Responses to and from the forms people carry them in: JSON, CSV (as spreadsheet tools write it)
 * and a short share code with a checksum. No DOM: runs in Node and in the browser.
 *
 * Reading never throws. Every record read from outside becomes a candidate object that goes
 * through `parseResponse`; a record that fails comes back in `rejected` with a readable reason,
 * the field's path, and where it was (a line, a record index or the code itself).
 *
 * One module per job: ./json.js, ./csv-write.js and ./csv-read.js (every cell through the one
 * writer in ./csv-cell.js), ./share-code.js (its payload in ./share-code-packer.js), and
 * ./import.js, which tells the three apart.
 */
export { DEFAULT_SURVEY_ID } from '../ids.js';
export { SHARE_CODE_RUBRIC_DIMENSIONS } from './shared.js';
export type { ImportFormat, ImportResult, ImportSource, Parsed, Rejected } from './shared.js';
export { parseJSON, toJSON } from './json.js';
export { CSV_BASE_COLUMNS, toCSV } from './csv-write.js';
export { parseCSV } from './csv-read.js';
export { MAX_SHARE_CODE_LENGTH } from './share-code-packer.js';
export {
  SHARE_CODE_ALPHABET,
  SHARE_CODE_PREFIX,
  decodeShareCode,
  encodeShareCode,
  parseShareCodes,
  tryEncodeShareCode,
} from './share-code.js';
export type { DecodeShareCodeOptions, ShareCodeResult } from './share-code.js';
export {
  dedupeResponses,
  detectFormat,
  importResponses,
  importResponsesAsync,
  unimportedText,
} from './import.js';
export type { Deduped } from './import.js';
export type { SliceOptions } from './slices.js';
