import type { Geography } from '../geography/geography';
import { readCatalogue } from '../practice/catalogue';
import { ValidationError, type Problem } from '../practice/problem';
import type { Practice } from '../practice/record';
import { mapColumns, type ColumnMapping } from './column-mapping';
import { withDerivedId } from './derive-id';
import { flatRowToRecord } from './flat-record';
import type { SourceRow, SourceTable } from './source-table';

/** What validating a catalogue needs: the geography, the taxonomy, the column mapping. */
export interface CheckCatalogueOptions {
  geography: Geography;
  /** The policy-area codes a record may use. */
  policyAreas: ReadonlySet<string>;
  /** Source column → record column, for files whose columns are named otherwise. */
  mapping?: ColumnMapping;
  /** Whether "" means null (true for CSV, whose cells cannot be null). */
  emptyIsNull: boolean;
}

/** A row that cannot be imported, with everything wrong with it. */
export interface RejectedRow {
  label: string;
  /** The row as read, under the file's own column names. */
  cells: Record<string, unknown>;
  problems: Problem[];
}

/** The outcome of checking a catalogue's rows. */
export interface CatalogueCheck {
  /** The valid rows, validated and enriched, in file order. */
  practices: Practice[];
  /** The label of each valid practice's row ("cat.csv line 4"). */
  labels: string[];
  /** The invalid rows, in file order. */
  rejected: RejectedRow[];
}

function renamed(row: SourceRow, rename: (key: string) => string | undefined) {
  // Without a prototype: a JSON key "__proto__" is then a key like any other (ignored), never
  // the prototype through which a missing title would be read.
  const cells = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(row.cells)) {
    const target = rename(key);
    if (target !== undefined) cells[target] = value;
  }
  return cells;
}

/**
 * Validate and enrich a catalogue's rows exactly as the bundled corpus is (`readCatalogue`),
 * after mapping its columns and reading its flat cells. Throws a ValidationError when the file
 * as a whole is unusable (no header, unknown columns, not a JSON array); a bad row is returned
 * in `rejected`, never thrown.
 */
export function checkCatalogueTable(
  table: SourceTable,
  options: CheckCatalogueOptions,
): CatalogueCheck {
  const mapping = options.mapping ?? new Map<string, string>();
  // The columns of the flat rows: all of a CSV or Parquet file's, the keys of flat JSON records.
  const flatColumns = table.tabular
    ? table.columns
    : [...new Set(table.rows.filter((r) => !r.nested).flatMap((r) => Object.keys(r.cells)))];
  const mapped = mapColumns(table.file, flatColumns, mapping);
  const fileProblems = [...table.fileProblems, ...mapped.problems];
  if (fileProblems.length > 0) throw new ValidationError(fileProblems, 'nothing imported');
  const targetOf = new Map<string, string | undefined>();
  flatColumns.forEach((column, i) => targetOf.set(column, mapped.targets[i]));

  const readable: SourceRow[] = [];
  const records: unknown[] = [];
  const problemsOf = new Map<SourceRow, Problem[]>();
  for (const row of table.rows) {
    if (row.problems.length > 0) {
      problemsOf.set(row, [...row.problems]);
      continue;
    }
    readable.push(row);
    records.push(
      row.nested
        ? withDerivedId(
            renamed(row, (key) => {
              const target = mapping.get(key) ?? key;
              return target === '-' ? undefined : target;
            }),
          )
        : flatRowToRecord(
            renamed(row, (key) => targetOf.get(key)),
            { emptyIsNull: options.emptyIsNull },
          ),
    );
  }
  const result = readCatalogue(records, {
    geography: options.geography,
    policyAreas: options.policyAreas,
    where: (i) => readable[i].label,
  });
  const rejectedIndexes = new Set(result.rejected);
  const byLabel = new Map(readable.map((row) => [row.label, row]));
  for (const problem of result.problems) {
    const row = byLabel.get(problem.where);
    if (row)
      problemsOf.set(row, [
        ...(problemsOf.get(row) ?? []),
        row.at ? { ...problem, at: row.at } : problem,
      ]);
  }
  const labels = readable.filter((_, i) => !rejectedIndexes.has(i)).map((row) => row.label);
  const rejected = table.rows
    .filter((row) => problemsOf.has(row))
    .map((row) => ({ label: row.label, cells: row.cells, problems: problemsOf.get(row) ?? [] }));
  return { practices: result.practices, labels, rejected };
}
