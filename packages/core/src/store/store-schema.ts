import type { ColumnSpec } from './connector';

/** Version of the tables below, kept in `essaimage_meta`; a database of another version is refused. */
export const STORE_SCHEMA_VERSION = '3';

/**
 * The columns of the `practices` table, one per fact of a practice. `seq` keeps the order in
 * which practices were added. A nullable object of the record is null exactly when its marker
 * column is: `award_programme` (never empty in an award), `budget_text`, `staff_text` (always a
 * string in a budget or staff object, possibly ""), `period_text` (never empty in a period); a
 * contact is null exactly when both `contact_role` and `contact_name` are (a contact has one).
 * The lists (`partners`, `partnerships`, `public_reached`, `funding`, `ratings`, `obstacles`,
 * `keys_to_success`, and `budget_lines` of a budget) are JSON arrays, read back as written.
 * `period_months` is the duration the filters and trends read: the stated months, else the
 * calendar years from start to end (see `PERIOD_MONTHS_SQL`). `content_hash`
 * is a hash of all the facts and areas (see `practiceContentKey`), to see without reading a
 * stored practice back whether an incoming one is the same.
 */
export const PRACTICE_COLUMNS = [
  { name: 'seq', type: 'INTEGER' },
  { name: 'id', type: 'VARCHAR' },
  { name: 'title', type: 'VARCHAR' },
  { name: 'summary', type: 'VARCHAR' },
  { name: 'collectivity_name', type: 'VARCHAR' },
  { name: 'collectivity_kind', type: 'VARCHAR' },
  { name: 'collectivity_code', type: 'VARCHAR' },
  { name: 'official_name', type: 'VARCHAR' },
  { name: 'population', type: 'INTEGER' },
  { name: 'region', type: 'VARCHAR' },
  { name: 'department', type: 'VARCHAR' },
  { name: 'year', type: 'INTEGER' },
  { name: 'award_programme', type: 'VARCHAR' },
  { name: 'award_edition', type: 'INTEGER' },
  { name: 'award_category', type: 'VARCHAR' },
  { name: 'award_medal', type: 'VARCHAR' },
  { name: 'award_sponsor', type: 'VARCHAR' },
  { name: 'budget_amount', type: 'DOUBLE' },
  { name: 'budget_period', type: 'VARCHAR' },
  { name: 'budget_precision', type: 'VARCHAR' },
  { name: 'budget_text', type: 'VARCHAR' },
  { name: 'budget_lines', type: 'VARCHAR' },
  { name: 'staff_fte', type: 'DOUBLE' },
  { name: 'staff_agents', type: 'DOUBLE' },
  { name: 'staff_text', type: 'VARCHAR' },
  { name: 'results', type: 'VARCHAR' },
  { name: 'source_document', type: 'VARCHAR' },
  { name: 'source_publisher', type: 'VARCHAR' },
  { name: 'source_url', type: 'VARCHAR' },
  { name: 'source_file', type: 'VARCHAR' },
  { name: 'partners', type: 'VARCHAR' },
  { name: 'period_start', type: 'INTEGER' },
  { name: 'period_end', type: 'INTEGER' },
  { name: 'period_months', type: 'DOUBLE' },
  { name: 'period_text', type: 'VARCHAR' },
  { name: 'partnerships', type: 'VARCHAR' },
  { name: 'public_reached', type: 'VARCHAR' },
  { name: 'funding', type: 'VARCHAR' },
  { name: 'contact_role', type: 'VARCHAR' },
  { name: 'contact_name', type: 'VARCHAR' },
  { name: 'ratings', type: 'VARCHAR' },
  { name: 'obstacles', type: 'VARCHAR' },
  { name: 'keys_to_success', type: 'VARCHAR' },
  { name: 'content_hash', type: 'VARCHAR' },
] as const satisfies readonly ColumnSpec[];

/** The name of a column of the `practices` table. */
export type PracticeColumn = (typeof PRACTICE_COLUMNS)[number]['name'];

const NOT_NULL: ReadonlySet<string> = new Set([
  'seq',
  'title',
  'summary',
  'collectivity_name',
  'collectivity_kind',
  'source_document',
  'partners',
  'partnerships',
  'public_reached',
  'funding',
  'ratings',
  'obstacles',
  'keys_to_success',
  'content_hash',
]);

/**
 * A practice's duration in months as SQL over `practices p`: the months the source states, else
 * the calendar years from start to end, both counted ("de 2009 à 2017" is 9 years, 108 months);
 * null when neither is known.
 */
export const PERIOD_MONTHS_SQL =
  'coalesce(p.period_months, (p.period_end - p.period_start + 1) * 12.0)';

/** Whether a practice has partners, as SQL over `practices p`: co-holders or other bodies. */
export const HAS_PARTNERS_SQL = "(p.partners <> '[]' OR p.partnerships <> '[]')";

/** The columns of `practice_areas`: a practice's policy-area codes, in their order. */
export const PRACTICE_AREA_COLUMNS = [
  { name: 'practice_id', type: 'VARCHAR' },
  { name: 'ord', type: 'INTEGER' },
  { name: 'area', type: 'VARCHAR' },
] as const satisfies readonly ColumnSpec[];

/** The statements that create the store's tables when they do not exist yet. */
export const CREATE_STATEMENTS: readonly string[] = [
  `CREATE TABLE IF NOT EXISTS essaimage_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS practices (${PRACTICE_COLUMNS.map(
    (c) =>
      `${c.name} ${c.type}${c.name === 'id' ? ' PRIMARY KEY' : NOT_NULL.has(c.name) ? ' NOT NULL' : ''}`,
  ).join(', ')})`,
  `CREATE TABLE IF NOT EXISTS practice_areas (practice_id VARCHAR NOT NULL, ord INTEGER NOT NULL, area VARCHAR NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS policy_areas (code VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, description VARCHAR, territoria2017 VARCHAR)`,
];
