/**
 * The one CSV cell writer: every CSV the library writes (responses, the gap chart's table) goes
 * through `csvCell`, so every file gets the same formula guard and the same quoting. No DOM.
 *
 * Spreadsheets run a cell that starts with = + - @ (or a tab or carriage return) as a formula
 * (OWASP's list), so such a cell gets a leading apostrophe, which spreadsheets show as text. A cell
 * that is only a signed number ("-1.5", "+0,3") is data, not a formula, and stays as it is so it
 * reads as one; "-1+1" and "+1+cmd|' /C calc'!A0" are not numbers and are guarded.
 *
 * A reader may split on another separator than ours: a spreadsheet set to semicolons (or tabs)
 * reads "a;=1+1" as the cells "a" and "=1+1", whatever our quotes say. So the same guard goes after
 * every separator inside a cell too (comma, semicolon, tab, CR, LF): "a;'=1+1".
 *
 * Cells that already have apostrophes before one of those characters get one more, so
 * `unguardFormula` can undo the guard exactly.
 */

/** Where a guard may go: the start of the cell, or just after a separator any reader splits on. */
const GUARD_POINT = /(?<=^|[,;\t\r\n])(?='*[=+\-@\t\r])/g;
/** A guard `csvCell` added: one apostrophe at such a point, before more apostrophes and a formula character. */
const GUARD = /(?<=^|[,;\t\r\n])'(?='*[=+\-@\t\r])/g;
/** A sign, then only digits and separators ("-1.5", "+0,3", "-12.345,6"): nothing to run. */
const SIGNED_NUMBER = /^[+-]?\d[\d.,]*$/;

/** One cell, guarded against running as a formula and quoted where needed (RFC 4180). */
export function csvCell(value: string): string {
  const safe = SIGNED_NUMBER.test(value) ? value : value.replace(GUARD_POINT, "'");
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows of cells as a CSV text: comma-separated, CRLF after every line (RFC 4180). */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/**
 * Undoes the guards `csvCell` adds: strips one apostrophe before = + - @ tab or CR (after any
 * others) at the start and after each separator. For cells read back from a CSV, before their text
 * is used.
 */
export function unguardFormula(value: string): string {
  return value.includes("'") ? value.replace(GUARD, '') : value;
}
