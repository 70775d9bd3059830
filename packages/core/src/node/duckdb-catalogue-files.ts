import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { CatalogueFormat } from '../catalogue-io/catalogue-format';
import type { ColumnMapping } from '../catalogue-io/column-mapping';
import { exportCatalogue } from '../catalogue-io/export-catalogue';
import { importCatalogue, type ImportReport } from '../catalogue-io/import-catalogue';
import { rejectsCsv, rejectsJson, type RejectReasonWording } from '../catalogue-io/rejects';
import type { PracticeStore } from '../store/practice-store';
import type { PracticeFilter } from '../store/practice-filter';
import { refuseProtectedOutput, writeFileAtomically, type ProtectedFile } from './atomic-file';
import { loadPolicyAreas } from './bundled-corpus';
import { loadOfficialGeography } from './geography';

/** Options of {@link importCatalogueFile}. */
export interface ImportCatalogueFileOptions {
  format: CatalogueFormat;
  mapping?: ColumnMapping;
  /** Import the valid rows, and write the others to a rejects file beside the input. */
  skipInvalid?: boolean;
  /** How the rejects file words each row's reason (English `rejectReason` by default). */
  reason?: RejectReasonWording;
  /** The file's bytes, already read (standard input): `path` then only names it. */
  content?: Uint8Array;
}

/** What {@link importCatalogueFile} did, and where it wrote the rejected rows. */
export interface ImportFileReport extends ImportReport {
  /** The rejects file, when rows were rejected. */
  rejectsPath: string | null;
}

/**
 * The rejects file of an input: `<input>.rejects.csv` beside it (`<input>.rejects.json` for a
 * JSON input, whose records are not rows of columns).
 */
export function rejectsPathOf(input: string, format: CatalogueFormat): string {
  return `${input}.rejects.${format === 'json' ? 'json' : 'csv'}`;
}

/**
 * The files of the store's database (the DuckDB file and its write-ahead log), which no output
 * may overwrite; none for a store in memory.
 */
async function databaseFiles(store: PracticeStore): Promise<Map<string, ProtectedFile>> {
  const rows = await store.connector.query<{ path: string | null }>(
    'SELECT path FROM duckdb_databases() WHERE database_name = current_database()',
  );
  const path = rows[0]?.path;
  if (!path) return new Map();
  return new Map([
    [path, 'database'],
    [`${path}.wal`, 'database-log'],
  ]);
}

/**
 * Import a catalogue file into the store with the official geography and the bundled taxonomy
 * (see `importCatalogue`). With `skipInvalid`, the rejected rows are written unchanged, with a
 * `reason` column, to {@link rejectsPathOf}, atomically and before the import commits (if it
 * cannot be written, nothing is imported); an import without rejects removes a stale one. A
 * rejects path that is the input or the open database is refused before anything is read.
 */
export async function importCatalogueFile(
  store: PracticeStore,
  path: string,
  options: ImportCatalogueFileOptions,
): Promise<ImportFileReport> {
  const rejectsPath = rejectsPathOf(path, options.format);
  const protectedPaths = await databaseFiles(store);
  if (options.content === undefined) protectedPaths.set(path, 'input');
  await refuseProtectedOutput(rejectsPath, protectedPaths);
  const content = options.content ?? new Uint8Array(await readFile(path));
  const report = await importCatalogue(
    store,
    { name: path, format: options.format, content },
    {
      geography: loadOfficialGeography(),
      policyAreas: new Set(loadPolicyAreas().map((a) => a.code)),
      mapping: options.mapping,
      skipInvalid: options.skipInvalid,
      // Written before the import commits: if it cannot be, nothing is imported.
      beforeWrite: async (checked) => {
        if (checked.rejected.length === 0) return;
        await writeFileAtomically(
          rejectsPath,
          checked.tabular
            ? rejectsCsv(checked, options.reason)
            : rejectsJson(checked, options.reason),
        );
      },
    },
  );
  if (report.rejected.length > 0) return { ...report, rejectsPath };
  if (options.skipInvalid && existsSync(rejectsPath)) await rm(rejectsPath);
  return { ...report, rejectsPath: null };
}

/**
 * Export the practices matching a filter (all without one) to a file; returns how many. A path
 * that is the open database (or its log) is refused before anything is written, and the file is
 * written atomically (see `writeFileAtomically`): a killed export leaves the previous file whole.
 */
export async function exportCatalogueFile(
  store: PracticeStore,
  path: string,
  format: CatalogueFormat,
  filter?: PracticeFilter,
): Promise<number> {
  await refuseProtectedOutput(path, await databaseFiles(store));
  const content = await exportCatalogue(store, format, filter);
  await writeFileAtomically(path, content);
  return store.count(filter);
}
