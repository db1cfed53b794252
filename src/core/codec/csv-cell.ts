/**
 * The one CSV cell writer: every CSV the library writes (responses, the gap chart's table) goes
 * through `csvCell`, so every file gets the same formula guard and the same quoting. No DOM.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula, so
 * such a cell gets a leading apostrophe, which spreadsheets show as text. A cell that is only a
 * signed number ("-1.5", "+0,3") is data, not a formula, and stays as it is so it reads as one.
 * Cells that already start with apostrophes before one of those characters get one more, so
 * `unguardFormula` can undo the guard exactly.
 */

const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED_FORMULA = /^'+[=+\-@\t\r]/;
/** A sign, then only digits and separators ("-1.5", "+0,3", "-12.345,6"): nothing to run. */
const SIGNED_NUMBER = /^[+-]?\d[\d.,]*$/;

/** One cell, guarded against running as a formula and quoted where needed (RFC 4180). */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !SIGNED_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as a CSV text: comma-separated, CRLF after every line (RFC 4180). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/**
 * Undoes the guard `csvCell` adds: strips one apostrophe before = + - @ tab or CR (after any
 * others). For cells read back from a CSV, before their text is used.
 */
export function unguardFormula(value: string): string {
  return GUARDED_FORMULA.test(value) ? value.slice(1) : value;
}
