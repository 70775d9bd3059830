import type { Practice } from '../practice/record';
import { compilePracticeFilter, type PracticeFilter } from '../store/practice-filter';
import type { PracticeStore } from '../store/practice-store';
import type { CatalogueFormat } from './catalogue-format';
import { DERIVED_COLUMNS, flattenPractice, RECORD_COLUMNS } from './flat-columns';
import { writeCsv, type CsvCell, type CsvWriteOptions } from './write-csv';

/** The columns of an exported CSV or Parquet file: the record's, then the derived ones. */
export const EXPORT_COLUMNS: readonly string[] = [...RECORD_COLUMNS, ...DERIVED_COLUMNS];

/**
 * Practices as CSV: a header of {@link EXPORT_COLUMNS}, one row per practice, "," between cells
 * (or the `delimiter` given), quotes where a cell needs them, written by `writeCsv`: text that
 * a spreadsheet would run as a formula is neutralised with a leading `'` that the import removes,
 * so that importing the file gives back the same practices.
 */
export function practicesToCsv(
  practices: readonly Practice[],
  options: CsvWriteOptions = {},
): string {
  const data = practices.map((p) => {
    const row = flattenPractice(p);
    return EXPORT_COLUMNS.map((c) => {
      const value = row[c] ?? null;
      return Array.isArray(value) ? value.join(';') : (value as CsvCell);
    });
  });
  return writeCsv(EXPORT_COLUMNS, data, options);
}

/** Practices as a JSON array of nested records, as `Practice` (enriched fields included). */
export function practicesToJson(practices: readonly Practice[]): string {
  return `${JSON.stringify(practices, null, 2)}\n`;
}

// Each export column as SQL over `practices p` and `a` (the practice's areas, in order).
const PARQUET_SELECT: Record<string, string> = {
  id: 'p.id',
  title: 'p.title',
  summary: 'p.summary',
  'collectivity.name': 'p.collectivity_name',
  'collectivity.kind': 'p.collectivity_kind',
  'collectivity.code': 'p.collectivity_code',
  partners: "CASE WHEN p.partners = '[]' THEN '' ELSE p.partners END",
  year: 'p.year',
  'award.programme': 'p.award_programme',
  'award.edition': 'p.award_edition',
  'award.category': 'p.award_category',
  'award.medal': 'p.award_medal',
  policyAreas: 'coalesce(a.areas, []::VARCHAR[])',
  'budget.amount': 'p.budget_amount',
  'budget.period': 'p.budget_period',
  'budget.text': 'p.budget_text',
  'staff.fte': 'p.staff_fte',
  'staff.agents': 'p.staff_agents',
  'staff.text': 'p.staff_text',
  results: 'p.results',
  'source.document': 'p.source_document',
  'source.publisher': 'p.source_publisher',
  'source.url': 'p.source_url',
  'source.file': 'p.source_file',
  officialName: 'p.official_name',
  population: 'p.population',
  region: 'p.region',
  department: 'p.department',
};

/**
 * The practices matching a filter as a Parquet file, written by DuckDB: the columns of
 * {@link EXPORT_COLUMNS}, typed (integers, doubles, text; `policyAreas` a list of text).
 */
export async function practicesToParquet(
  store: PracticeStore,
  filter?: PracticeFilter,
): Promise<Uint8Array> {
  const { connector } = store;
  const where = compilePracticeFilter(filter);
  const columns = EXPORT_COLUMNS.map((c) => `${PARQUET_SELECT[c]} AS "${c}"`).join(', ');
  // DuckDB binds the parameter of COPY ... TO before those of the inner query: select the ids
  // first, so that the COPY has a single parameter, its path.
  await connector.run('DROP TABLE IF EXISTS essaimage_export_ids');
  await connector.run(
    `CREATE TEMP TABLE essaimage_export_ids AS SELECT p.id, p.seq FROM practices p WHERE ${where.sql}`,
    where.params,
  );
  try {
    const select = `SELECT ${columns} FROM practices p
      JOIN essaimage_export_ids e ON e.id = p.id
      LEFT JOIN (SELECT practice_id, list(area ORDER BY ord) AS areas FROM practice_areas GROUP BY practice_id) a
        ON a.practice_id = p.id
      ORDER BY p.seq`;
    return await connector.withOutputFile('parquet', (path) =>
      connector.run(`COPY (${select}) TO ? (FORMAT parquet)`, [path]),
    );
  } finally {
    await connector.run('DROP TABLE IF EXISTS essaimage_export_ids');
  }
}

/** Export the practices matching a filter (all without one) in a format: text, or Parquet bytes. */
export async function exportCatalogue(
  store: PracticeStore,
  format: CatalogueFormat,
  filter?: PracticeFilter,
): Promise<string | Uint8Array> {
  if (format === 'parquet') return practicesToParquet(store, filter);
  const practices = await store.all(filter);
  return format === 'csv' ? practicesToCsv(practices) : practicesToJson(practices);
}
