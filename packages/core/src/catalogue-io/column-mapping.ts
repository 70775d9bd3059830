import { describeValue, ValidationError, type Problem } from '../practice/problem';
import { DERIVED_COLUMNS, RECORD_COLUMNS } from './flat-columns';

/** The target that drops a source column: `--map "Notes=-"`. */
export const IGNORED_COLUMN = '-';

/** Source column name → record column (or {@link IGNORED_COLUMN}). */
export type ColumnMapping = ReadonlyMap<string, string>;

const KNOWN: ReadonlySet<string> = new Set([...RECORD_COLUMNS, ...DERIVED_COLUMNS]);

/**
 * Parse a column mapping written `Source=target,Source=target`, for instance
 * `"Intitulé=title,Commune=collectivity.code,Notes=-"`. A target is a record column
 * (`collectivity.code`, `budget.amount`...) or `-` to ignore the source column. Names are
 * trimmed; a source column name cannot hold "," or "=". Throws a ValidationError naming each bad
 * pair.
 */
export function parseColumnMapping(text: string): ColumnMapping {
  const mapping = new Map<string, string>();
  const problems: Problem[] = [];
  const targets = new Map<string, string>();
  for (const pair of text.split(',')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const source = eq < 0 ? pair.trim() : pair.slice(0, eq).trim();
    const target = eq < 0 ? '' : pair.slice(eq + 1).trim();
    const where = `--map "${pair.trim()}"`;
    if (eq < 0 || source === '' || target === '') {
      problems.push({
        code: 'bad-format',
        values: { value: pair.trim() },
        where,
        field: '',
        expected: 'Source=target (a column of the file, "=", a record column or "-")',
        found: describeValue(pair.trim()),
      });
    } else if (target !== IGNORED_COLUMN && !KNOWN.has(target)) {
      problems.push({
        code: 'unknown-column',
        values: { value: target, allowed: RECORD_COLUMNS },
        where,
        field: '',
        expected: `a record column (${RECORD_COLUMNS.join(', ')}) or "-"`,
        found: describeValue(target),
      });
    } else if (mapping.has(source)) {
      problems.push({
        code: 'duplicate',
        values: { value: source },
        where,
        field: '',
        expected: 'each source column mapped once',
        found: describeValue(source),
      });
    } else if (target !== IGNORED_COLUMN && targets.has(target)) {
      problems.push({
        code: 'duplicate',
        values: { value: target, other: targets.get(target) },
        where,
        field: '',
        expected: `each record column given once ("${targets.get(target)}" is mapped to it already)`,
        found: describeValue(target),
      });
    } else {
      mapping.set(source, target);
      if (target !== IGNORED_COLUMN) targets.set(target, source);
    }
  }
  if (problems.length > 0) throw new ValidationError(problems, 'invalid column mapping');
  return mapping;
}

/** The columns of a file after mapping, and every column that is neither known nor mapped. */
export interface MappedColumns {
  /** For each source column, the record column it feeds, or undefined when ignored. */
  targets: Array<string | undefined>;
  problems: Problem[];
}

/**
 * Map a file's column names to record columns. A column that is not a record column, not a
 * derived one (ignored: recomputed on import) and not mapped is a problem, as is a record column
 * fed twice.
 */
export function mapColumns(
  file: string,
  columns: readonly string[],
  mapping: ColumnMapping,
): MappedColumns {
  const problems: Problem[] = [];
  const fed = new Map<string, string>();
  const targets = columns.map((column) => {
    const target = mapping.get(column) ?? column;
    if (target === IGNORED_COLUMN || (DERIVED_COLUMNS as readonly string[]).includes(target)) {
      return undefined;
    }
    if (!KNOWN.has(target)) {
      problems.push({
        code: 'unknown-column',
        values: { value: column, allowed: RECORD_COLUMNS },
        where: file,
        at: { file },
        field: column,
        expected: `a record column (${RECORD_COLUMNS.join(', ')}), or a column mapped with --map "${column}=<record column>" or ignored with --map "${column}=-"`,
        found: describeValue(column),
      });
      return undefined;
    }
    const other = fed.get(target);
    if (other !== undefined) {
      problems.push({
        code: 'duplicate',
        values: { value: column, other },
        where: file,
        at: { file },
        field: column,
        expected: `one column for "${target}" (column "${other}" gives it already)`,
        found: describeValue(column),
      });
      return undefined;
    }
    fed.set(target, column);
    return target;
  });
  return { targets, problems };
}
