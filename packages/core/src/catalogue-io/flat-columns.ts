import type { Practice } from '../practice/record';

/**
 * The flat columns of a catalogue file: the dotted paths of the practice record. `policyAreas`
 * holds codes separated by ";" (a list in Parquet); the lists of objects or sentences
 * (`partners`, `budget.lines`, `partnerships`, `publicReached`, `funding`, `ratings`,
 * `obstacles`, `keysToSuccess`) are each a JSON array, as in the nested record (null for none; an
 * empty cell or "" reads as none too).
 */
export const RECORD_COLUMNS = [
  'id',
  'title',
  'summary',
  'collectivity.name',
  'collectivity.kind',
  'collectivity.code',
  'partners',
  'year',
  'award.programme',
  'award.edition',
  'award.category',
  'award.medal',
  'award.sponsor',
  'policyAreas',
  'budget.amount',
  'budget.period',
  'budget.precision',
  'budget.text',
  'budget.lines',
  'staff.fte',
  'staff.agents',
  'staff.text',
  'results',
  'source.document',
  'source.publisher',
  'source.url',
  'source.file',
  'period.start',
  'period.end',
  'period.months',
  'period.text',
  'partnerships',
  'publicReached',
  'funding',
  'contact.role',
  'contact.name',
  'ratings',
  'obstacles',
  'keysToSuccess',
] as const;

/** The record columns that hold a JSON array. */
export const LIST_COLUMNS = [
  'partners',
  'budget.lines',
  'partnerships',
  'publicReached',
  'funding',
  'ratings',
  'obstacles',
  'keysToSuccess',
] as const satisfies readonly RecordColumn[];

/** A flat column of the practice record. */
export type RecordColumn = (typeof RECORD_COLUMNS)[number];

/**
 * Columns an export adds for readers (from the official geography). An import ignores them and
 * computes them again from the collectivity's code.
 */
export const DERIVED_COLUMNS = ['officialName', 'population', 'region', 'department'] as const;

/** A value of a flat row: text, a number, a list of codes (Parquet), or nothing. */
export type FlatValue = string | number | readonly string[] | null;

/** A flat row: column name to value. */
export type FlatRow = Record<string, FlatValue>;

/** Options of {@link flattenPractice}. */
export interface FlattenOptions {
  /** Give `policyAreas` as a list (Parquet) rather than "a;b" (CSV). */
  areasAsList?: boolean;
}

// A list as its cell: a JSON array, or null for none.
const listCell = (items: readonly unknown[]): string | null =>
  items.length > 0 ? JSON.stringify(items) : null;

/** A practice as one flat row, record columns then derived ones. */
export function flattenPractice(practice: Practice, options: FlattenOptions = {}): FlatRow {
  const { award, budget, staff, source, collectivity, period, contact } = practice;
  const partners = practice.partners.map((p) => ({ name: p.name, kind: p.kind, code: p.code }));
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    'collectivity.name': collectivity.name,
    'collectivity.kind': collectivity.kind,
    'collectivity.code': collectivity.code,
    partners: listCell(partners),
    year: practice.year,
    'award.programme': award?.programme ?? null,
    'award.edition': award?.edition ?? null,
    'award.category': award?.category ?? null,
    'award.medal': award?.medal ?? null,
    'award.sponsor': award?.sponsor ?? null,
    policyAreas: options.areasAsList
      ? [...practice.policyAreas]
      : practice.policyAreas.join(';') || null,
    'budget.amount': budget?.amount ?? null,
    'budget.period': budget?.period ?? null,
    'budget.precision': budget?.precision ?? null,
    'budget.text': budget ? budget.text : null,
    'budget.lines': budget ? listCell(budget.lines) : null,
    'staff.fte': staff?.fte ?? null,
    'staff.agents': staff?.agents ?? null,
    'staff.text': staff ? staff.text : null,
    results: practice.results,
    'source.document': source.document,
    'source.publisher': source.publisher,
    'source.url': source.url,
    'source.file': source.file,
    'period.start': period?.start ?? null,
    'period.end': period?.end ?? null,
    'period.months': period?.months ?? null,
    'period.text': period ? period.text : null,
    partnerships: listCell(practice.partnerships),
    publicReached: listCell(practice.publicReached),
    funding: listCell(practice.funding),
    'contact.role': contact?.role ?? null,
    'contact.name': contact?.name ?? null,
    ratings: listCell(practice.ratings),
    obstacles: listCell(practice.obstacles),
    keysToSuccess: listCell(practice.keysToSuccess),
    officialName: practice.officialName,
    population: practice.population,
    region: practice.region,
    department: practice.department,
  };
}
