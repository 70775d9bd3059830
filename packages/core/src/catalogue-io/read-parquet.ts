import type { SqlConnector } from '../store/connector';
import type { SourceTable } from './source-table';

/**
 * Read a Parquet catalogue through DuckDB: flat columns named as the record's dotted paths
 * (what `exportCatalogue` writes), typed or as text. Rows are labelled "row n".
 */
export async function readParquetTable(
  connector: SqlConnector,
  bytes: Uint8Array,
  file: string,
): Promise<SourceTable> {
  try {
    return await connector.withInputFile(bytes, 'parquet', async (path) => {
      const described = await connector.query<{ column_name: string }>(
        'DESCRIBE SELECT * FROM read_parquet(?)',
        [path],
      );
      const records = await connector.query('SELECT * FROM read_parquet(?)', [path]);
      return {
        file,
        tabular: true,
        columns: described.map((c) => c.column_name),
        rows: records.map((cells, i) => ({
          label: `${file} row ${i + 1}`,
          at: { file, row: i + 1 },
          cells,
          nested: false,
          problems: [],
        })),
        fileProblems: [],
      };
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      file,
      columns: [],
      tabular: true,
      rows: [],
      fileProblems: [
        {
          // DuckDB's message holds its SQL and a temporary path: of no use to the user.
          code: 'bad-file',
          values: { format: 'parquet', lacks: 'readable' },
          where: file,
          at: { file },
          field: '',
          expected: 'a readable Parquet file',
          found: /parquet|magic|corrupt/i.test(message)
            ? 'a file DuckDB cannot read as Parquet (not Parquet, or damaged)'
            : 'a file DuckDB cannot read as a catalogue',
        },
      ],
    };
  }
}
