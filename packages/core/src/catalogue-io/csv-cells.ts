/**
 * Spreadsheet formulas in CSV cells, neutralised reversibly.
 *
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and, in some, a tab or a
 * carriage return) as a formula: `=HYPERLINK(...)` in a practice's title would become a live link
 * in whoever opens the export. On output such a cell gets a leading apostrophe, which spreadsheets
 * take as « text » and which the import removes again, so that export then import gives back the
 * same text:
 *
 * - written: a text that is empty or blank, or starts with `=`, `+`, `-`, `@`, tab, carriage
 *   return or `'` (a plain number such as `-500` aside), is written with one more `'` in front (`=1+1` → `'=1+1`, `'=x` → `''=x`,
 *   "" → `'`); null is an empty cell (a blank cell is read as null);
 * - read: a cell that is `'` followed by a text that writing would give a `'` (one starting
 *   with one of those characters, not a plain number, or nothing but blanks) loses its first `'` (`'=1+1` → `=1+1`, `'` → ""); any other cell is read as it is (`'Tis`
 *   stays).
 *
 * Every text comes back the same: a cell loses an apostrophe on reading exactly when the text
 * after it is one that writing gives an apostrophe.
 */

const PROTECTED = /^[=+\-@\t\r']/;
// A plain number ("-500", "+1,5") is no formula: left as it is.
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?(?:[eE][+-]?\d+)?$/;

function needsApostrophe(text: string): boolean {
  return text.trim() === '' || (PROTECTED.test(text) && !PLAIN_NUMBER.test(text));
}

/** A text as a CSV cell: neutralised when a spreadsheet would run it, "" told apart from null. */
export function escapeCsvText(text: string): string {
  return needsApostrophe(text) ? `'${text}` : text;
}

/** A CSV cell's text as written by {@link escapeCsvText}; other cells unchanged. */
export function unescapeCsvText(cell: string): string {
  return cell.startsWith("'") && needsApostrophe(cell.slice(1)) ? cell.slice(1) : cell;
}
