import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import { openPracticeStore } from '../node/duckdb-store';
import { ValidationError } from '../practice/problem';
import type { Practice } from '../practice/record';
import { compilePracticeFilter, type PracticeFilter } from './practice-filter';
import type { PracticeStore } from './practice-store';

const corpus = loadBundledCorpus();

// A practice's duration: its stated months, else its calendar years from start to end.
function months(p: Practice): number | null {
  if (!p.period) return null;
  const { months, start, end } = p.period;
  if (months !== null) return months;
  return start !== null && end !== null ? (end - start + 1) * 12 : null;
}

// The filter's meaning, written again in plain JS over the corpus.
function matches(p: Practice, f: PracticeFilter): boolean {
  const within = (value: number | null, min?: number, max?: number) =>
    (min === undefined || (value !== null && value >= min)) &&
    (max === undefined || (value !== null && value <= max));
  const inList = (value: string | null, list?: readonly string[]) =>
    !list || list.length === 0 || (value !== null && list.includes(value));
  const unknownOk = f.includeUnknown ?? true;
  const ceiling = (value: number | null, max?: number) =>
    max === undefined || (value === null ? unknownOk : value <= max);
  return (
    inList(p.region, f.regions) &&
    inList(p.department, f.departments) &&
    inList(p.collectivity.kind, f.kinds) &&
    within(p.population, f.populationMin, f.populationMax) &&
    within(p.year, f.yearFrom, f.yearTo) &&
    inList(p.award?.medal ?? null, f.medals) &&
    (!f.policyAreas ||
      f.policyAreas.length === 0 ||
      p.policyAreas.some((a) => f.policyAreas?.includes(a))) &&
    ceiling(p.budget?.amount ?? null, f.maxBudget) &&
    ceiling(p.staff?.fte ?? p.staff?.agents ?? null, f.maxStaff) &&
    ceiling(months(p), f.maxDurationMonths) &&
    (f.withPartners === undefined ||
      f.withPartners === p.partners.length + p.partnerships.length > 0)
  );
}

const FILTERS: Array<[string, PracticeFilter]> = [
  ['nothing', {}],
  ['one region', { regions: ['27'] }],
  ['two regions', { regions: ['11', '76'] }],
  ['departments', { departments: ['92', '2A', '75'] }],
  ['kinds', { kinds: ['epci', 'departement'] }],
  ['small communes', { kinds: ['commune'], populationMax: 10_000 }],
  ['population range', { populationMin: 10_000, populationMax: 200_000 }],
  ['years', { yearFrom: 2010, yearTo: 2023 }],
  ['year from', { yearFrom: 2018 }],
  ['medals', { medals: ['or', 'argent'] }],
  ['policy areas', { policyAreas: ['mobilite', 'ressources-humaines'] }],
  ['budget ceiling, unknown kept', { maxBudget: 20_000 }],
  ['budget ceiling, known only', { maxBudget: 20_000, includeUnknown: false }],
  ['staff ceiling', { maxStaff: 1 }],
  ['at most three years', { maxDurationMonths: 36 }],
  ['at most three years, known only', { maxDurationMonths: 36, includeUnknown: false }],
  ['with partners', { withPartners: true }],
  ['without partners, small', { withPartners: false, populationMax: 10_000 }],
  ['staff ceiling, known only', { maxStaff: 1, includeUnknown: false }],
  [
    'everything at once',
    {
      regions: ['11', '75', '76', '32'],
      kinds: ['commune', 'epci'],
      populationMin: 1_000,
      yearFrom: 2017,
      yearTo: 2017,
      medals: ['or'],
      maxBudget: 100_000,
    },
  ],
  [
    'values that look like SQL',
    { regions: ["27' OR '1'='1"], policyAreas: ['x); DROP TABLE practices; --'] },
  ],
];

describe('practice filters on a real DuckDB, against the corpus in JS', () => {
  let store: PracticeStore;
  beforeAll(async () => {
    store = await openPracticeStore();
  });
  afterAll(() => store.close());

  it.each(FILTERS)('%s', async (_, filter) => {
    const expected = corpus.filter((p) => matches(p, filter)).map((p) => p.id);
    expect(await store.ids(filter)).toEqual(expected);
    expect(await store.count(filter)).toBe(expected.length);
    expect((await store.all(filter)).map((p) => p.id)).toEqual(expected);
  });

  it('are not empty tests: most of them keep some practices and drop others', async () => {
    const sizes = await Promise.all(FILTERS.map(([, f]) => store.count(f)));
    expect(sizes.filter((n) => n > 0 && n < corpus.length).length).toBeGreaterThanOrEqual(12);
  });

  it('read « de 2009 à 2017 » as nine years and « pendant trois ans » as 36 months', async () => {
    const short = await store.ids({ maxDurationMonths: 36, includeUnknown: false });
    expect(short).toContain('damparis-reinventer-ateliers-municipaux');
    expect(short).toContain('vertou-budget-participatif-agents');
    expect(short).not.toContain('dax-satellite-interferometrie-radar');
    expect(await store.ids({ maxDurationMonths: 108, includeUnknown: false })).toContain(
      'dax-satellite-interferometrie-radar',
    );
  });

  it('leave the table intact after values that look like SQL', async () => {
    expect(await store.count()).toBe(corpus.length);
  });
});

describe('compilePracticeFilter', () => {
  it('binds every value as a parameter, never in the SQL text', () => {
    const compiled = compilePracticeFilter({
      regions: ["27'--"],
      populationMax: 5000,
      policyAreas: ['a', 'b'],
      maxBudget: 1,
    });
    expect(compiled.sql).not.toContain("27'");
    expect(compiled.sql).not.toContain('5000');
    expect(compiled.params).toEqual(["27'--", 5000, 'a', 'b', 1]);
  });

  it('is TRUE for an empty filter', () => {
    expect(compilePracticeFilter({})).toEqual({ sql: 'TRUE', params: [] });
    expect(compilePracticeFilter({ regions: [] })).toEqual({ sql: 'TRUE', params: [] });
  });

  it('refuses a number that is not finite and a list value that is not a string', () => {
    expect(() => compilePracticeFilter({ populationMax: Number.NaN })).toThrow(ValidationError);
    expect(() => compilePracticeFilter({ regions: [''] })).toThrow(/regions\.0/);
  });
});
