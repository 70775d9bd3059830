import type { SqlConnector } from '../store/connector';
import type { CatalogueFormat } from './catalogue-format';
import { decodeText } from './decode-text';
import { readCsvTable } from './read-csv';
import { readJsonTable } from './read-json';
import { readParquetTable } from './read-parquet';
import type { SourceTable } from './source-table';

/** A catalogue file to import: its name for messages, its format, its content. */
export interface CatalogueSource {
  /** How messages name the file: the path the user gave. */
  name: string;
  format: CatalogueFormat;
  /** The file's bytes, or its text (CSV, JSON). */
  content: string | Uint8Array;
}

/** Read a catalogue file's rows in its format (Parquet through DuckDB, on `connector`). */
export async function readCatalogueTable(
  source: CatalogueSource,
  connector: SqlConnector,
): Promise<SourceTable> {
  if (source.format === 'parquet') {
    const bytes =
      typeof source.content === 'string'
        ? new TextEncoder().encode(source.content)
        : source.content;
    return readParquetTable(connector, bytes, source.name);
  }
  const text = typeof source.content === 'string' ? source.content : decodeText(source.content);
  return source.format === 'csv'
    ? readCsvTable(text, source.name)
    : readJsonTable(text, source.name);
}
