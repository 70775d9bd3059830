/**
 * Node-only parts of @essaimage/core: reading the official geography and the bundled corpus
 * from disk, and the DuckDB connector. The dashboard never imports this subpath.
 */
export { loadOfficialGeography, readOfficialGeographyData } from './geography';
export { DATA_DIR, loadBundledCorpus, loadPolicyAreas, readBundledRecords } from './bundled-corpus';
export { bundledCorpusHash, loadBundledIndex, loadCompactGeography } from './prebuilt';
export { connectDuckDBNode } from './connect-duckdb-node';
export type { DuckDBNodeOptions } from './duckdb-node';
export { openPracticeStore, type OpenPracticeStoreOptions } from './duckdb-store';
export {
  OutputFileError,
  refuseProtectedOutput,
  writeFileAtomically,
  type ProtectedFile,
} from './atomic-file';
export {
  exportCatalogueFile,
  importCatalogueFile,
  rejectsPathOf,
  type ImportCatalogueFileOptions,
  type ImportFileReport,
} from './duckdb-catalogue-files';
/**
 * The store, the analytics and catalogue I/O run in the browser too (their home is the root
 * export); they are re-exported here so that a Node program gets them with the Node helpers.
 */
export * from '../analysis';
