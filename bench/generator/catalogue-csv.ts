import { RECORD_COLUMNS, type PracticeRecord } from '@essaimage/core';

// The columns are the store's own import columns (the dotted paths of the record): the bench's
// CSV goes through the same import as any catalogue.

type Cell = string | number | null | undefined;

const list = (items: readonly unknown[]): Cell => (items.length > 0 ? JSON.stringify(items) : null);

function flatten(r: PracticeRecord): Record<(typeof RECORD_COLUMNS)[number], Cell> {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    'collectivity.name': r.collectivity.name,
    'collectivity.kind': r.collectivity.kind,
    'collectivity.code': r.collectivity.code,
    partners: list(r.partners),
    year: r.year,
    'award.programme': r.award?.programme,
    'award.edition': r.award?.edition,
    'award.category': r.award?.category,
    'award.medal': r.award?.medal,
    'award.sponsor': r.award?.sponsor,
    policyAreas: r.policyAreas.join(';'),
    'budget.amount': r.budget?.amount,
    'budget.period': r.budget?.period,
    'budget.precision': r.budget?.precision,
    'budget.text': r.budget?.text,
    'budget.lines': list(r.budget?.lines ?? []),
    'staff.fte': r.staff?.fte,
    'staff.agents': r.staff?.agents,
    'staff.text': r.staff?.text,
    results: r.results,
    'source.document': r.source.document,
    'source.publisher': r.source.publisher,
    'source.url': r.source.url,
    'source.file': r.source.file,
    'period.start': r.period?.start,
    'period.end': r.period?.end,
    'period.months': r.period?.months,
    'period.text': r.period?.text,
    partnerships: list(r.partnerships),
    publicReached: list(r.publicReached),
    funding: list(r.funding),
    'contact.role': r.contact?.role,
    'contact.name': r.contact?.name,
    ratings: list(r.ratings),
    obstacles: list(r.obstacles),
    keysToSuccess: list(r.keysToSuccess),
  };
}

/** RFC 4180 quoting; null and undefined are empty cells. */
function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV header: the store's import columns. */
export const CSV_HEADER = RECORD_COLUMNS.join(',');

/** One practice as a CSV row (newlines inside cells are quoted). */
export function csvRow(record: PracticeRecord): string {
  const flat = flatten(record);
  return RECORD_COLUMNS.map((c) => cell(flat[c])).join(',');
}

/** The lines of a catalogue's CSV, header first, produced one at a time. */
export function* csvLines(records: Iterable<PracticeRecord>): Generator<string> {
  yield CSV_HEADER;
  for (const record of records) yield csvRow(record);
}

/** A small catalogue as CSV text (a large one is written line by line: see `csvLines`). */
export function catalogueToCsv(records: readonly PracticeRecord[]): string {
  return [...csvLines(records)].join('\n') + '\n';
}
