import type { Geography } from '../geography/geography';
import { ValidationError } from '../practice/problem';
import type { PracticeStore } from '../store/practice-store';
import { checkCatalogueTable, type RejectedRow } from './check-catalogue-table';
import type { ColumnMapping } from './column-mapping';
import type { TextEncodingName } from './decode-text';
import { readCatalogueTable, type CatalogueSource } from './read-catalogue-table';

/** Options of {@link importCatalogue}. */
export interface ImportCatalogueOptions {
  geography: Geography;
  /** The policy-area codes a record may use. */
  policyAreas: ReadonlySet<string>;
  /** Source column → record column (see `parseColumnMapping`). */
  mapping?: ColumnMapping;
  /**
   * Import the valid rows and return the invalid ones in `rejected`, instead of refusing the
   * whole file when one row is invalid.
   */
  skipInvalid?: boolean;
  /**
   * Called with the rows left out (with `skipInvalid`) after the check and before anything is
   * written to the store: a rejects file written here exists before the import commits, and an
   * error thrown here refuses the whole import.
   */
  beforeWrite?: (report: ImportReport) => Promise<void>;
}

/** What an import did. */
export interface ImportReport {
  /** The file, as named in messages. */
  file: string;
  /** The file's columns, in order (for a rejects file). */
  columns: string[];
  /** Whether the rows are flat under `columns` (CSV, Parquet) rather than JSON records. */
  tabular: boolean;
  /** How the file's text was read, and its cell separator (a rejects file follows them). */
  encoding?: TextEncodingName;
  bom?: boolean;
  delimiter?: string;
  /** How many rows were read (blank lines aside). */
  rows: number;
  /** Ids of the practices written. */
  added: string[];
  /** Ids already stored with the same content (a file imported again). */
  unchanged: string[];
  /** Rows left out (only with `skipInvalid`; otherwise any bad row throws). */
  rejected: RejectedRow[];
}

/**
 * Import a catalogue file into the store, through the same validation and enrichment as the
 * bundled corpus. All or nothing: when a row is invalid, a ValidationError lists every problem of
 * every row (label, field, expected, found) and nothing is written, unless `skipInvalid`, which
 * writes the valid rows and reports the others. A practice already stored with the same content
 * is left alone; one stored under the same id with other content stops the import (nothing
 * written). Writes happen in one transaction.
 */
export async function importCatalogue(
  store: PracticeStore,
  source: CatalogueSource,
  options: ImportCatalogueOptions,
): Promise<ImportReport> {
  const table = await readCatalogueTable(source, store.connector);
  const check = checkCatalogueTable(table, {
    geography: options.geography,
    policyAreas: options.policyAreas,
    mapping: options.mapping,
    emptyIsNull: source.format === 'csv',
  });
  if (check.rejected.length > 0 && !options.skipInvalid) {
    throw new ValidationError(
      check.rejected.flatMap((row) => row.problems),
      `${source.name}: nothing imported, ${check.rejected.length} invalid row(s)`,
    );
  }
  const report: ImportReport = {
    file: source.name,
    columns: table.columns,
    tabular: table.tabular,
    encoding: table.encoding,
    bom: table.bom,
    delimiter: table.delimiter,
    rows: table.rows.length,
    added: [],
    unchanged: [],
    rejected: check.rejected,
  };
  await options.beforeWrite?.(report);
  const result = await store
    .add(check.practices, { where: (i) => check.labels[i] })
    .catch((error: unknown) => {
      // The store names rows by label: give its problems (an id stored with other content)
      // their place in the file too, as the check's problems have.
      if (!(error instanceof ValidationError)) throw error;
      const at = new Map(table.rows.map((row) => [row.label, row.at]));
      throw new ValidationError(
        error.problems.map((p) => (at.get(p.where) ? { ...p, at: at.get(p.where) } : p)),
        `${source.name}: ${error.context}`,
      );
    });
  return { ...report, added: result.added, unchanged: result.unchanged };
}
