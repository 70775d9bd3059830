import { unescapeCsvText } from './csv-cells';
import { deriveId } from './derive-id';
import {
  KIND_ALIASES,
  PERIOD_ALIASES,
  readCode,
  readCodes,
  readNumber,
  readPartners,
  readWord,
} from './flat-values';

/** Options of {@link flatRowToRecord}. */
export interface FlatRowOptions {
  /**
   * Read cells as CSV text (CSV has no null): a blank cell is null, and a text neutralised
   * against spreadsheet formulas (or "" written `'`) is read back (see `unescapeCsvText`).
   * Formats that have a null (JSON, Parquet) keep every value as it is.
   */
  emptyIsNull: boolean;
}

type Cells = Readonly<Record<string, unknown>>;

/**
 * A raw record from a flat row whose keys are record columns (`collectivity.code`,
 * `budget.amount`...): numbers, words and lists read as described in `flat-values`; `award`,
 * `budget` and `staff` null when all their cells are; a missing `id` derived from the
 * collectivity's code and the title (see `deriveId`). The result still has to be validated.
 */
export function flatRowToRecord(cells: Cells, options: FlatRowOptions): Record<string, unknown> {
  const get = (column: string): unknown => {
    const value = cells[column];
    if (value === undefined) return null;
    if (options.emptyIsNull && typeof value === 'string') {
      return value.trim() === '' ? null : unescapeCsvText(value);
    }
    return value;
  };
  const allNull = (prefix: string, fields: readonly string[]) =>
    fields.every((f) => get(`${prefix}.${f}`) === null);

  const collectivity = {
    name: get('collectivity.name'),
    kind: readWord(get('collectivity.kind'), KIND_ALIASES),
    code: readCode(get('collectivity.code')),
  };
  const title = get('title');
  let id = get('id');
  if (id === null) {
    // Derived even without a title, so that a missing title is reported once, as itself.
    const name = typeof collectivity.name === 'string' ? collectivity.name : '';
    const code = typeof collectivity.code === 'string' ? collectivity.code : null;
    id = deriveId(code, name, typeof title === 'string' ? title : '');
  }
  return {
    id,
    title,
    summary: get('summary'),
    collectivity,
    partners: readPartners(get('partners')),
    year: readNumber(get('year')),
    award: allNull('award', ['programme', 'edition', 'category', 'medal'])
      ? null
      : {
          programme: get('award.programme'),
          edition: readNumber(get('award.edition')),
          category: get('award.category'),
          medal: readWord(get('award.medal')),
        },
    policyAreas: readCodes(get('policyAreas')),
    budget: allNull('budget', ['amount', 'period', 'text'])
      ? null
      : {
          amount: readNumber(get('budget.amount')),
          period: readWord(get('budget.period'), PERIOD_ALIASES),
          text: get('budget.text') ?? '',
        },
    staff: allNull('staff', ['fte', 'agents', 'text'])
      ? null
      : {
          fte: readNumber(get('staff.fte')),
          agents: readNumber(get('staff.agents')),
          text: get('staff.text') ?? '',
        },
    results: get('results'),
    source: {
      document: get('source.document'),
      publisher: get('source.publisher'),
      url: get('source.url'),
      file: get('source.file'),
    },
  };
}
