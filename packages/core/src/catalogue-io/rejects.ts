import type { Problem } from '../practice/problem';
import type { RejectedRow } from './check-catalogue-table';
import { unescapeCsvText } from './csv-cells';
import type { ImportReport } from './import-catalogue';
import { writeCsv } from './write-csv';

/** One line of reason for a rejected row: each problem's field, what was expected and found. */
export function rejectReason(label: string, problems: readonly Problem[]): string {
  const parts = problems.map((p) =>
    p.field
      ? `${p.field}: expected ${p.expected}, found ${p.found}`
      : `expected ${p.expected}, found ${p.found}`,
  );
  return `${label}: ${parts.join(' ; ')}`;
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(cellText).join(';');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A cell as read, for the rejects file: a CSV cell as the user wrote it, blank as nothing. */
function rejectedCell(value: unknown, csv: boolean): string | null {
  const text = cellText(value);
  if (text.trim() === '') return null;
  // A CSV cell may be neutralised already ('=x): written back as it was, not twice.
  return csv ? unescapeCsvText(text) : text;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The rejected rows of an import as a CSV file: the file's own columns, unchanged, plus a
 * `reason` column, with the input's separator, and a byte-order mark when the input was
 * Windows-1252 or had one (so that the spreadsheet that saved it reads the UTF-8 rejects file
 * right). Written by `writeCsv`, formulas neutralised. For JSON input (records, not columns),
 * see {@link rejectsJson}.
 */
/** How a rejects file words the reason of a row: {@link rejectReason} by default. */
export type RejectReasonWording = (row: RejectedRow) => string;

const defaultReason: RejectReasonWording = (row) => rejectReason(row.label, row.problems);

export function rejectsCsv(
  report: ImportReport,
  reason: RejectReasonWording = defaultReason,
): string {
  const fields = [...report.columns, 'reason'];
  const csv = report.delimiter !== undefined;
  const data = report.rejected.map((row) => [
    ...report.columns.map((c) => rejectedCell(row.cells[c], csv)),
    reason(row),
  ]);
  const delimiter = DELIMITERS.find((d) => d === report.delimiter) ?? ',';
  return writeCsv(fields, data, {
    delimiter,
    bom: report.encoding === 'windows-1252' || report.bom === true,
  });
}

/** The rejected records of a JSON import: `[{ reason, record }]`, each record unchanged. */
export function rejectsJson(
  report: ImportReport,
  reason: RejectReasonWording = defaultReason,
): string {
  const items = report.rejected.map((row) => ({
    reason: reason(row),
    record: row.cells,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
