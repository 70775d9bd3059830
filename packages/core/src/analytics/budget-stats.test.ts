import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPracticeStore } from '../node/duckdb-store';
import type { PracticeStore } from '../store/practice-store';
import { budgetStats } from './budget-stats';

// Hand check, from data/practices.json:
// annual budgets: Belfort 13 000, Paris 9e crèche 15 000, Saverdun 19 000, Albi commerce 305 000,
//   Allauch 560 000 (the Grand Dax GIP's 300 000 are the GIP's, not a comparable cost). Five
//   amounts: median 19 000; q1 at rank 1 = 15 000; q3 at rank 3 = 305 000; mean 912 000 / 5 =
//   182 400.
// multi-year: Marseille 20 000, Dunkerque 48 000, Dax 250 404, Bordeaux Métropole 333 000:
//   median 149 202; q1 20 000 + 0.75 × 28 000 = 41 000; q3 250 404 + 0.25 × 82 596 = 271 053;
//   mean 651 404 / 4 = 162 851.
// silver medals: six practices; Cluny's budget has words but no amount, so five amounts:
//   Clichy 12 000, Belfort 13 000, Le Lamentin 25 000, Dunkerque 48 000, Sud Martinique 733 000:
//   median 25 000, q1 13 000, q3 48 000, mean 831 000 / 5 = 166 200.

describe('budgetStats on a real DuckDB, against a hand check', () => {
  let store: PracticeStore;
  beforeAll(async () => {
    store = await openPracticeStore();
  });
  afterAll(() => store.close());

  it('by budget period', async () => {
    const rows = await budgetStats(store, 'budgetPeriod');
    expect(rows.find((r) => r.budgetPeriod === 'annual')).toEqual({
      budgetPeriod: 'annual',
      practices: 5,
      withBudget: 5,
      min: 13_000,
      q1: 15_000,
      median: 19_000,
      q3: 305_000,
      max: 560_000,
      mean: 182_400,
    });
    expect(rows.find((r) => r.budgetPeriod === 'multi-year')).toEqual({
      budgetPeriod: 'multi-year',
      practices: 4,
      withBudget: 4,
      min: 20_000,
      q1: 41_000,
      median: 149_202,
      q3: 271_053,
      max: 333_000,
      mean: 162_851,
    });
  });

  it('by medal, counting practices without an amount apart', async () => {
    const rows = await budgetStats(store, ['medal']);
    expect(rows.find((r) => r.medal === 'argent')).toEqual({
      medal: 'argent',
      practices: 6,
      withBudget: 5,
      min: 12_000,
      q1: 13_000,
      median: 25_000,
      q3: 48_000,
      max: 733_000,
      mean: 166_200,
    });
  });

  it('gives nulls for a group without any amount', async () => {
    // The undated practices (the Cap Collectif examples, Malaunay, Chambéry) say nothing about cost.
    const rows = await budgetStats(store, 'year');
    expect(rows.find((r) => r.year === null)).toEqual({
      year: null,
      practices: 8,
      withBudget: 0,
      min: null,
      q1: null,
      median: null,
      q3: null,
      max: null,
      mean: null,
    });
  });

  it('applies a filter', async () => {
    const [all] = await budgetStats(store, []);
    const [cheap] = await budgetStats(store, [], { maxBudget: 20_000, includeUnknown: false });
    expect(all.practices).toBe(49);
    // Known amounts of at most 20 000: 0 × 5, 4 836, 5 000, 5 205, 10 000 (an upper bound),
    // 12 000, 13 000 × 2, 15 000, 19 000, 20 000: fifteen, whose middle one is 5 205.
    expect(cheap).toMatchObject({ practices: 15, withBudget: 15, min: 0, max: 20_000 });
    expect(cheap.median).toBe(5_205);
  });
});
