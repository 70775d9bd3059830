import type {
  AmountPrecision,
  BudgetLine,
  BudgetPeriod,
  CollectivityKind,
  CollectivityRef,
  FundingLine,
  Medal,
  Partnership,
  Practice,
  Rating,
  Reach,
} from '../practice/record';
import type { SqlRow, SqlValue } from './connector';
import { contentHash } from './content-hash';
import { PRACTICE_COLUMNS } from './store-schema';

/** The names of the `practices` columns, in table order, for SELECT lists. */
export const PRACTICE_COLUMN_LIST = PRACTICE_COLUMNS.map((c) => `p.${c.name}`).join(', ');

/** The content hash a practice is stored with. */
export function practiceContentHash(practice: Practice): string {
  return contentHash(practiceContentKey(practice));
}

function refOf(ref: CollectivityRef): CollectivityRef {
  return { name: ref.name, kind: ref.kind, code: ref.code };
}

/** The facts of a practice as `practices` values, from `id` to `keys_to_success`. */
function practiceFacts(practice: Practice): SqlValue[] {
  const { award, budget, staff, source, collectivity, period, contact } = practice;
  return [
    practice.id,
    practice.title,
    practice.summary,
    collectivity.name,
    collectivity.kind,
    collectivity.code,
    practice.officialName,
    practice.population,
    practice.region,
    practice.department,
    practice.year,
    award?.programme ?? null,
    award?.edition ?? null,
    award?.category ?? null,
    award?.medal ?? null,
    award?.sponsor ?? null,
    budget?.amount ?? null,
    budget?.period ?? null,
    budget?.precision ?? null,
    budget ? budget.text : null,
    budget ? JSON.stringify(budget.lines) : null,
    staff?.fte ?? null,
    staff?.agents ?? null,
    staff ? staff.text : null,
    practice.results,
    source.document,
    source.publisher,
    source.url,
    source.file,
    JSON.stringify(practice.partners.map(refOf)),
    period?.start ?? null,
    period?.end ?? null,
    period?.months ?? null,
    period ? period.text : null,
    JSON.stringify(practice.partnerships),
    JSON.stringify(practice.publicReached),
    JSON.stringify(practice.funding),
    contact?.role ?? null,
    contact?.name ?? null,
    JSON.stringify(practice.ratings),
    JSON.stringify(practice.obstacles),
    JSON.stringify(practice.keysToSuccess),
  ];
}

/** A key equal for two practices exactly when they hold the same facts and areas. */
export function practiceContentKey(practice: Practice): string {
  return JSON.stringify([practiceFacts(practice), practice.policyAreas]);
}

/** A practice as the values of one `practices` row, in column order. */
export function practiceToRow(practice: Practice, seq: number): SqlValue[] {
  return [seq, ...practiceFacts(practice), contentHash(practiceContentKey(practice))];
}

const text = (value: unknown): string | null => (value === null ? null : String(value));
const num = (value: unknown): number | null => (value === null ? null : Number(value));
const list = <T>(value: unknown): T[] => JSON.parse(String(value)) as T[];

/**
 * Rebuild a practice from its `practices` row and its policy areas, with the keys in the order
 * of the record type: what was stored comes back exactly.
 */
export function practiceFromRow(row: SqlRow, policyAreas: string[]): Practice {
  return {
    id: String(row.id),
    title: String(row.title),
    summary: String(row.summary),
    collectivity: {
      name: String(row.collectivity_name),
      kind: row.collectivity_kind as CollectivityKind,
      code: text(row.collectivity_code),
    },
    partners: (JSON.parse(String(row.partners)) as CollectivityRef[]).map(refOf),
    year: num(row.year),
    award:
      row.award_programme === null
        ? null
        : {
            programme: String(row.award_programme),
            edition: num(row.award_edition),
            category: text(row.award_category),
            medal: text(row.award_medal) as Medal | null,
            sponsor: text(row.award_sponsor),
          },
    policyAreas,
    budget:
      row.budget_text === null
        ? null
        : {
            amount: num(row.budget_amount),
            period: text(row.budget_period) as BudgetPeriod | null,
            precision: text(row.budget_precision) as AmountPrecision | null,
            text: String(row.budget_text),
            lines: list<BudgetLine>(row.budget_lines),
          },
    staff:
      row.staff_text === null
        ? null
        : {
            fte: num(row.staff_fte),
            agents: num(row.staff_agents),
            text: String(row.staff_text),
          },
    results: text(row.results),
    source: {
      document: String(row.source_document),
      publisher: text(row.source_publisher),
      url: text(row.source_url),
      file: text(row.source_file),
    },
    period:
      row.period_text === null
        ? null
        : {
            start: num(row.period_start),
            end: num(row.period_end),
            months: num(row.period_months),
            text: String(row.period_text),
          },
    partnerships: list<Partnership>(row.partnerships),
    publicReached: list<Reach>(row.public_reached),
    funding: list<FundingLine>(row.funding),
    contact:
      row.contact_role === null && row.contact_name === null
        ? null
        : { role: text(row.contact_role), name: text(row.contact_name) },
    ratings: list<Rating>(row.ratings),
    obstacles: list<string>(row.obstacles),
    keysToSuccess: list<string>(row.keys_to_success),
    officialName: text(row.official_name),
    population: num(row.population),
    region: text(row.region),
    department: text(row.department),
  };
}
