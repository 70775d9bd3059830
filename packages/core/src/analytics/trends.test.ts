import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import { openPracticeStore } from '../node/duckdb-store';
import { ValidationError } from '../practice/problem';
import type { Practice } from '../practice/record';
import type { PracticeStore } from '../store/practice-store';
import { countTrends } from './trends';
import { TREND_DIMENSIONS, parseTrendDimensions, type TrendDimension } from './trend-dimensions';

const corpus = loadBundledCorpus();

// Each dimension's values for one practice, written again here from the definitions.
function valuesOf(p: Practice, dimension: TrendDimension): Array<string | number | null> {
  const pop = p.population;
  switch (dimension) {
    case 'year':
      return [p.year];
    case 'category':
      return [p.award?.category ?? null];
    case 'medal':
      return [p.award?.medal ?? null];
    case 'programme':
      return [p.award?.programme ?? null];
    case 'kind':
      return [p.collectivity.kind];
    case 'region':
      return [p.region];
    case 'department':
      return [p.department];
    case 'populationBand':
      if (pop === null) return [null];
      if (pop < 2000) return ['< 2 000'];
      if (pop < 10000) return ['2 000 – 10 000'];
      if (pop < 50000) return ['10 000 – 50 000'];
      if (pop < 200000) return ['50 000 – 200 000'];
      return ['> 200 000'];
    case 'policyArea':
      return p.policyAreas.length > 0 ? [...new Set(p.policyAreas)] : [null];
    case 'budgetPeriod':
      return [p.budget?.period ?? null];
    case 'durationBand': {
      const { months = null, start = null, end = null } = p.period ?? {};
      const m = months ?? (start !== null && end !== null ? (end - start + 1) * 12 : null);
      if (m === null) return [null];
      return [m < 12 ? "moins d'un an" : m <= 36 ? '1 à 3 ans' : 'plus de 3 ans'];
    }
    case 'withPartners':
      return [
        p.partners.length + p.partnerships.length > 0 ? 'avec partenaires' : 'sans partenaires',
      ];
  }
}

function expectedCounts(practices: readonly Practice[], dimensions: TrendDimension[]) {
  const counts = new Map<string, number>();
  for (const p of practices) {
    let keys: Array<Array<string | number | null>> = [[]];
    for (const d of dimensions) {
      keys = keys.flatMap((k) => valuesOf(p, d).map((v) => [...k, v]));
    }
    for (const key of keys) {
      const id = JSON.stringify(key);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

function actualCounts(rows: ReadonlyArray<Record<string, unknown>>, dimensions: TrendDimension[]) {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const id = JSON.stringify(dimensions.map((d) => row[d]));
    expect(counts.has(id), `group ${id} given twice`).toBe(false);
    counts.set(id, row.count as number);
  }
  return counts;
}

const PAIRS: Array<[TrendDimension, TrendDimension]> = TREND_DIMENSIONS.flatMap((a, i) =>
  TREND_DIMENSIONS.slice(i + 1).map((b): [TrendDimension, TrendDimension] => [a, b]),
);

describe('countTrends on a real DuckDB, against counts computed from the corpus', () => {
  let store: PracticeStore;
  beforeAll(async () => {
    store = await openPracticeStore();
  });
  afterAll(() => store.close());

  it.each(TREND_DIMENSIONS.map((d) => [d]))('by %s', async (dimension) => {
    const rows = await countTrends(store, [dimension]);
    expect(actualCounts(rows, [dimension])).toEqual(expectedCounts(corpus, [dimension]));
  });

  it.each(PAIRS)('by %s and %s', async (a, b) => {
    const rows = await countTrends(store, `${a},${b}`);
    expect(actualCounts(rows, [a, b])).toEqual(expectedCounts(corpus, [a, b]));
  });

  it('by three dimensions, with a filter', async () => {
    const rows = await countTrends(store, 'region,kind,medal', { yearFrom: 2017 });
    const kept = corpus.filter((p) => p.year !== null && p.year >= 2017);
    expect(actualCounts(rows, ['region', 'kind', 'medal'])).toEqual(
      expectedCounts(kept, ['region', 'kind', 'medal']),
    );
  });

  it('gives the 2017 palmarès per category', async () => {
    const rows = await countTrends(store, 'year,category');
    expect(rows).toContainEqual({ year: 2017, category: 'Pilotage / Evaluation', count: 2 });
    expect(rows).toContainEqual({ year: 2017, category: 'Lien social', count: 3 });
    const of2017 = rows.filter((r) => r.year === 2017);
    expect(of2017.reduce((sum, r) => sum + r.count, 0)).toBe(38);
  });

  it('orders groups naturally, unknown last', async () => {
    const medals = await countTrends(store, 'medal');
    expect(medals.map((r) => r.medal)).toEqual(['or', 'argent', 'bronze', null]);
    const bands = await countTrends(store, 'populationBand');
    expect(bands.map((r) => r.populationBand)).toEqual([
      '2 000 – 10 000',
      '10 000 – 50 000',
      '50 000 – 200 000',
      '> 200 000',
    ]);
    const years = await countTrends(store, 'year');
    expect(years.map((r) => r.year)).toEqual([2009, 2017, 2023, null]);
    const categories = (await countTrends(store, 'category')).map((r) => r.category);
    // Accents do not push "Transition énergétique" after "Transition numérique".
    expect(categories.indexOf('Transition énergétique')).toBeLessThan(
      categories.indexOf('Transition numérique'),
    );
  });

  it('counts everything with no dimension', async () => {
    expect(await countTrends(store, [])).toEqual([{ count: corpus.length }]);
  });

  it('refuses a dimension outside the allow-list before any SQL runs, table intact', async () => {
    const error = await countTrends(store, 'category; drop table practices').catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('category; drop table practices');
    for (const d of TREND_DIMENSIONS) expect((error as Error).message).toContain(d);
    await expect(countTrends(store, ['year', 'p.id) FROM practices --'])).rejects.toThrow(
      ValidationError,
    );
    expect(await store.count()).toBe(corpus.length);
    expect(await store.all()).toEqual(corpus);
  });
});

describe('countTrends by policy area', () => {
  it('counts a practice once in an area it lists twice', async () => {
    const store = await openPracticeStore({ withBundledCorpus: false });
    try {
      await store.add([
        { ...corpus[0], id: 'twice', policyAreas: ['mobilite', 'sante', 'mobilite'] },
      ]);
      expect(await countTrends(store, 'policyArea')).toEqual([
        { policyArea: 'mobilite', count: 1 },
        { policyArea: 'sante', count: 1 },
      ]);
      expect((await store.get('twice'))?.policyAreas).toEqual(['mobilite', 'sante', 'mobilite']);
    } finally {
      await store.close();
    }
  });
});

describe('parseTrendDimensions', () => {
  it('accepts names, kebab-case and French aliases', () => {
    expect(parseTrendDimensions(' year , population-band,domaine ')).toEqual([
      'year',
      'populationBand',
      'policyArea',
    ]);
  });

  it('refuses duplicates and empty names', () => {
    expect(() => parseTrendDimensions('year,year')).toThrow(/each dimension once/);
    expect(() => parseTrendDimensions('year,')).toThrow(ValidationError);
  });
});
