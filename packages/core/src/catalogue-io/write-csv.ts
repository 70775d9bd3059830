import Papa from 'papaparse';
import { escapeCsvText } from './csv-cells';

/** A CSV cell to write: text (neutralised, see `escapeCsvText`), a number, or nothing. */
export type CsvCell = string | number | null;

/** Options of {@link writeCsv}. */
export interface CsvWriteOptions {
  /** The cell separator: "," (default), ";" (what a French spreadsheet expects) or a tab. */
  delimiter?: ',' | ';' | '\t';
  /** Start with a UTF-8 byte-order mark, so that a spreadsheet reads the file as UTF-8. */
  bom?: boolean;
}

/**
 * A CSV text: a header line, then one line per row, "\n" after each, quotes where a cell needs
 * them. Text cells are neutralised against spreadsheet formulas, reversibly (see `csv-cells`);
 * null is an empty cell and "" is written `'`, so the two come back apart. The one CSV writer of
 * core: exports, rejects files, the dashboard's downloads.
 */
export function writeCsv(
  fields: readonly string[],
  rows: ReadonlyArray<readonly CsvCell[]>,
  options: CsvWriteOptions = {},
): string {
  const data = rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? escapeCsvText(cell) : cell)),
  );
  const text = Papa.unparse(
    { fields: [...fields], data },
    { newline: '\n', delimiter: options.delimiter ?? ',' },
  );
  return `${options.bom ? '\uFEFF' : ''}${text}\n`;
}
