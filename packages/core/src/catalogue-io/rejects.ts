import Papa from 'papaparse';
import type { Problem } from '../practice/problem';
import type { ImportReport } from './import-catalogue';

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

/**
 * The rejected rows of an import as a CSV file: the file's own columns, unchanged, plus a
 * `reason` column. For JSON input (records, not columns), see {@link rejectsJson}.
 */
export function rejectsCsv(report: ImportReport): string {
  const fields = [...report.columns, 'reason'];
  const data = report.rejected.map((row) => [
    ...report.columns.map((c) => cellText(row.cells[c])),
    rejectReason(row.label, row.problems),
  ]);
  return `${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/** The rejected records of a JSON import: `[{ reason, record }]`, each record unchanged. */
export function rejectsJson(report: ImportReport): string {
  const items = report.rejected.map((row) => ({
    reason: rejectReason(row.label, row.problems),
    record: row.cells,
  }));
  return `${JSON.stringify(items, null, 2)}\n`;
}
