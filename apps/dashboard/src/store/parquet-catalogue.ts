import type { Practice } from '@essaimage/core';
import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { EXPORT_COLUMNS, flattenPractice, type SourceTable } from './core-store';

// Parquet in the browser without DuckDB: DuckDB-wasm's parquet extension is not in its wasm
// bundles and would be downloaded from extensions.duckdb.org, which an offline dashboard must
// not do. hyparquet (pure JS) reads and writes the same flat columns as the CLI's export.

/** Practices as a Parquet file: the CLI's export columns, numbers as DOUBLE, the rest as text. */
export function practicesToParquetBytes(practices: readonly Practice[]): Uint8Array {
  const rows = practices.map((p) => flattenPractice(p));
  const columnData = EXPORT_COLUMNS.map((name) => {
    const data = rows.map((row) => {
      const value = row[name] ?? null;
      return value === '' ? null : value;
    });
    const numeric = data.every((v) => v === null || typeof v === 'number');
    return numeric
      ? { name, data: data as (number | null)[], type: 'DOUBLE' as const }
      : {
          name,
          data: data.map((v) => (v === null ? null : Array.isArray(v) ? v.join(';') : String(v))),
          type: 'STRING' as const,
        };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

/** A Parquet catalogue's rows, labelled "name row n", for the same check as CSV and JSON. */
export async function readParquetCatalogue(bytes: Uint8Array, file: string): Promise<SourceTable> {
  const buffer = bytes.slice().buffer;
  try {
    const metadata = parquetMetadata(buffer);
    const columns = parquetSchema(metadata).children.map((c) => c.element.name);
    const records = await parquetReadObjects({ file: buffer, metadata });
    return {
      file,
      columns,
      tabular: true,
      rows: records.map((cells, i) => ({
        label: `${file} row ${i + 1}`,
        cells: Object.fromEntries(
          Object.entries(cells).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
        ),
        nested: false,
        problems: [],
      })),
      fileProblems: [],
    };
  } catch (error) {
    return {
      file,
      columns: [],
      tabular: true,
      rows: [],
      fileProblems: [
        {
          code: 'bad-file',
          values: { detail: String(error) },
          where: file,
          field: '',
          expected: 'a Parquet file',
          found: String(error),
        },
      ],
    };
  }
}
