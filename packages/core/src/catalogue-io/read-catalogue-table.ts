import type { SqlConnector } from '../store/connector';
import type { CatalogueFormat } from './catalogue-format';
import { decodeTextFile } from './decode-text';
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

function readTextTable(format: 'csv' | 'json', text: string, name: string): SourceTable {
  return format === 'csv' ? readCsvTable(text, name) : readJsonTable(text, name);
}

/**
 * Read a catalogue file's rows in its format (Parquet through DuckDB, on `connector`). The bytes
 * of a CSV or JSON file are decoded by `decodeTextFile` (UTF-8 or Windows-1252, which the table
 * records); a file in neither is refused (a `bad-encoding` problem of the file).
 */
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
  if (typeof source.content === 'string')
    return readTextTable(source.format, source.content, source.name);
  const decoded = decodeTextFile(source.content);
  const table = readTextTable(source.format, decoded.text, source.name);
  const at = decoded.unreadableAt;
  if (at !== null) {
    const byte = `0x${source.content[at].toString(16).toUpperCase().padStart(2, '0')}`;
    table.fileProblems.unshift({
      code: 'bad-encoding',
      values: { value: byte, detail: `byte ${at}` },
      where: source.name,
      at: { file: source.name },
      field: '',
      expected: 'a text file in UTF-8 or Windows-1252',
      found: `the byte ${byte} at offset ${at}, in neither`,
    });
  }
  return { ...table, encoding: decoded.encoding, bom: decoded.bom };
}
