import { unescapeCsvText } from './csv-cells';
import { deriveId } from './derive-id';
import {
  KIND_ALIASES,
  PERIOD_ALIASES,
  PRECISION_ALIASES,
  readCode,
  readCodes,
  readJsonList,
  readNumber,
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
  // A list cell is empty when it is "" too: exports write "" for an empty list.
  const noList = (column: string) => get(column) === null || get(column) === '';

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
    partners: readJsonList(get('partners')),
    year: readNumber(get('year')),
    award: allNull('award', ['programme', 'edition', 'category', 'medal', 'sponsor'])
      ? null
      : {
          programme: get('award.programme'),
          edition: readNumber(get('award.edition')),
          category: get('award.category'),
          medal: readWord(get('award.medal')),
          sponsor: get('award.sponsor'),
        },
    policyAreas: readCodes(get('policyAreas')),
    budget:
      allNull('budget', ['amount', 'period', 'precision', 'text']) && noList('budget.lines')
        ? null
        : {
            amount: readNumber(get('budget.amount')),
            period: readWord(get('budget.period'), PERIOD_ALIASES),
            precision: readWord(get('budget.precision'), PRECISION_ALIASES),
            text: get('budget.text') ?? '',
            lines: readJsonList(get('budget.lines')),
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
    period: allNull('period', ['start', 'end', 'months', 'text'])
      ? null
      : {
          start: readNumber(get('period.start')),
          end: readNumber(get('period.end')),
          months: readNumber(get('period.months')),
          text: get('period.text'),
        },
    partnerships: readJsonList(get('partnerships')),
    publicReached: readJsonList(get('publicReached')),
    funding: readJsonList(get('funding')),
    contact: allNull('contact', ['role', 'name'])
      ? null
      : { role: get('contact.role'), name: get('contact.name') },
    ratings: readJsonList(get('ratings')),
    obstacles: readJsonList(get('obstacles')),
    keysToSuccess: readJsonList(get('keysToSuccess')),
  };
}
