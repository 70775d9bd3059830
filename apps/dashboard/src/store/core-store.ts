// Core's store and catalogue I/O, as the dashboard's store modules use them: one place to see
// what of core runs on the DuckDB side of the app.
export {
  PracticeStore,
  compilePracticeFilter,
  connectDuckDBWasm,
  type SqlConnector,
  type SqlValue,
} from '@essaimage/core';
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
} from '@essaimage/core';
