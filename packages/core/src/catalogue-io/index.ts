/** Catalogue file formats. */
export { CATALOGUE_FORMATS, formatFromFileName, type CatalogueFormat } from './catalogue-format';
/** The flat columns of a catalogue file, and a practice as a flat row. */
export {
  DERIVED_COLUMNS,
  RECORD_COLUMNS,
  flattenPractice,
  type FlatRow,
  type FlatValue,
  type FlattenOptions,
  type RecordColumn,
} from './flat-columns';
/** A raw record from a flat row (numbers, words, lists read; missing id derived). */
export { flatRowToRecord, type FlatRowOptions } from './flat-record';
/** The stable id given to a row without one. */
export { deriveId, withDerivedId } from './derive-id';
/** Column mappings: `"Intitulé=title,Commune=collectivity.code"`. */
export {
  IGNORED_COLUMN,
  mapColumns,
  parseColumnMapping,
  type ColumnMapping,
  type MappedColumns,
} from './column-mapping';
/** Reading catalogue files into rows. */
export type { SourceRow, SourceTable } from './source-table';
export { guessDelimiter, readCsvTable } from './read-csv';
export { readJsonTable } from './read-json';
export { readParquetTable } from './read-parquet';
export { decodeText, decodeTextFile, type DecodedText, type TextEncodingName } from './decode-text';
export { readCatalogueTable, type CatalogueSource } from './read-catalogue-table';
/** Validating a catalogue's rows as the corpus is. */
export {
  checkCatalogueTable,
  type CatalogueCheck,
  type CheckCatalogueOptions,
  type RejectedRow,
} from './check-catalogue-table';
/** Importing a catalogue into a store, all or nothing. */
export {
  importCatalogue,
  type ImportCatalogueOptions,
  type ImportReport,
} from './import-catalogue';
/** The CSV writer (separator, BOM), and the reversible neutralisation of spreadsheet formulas. */
export { writeCsv, type CsvCell, type CsvWriteOptions } from './write-csv';
export { escapeCsvText, unescapeCsvText } from './csv-cells';
/** The rejects file of an import with `skipInvalid`. */
export { rejectReason, rejectsCsv, rejectsJson, type RejectReasonWording } from './rejects';
/** Exporting the store to CSV, JSON or Parquet. */
export {
  EXPORT_COLUMNS,
  exportCatalogue,
  practicesToCsv,
  practicesToJson,
  practicesToParquet,
} from './export-catalogue';
