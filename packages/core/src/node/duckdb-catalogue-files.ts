import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import type { CatalogueFormat } from '../catalogue-io/catalogue-format';
import type { ColumnMapping } from '../catalogue-io/column-mapping';
import { exportCatalogue } from '../catalogue-io/export-catalogue';
import { importCatalogue, type ImportReport } from '../catalogue-io/import-catalogue';
import { rejectsCsv, rejectsJson } from '../catalogue-io/rejects';
import type { PracticeStore } from '../store/practice-store';
import type { PracticeFilter } from '../store/practice-filter';
import { loadPolicyAreas } from './bundled-corpus';
import { loadOfficialGeography } from './geography';

/** Options of {@link importCatalogueFile}. */
export interface ImportCatalogueFileOptions {
  format: CatalogueFormat;
  mapping?: ColumnMapping;
  /** Import the valid rows, and write the others to a rejects file beside the input. */
  skipInvalid?: boolean;
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
 * Import a catalogue file into the store with the official geography and the bundled taxonomy
 * (see `importCatalogue`). With `skipInvalid`, the rejected rows are written unchanged, with a
 * `reason` column, to {@link rejectsPathOf}; an import without rejects removes a stale one.
 */
export async function importCatalogueFile(
  store: PracticeStore,
  path: string,
  options: ImportCatalogueFileOptions,
): Promise<ImportFileReport> {
  const content = options.content ?? new Uint8Array(await readFile(path));
  const report = await importCatalogue(
    store,
    { name: path, format: options.format, content },
    {
      geography: loadOfficialGeography(),
      policyAreas: new Set(loadPolicyAreas().map((a) => a.code)),
      mapping: options.mapping,
      skipInvalid: options.skipInvalid,
    },
  );
  const rejectsPath = rejectsPathOf(path, options.format);
  if (report.rejected.length > 0) {
    await writeFile(rejectsPath, report.tabular ? rejectsCsv(report) : rejectsJson(report));
    return { ...report, rejectsPath };
  }
  if (options.skipInvalid && existsSync(rejectsPath)) await rm(rejectsPath);
  return { ...report, rejectsPath: null };
}

/** Export the practices matching a filter (all without one) to a file; returns how many. */
export async function exportCatalogueFile(
  store: PracticeStore,
  path: string,
  format: CatalogueFormat,
  filter?: PracticeFilter,
): Promise<number> {
  const content = await exportCatalogue(store, format, filter);
  await writeFile(path, content);
  return store.count(filter);
}
