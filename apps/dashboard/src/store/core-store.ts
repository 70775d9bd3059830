// Core's store and catalogue I/O, not yet exported from @essaimage/core's index when this was
// written: reached by path from this one adapter. Once `export * from './store'` and
// `export * from './catalogue-io'` are in packages/core/src/index.ts, re-export from
// '@essaimage/core' here instead (nothing else changes).
export {
  PracticeStore,
  compilePracticeFilter,
  connectDuckDBWasm,
  type SqlConnector,
  type SqlValue,
} from '../../../../packages/core/src/store';
export {
  checkCatalogueTable,
  EXPORT_COLUMNS,
  decodeText,
  flattenPractice,
  practicesToCsv,
  practicesToJson,
  practicesToParquet,
  readCsvTable,
  readJsonTable,
  readParquetTable,
  type CatalogueFormat,
  type RejectedRow,
  type SourceTable,
} from '../../../../packages/core/src/catalogue-io';
