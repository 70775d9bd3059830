import Papa from 'papaparse';
import { describeValue, type Problem } from '../practice/problem';
import type { SourceRow, SourceTable } from './source-table';

/** Offsets of the line breaks of a text, to turn an offset into a line number. */
function lineFinder(text: string): (offset: number) => number {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (offset) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter of a CSV: whichever of ",", ";" and tab the header line holds most often outside
 * quotes ("," when none). The header names the columns, so it holds one fewer delimiter than
 * there are columns: more reliable than guessing from the data, whose cells may hold any.
 */
export function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) {
      if ([...counts.values()].some((n) => n > 0)) break;
    } else if (!quoted && counts.has(char)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best = ',';
  for (const d of DELIMITERS) if ((counts.get(d) ?? 0) > (counts.get(best) ?? 0)) best = d;
  return best;
}

interface RawRow {
  cells: string[];
  line: number;
  errors: Papa.ParseError[];
}

/**
 * Read a CSV catalogue: a header line of column names, then one row per practice. The
 * delimiter is that of the header line (see {@link guessDelimiter}). Each row is labelled with its physical line in
 * the file (the header is line 1; a quoted cell may span lines), and a row that cannot be read
 * whole (an unclosed quote, too few or too many fields) carries its problems. Blank lines are
 * skipped.
 */
export function readCsvTable(input: string, file: string): SourceTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const lineAt = lineFinder(text);
  const lastLine = lineAt(text.endsWith('\n') ? text.length - 1 : text.length);
  const raw: RawRow[] = [];
  let start = 0;
  const delimiter = guessDelimiter(text);
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter,
    step: (result) => {
      // A single-column file has no delimiter to guess: not a problem of any row.
      const errors = result.errors.filter((e) => e.type !== 'Delimiter');
      raw.push({ cells: result.data, line: lineAt(start), errors });
      start = result.meta.cursor;
    },
  });
  const blank = (row: RawRow) => row.errors.length === 0 && row.cells.every((c) => c.trim() === '');
  const lines = raw.filter((row) => !blank(row));
  const header = lines[0];
  if (!header) {
    return {
      file,
      columns: [],
      tabular: true,
      rows: [],
      fileProblems: [
        {
          code: 'bad-file',
          values: { format: 'csv', lacks: 'header' },
          where: file,
          at: { file },
          field: '',
          expected: 'a header line of column names',
          found: 'an empty file',
        },
      ],
    };
  }
  const columns = header.cells.map((c) => c.trim());
  const fileProblems: Problem[] = [];
  const seen = new Set<string>();
  columns.forEach((column, i) => {
    if (column === '' || seen.has(column)) {
      fileProblems.push({
        code: column === '' ? 'missing' : 'duplicate',
        values: { value: column },
        where: `${file} line ${header.line}`,
        at: { file, line: header.line, column: i + 1 },
        field: `column ${i + 1}`,
        expected: 'a column name, different from the others',
        found: describeValue(column),
      });
    }
    seen.add(column);
  });
  if (header.errors.length > 0) {
    fileProblems.push({
      code: 'bad-row',
      values: { detail: header.errors.map((e) => e.message).join('; ') },
      where: `${file} line ${header.line}`,
      at: { file, line: header.line },
      field: '',
      expected: 'a readable header line',
      found: header.errors.map((e) => e.message).join('; '),
    });
  }
  const rows: SourceRow[] = lines.slice(1).map((row) => {
    const label = `${file} line ${row.line}`;
    const where = { where: label, at: { file, line: row.line } };
    const problems: Problem[] = [];
    for (const error of row.errors) {
      const at = error.index === undefined ? row.line : lineAt(error.index);
      problems.push(
        error.code === 'MissingQuotes'
          ? {
              code: 'bad-row',
              values: { line: at },
              ...where,
              field: '',
              expected: `a closing quote (") for the quoted cell opened on line ${at}`,
              found: `none before the end of the file: lines ${row.line} to ${lastLine} could not be read`,
            }
          : {
              code: 'bad-row',
              values: { detail: error.message },
              ...where,
              field: '',
              expected: 'a well-formed CSV row',
              found: error.message,
            },
      );
    }
    if (problems.length === 0 && row.cells.length !== columns.length) {
      problems.push({
        code: 'bad-row',
        values: { expectedCount: columns.length, foundCount: row.cells.length },
        ...where,
        field: '',
        expected: `${columns.length} cells, as in the header`,
        found: String(row.cells.length),
      });
    }
    const cells: Record<string, unknown> = {};
    columns.forEach((column, i) => {
      cells[column] = row.cells[i] ?? '';
    });
    return { label, at: where.at, cells, nested: false, problems };
  });
  return { file, columns, tabular: true, rows, fileProblems, delimiter };
}
