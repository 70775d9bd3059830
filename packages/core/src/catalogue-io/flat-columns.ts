import type { Practice } from '../practice/record';

/**
 * The flat columns of a catalogue file: the dotted paths of the practice record. `policyAreas`
 * holds codes separated by ";" (a list in Parquet), `partners` a JSON array of `{ name, kind,
 * code }` (null for none, as `policyAreas` without codes).
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
  'policyAreas',
  'budget.amount',
  'budget.period',
  'budget.text',
  'staff.fte',
  'staff.agents',
  'staff.text',
  'results',
  'source.document',
  'source.publisher',
  'source.url',
  'source.file',
] as const;

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

/** A practice as one flat row, record columns then derived ones. */
export function flattenPractice(practice: Practice, options: FlattenOptions = {}): FlatRow {
  const { award, budget, staff, source, collectivity } = practice;
  const partners = practice.partners.map((p) => ({ name: p.name, kind: p.kind, code: p.code }));
  return {
    id: practice.id,
    title: practice.title,
    summary: practice.summary,
    'collectivity.name': collectivity.name,
    'collectivity.kind': collectivity.kind,
    'collectivity.code': collectivity.code,
    partners: partners.length > 0 ? JSON.stringify(partners) : null,
    year: practice.year,
    'award.programme': award?.programme ?? null,
    'award.edition': award?.edition ?? null,
    'award.category': award?.category ?? null,
    'award.medal': award?.medal ?? null,
    policyAreas: options.areasAsList
      ? [...practice.policyAreas]
      : practice.policyAreas.join(';') || null,
    'budget.amount': budget?.amount ?? null,
    'budget.period': budget?.period ?? null,
    'budget.text': budget ? budget.text : null,
    'staff.fte': staff?.fte ?? null,
    'staff.agents': staff?.agents ?? null,
    'staff.text': staff ? staff.text : null,
    results: practice.results,
    'source.document': source.document,
    'source.publisher': source.publisher,
    'source.url': source.url,
    'source.file': source.file,
    officialName: practice.officialName,
    population: practice.population,
    region: practice.region,
    department: practice.department,
  };
}
