/**
 * Node-only parts of @essaimage/core: reading the official geography and the bundled corpus
 * from disk, and the DuckDB connector. The dashboard never imports this subpath.
 */
export { loadOfficialGeography, readOfficialGeographyData } from './geography';
export { DATA_DIR, loadBundledCorpus, loadPolicyAreas, readBundledRecords } from './bundled-corpus';
