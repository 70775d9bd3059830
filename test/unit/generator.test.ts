import { describe, expect, it } from 'vitest';
import { checkPracticeRecord, readCatalogue } from '@essaimage/core';
import { CatalogueGenerator, syntheticId } from '../../bench/generate-catalogue';
import { loadCatalogueSources } from '../../bench/catalogue-cache';
import { RECORD_COLUMNS } from '@essaimage/core';
import { catalogueToCsv } from '../../bench/generator/catalogue-csv';
import { SeededRandom } from '../../bench/generator/random';

const sources = loadCatalogueSources();
const generator = new CatalogueGenerator(sources);
const COUNT = 3000;
const records = generator.generate(COUNT, 42);
const share = (predicate: (r: (typeof records)[number]) => boolean) =>
  records.filter(predicate).length / records.length;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = new SeededRandom(7);
    const b = new SeededRandom(7);
    const c = new SeededRandom(8);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const x of first) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('synthetic catalogue generator', () => {
  it('is deterministic for a seed, and differs across seeds', () => {
    const again = new CatalogueGenerator(sources).generate(200, 42);
    expect(again).toEqual(records.slice(0, 200));
    const other = generator.generate(200, 43);
    expect(other.map((r) => r.summary)).not.toEqual(records.slice(0, 200).map((r) => r.summary));
  });

  it('gives stable unique slug ids', () => {
    expect(records[5]!.id).toBe(syntheticId(42, 5));
    expect(new Set(records.map((r) => r.id)).size).toBe(COUNT);
  });

  it('produces records that pass the schema and readCatalogue with the official geography', () => {
    for (const r of records) expect(checkPracticeRecord(r).ok, r.id).toBe(true);
    const read = readCatalogue(records, {
      geography: sources.geography,
      policyAreas: new Set(sources.policyAreas.map((a) => a.code)),
    });
    expect(read.problems).toEqual([]);
    expect(read.practices).toHaveLength(COUNT);
    const coded = read.practices.filter((p) => p.collectivity.code !== null);
    expect(coded.every((p) => p.population !== null && p.region !== null)).toBe(true);
  });

  it('draws kinds in realistic proportions: mostly communes, some EPCI, few departments, rare regions', () => {
    const kind = (k: string) => share((r) => r.collectivity.kind === k);
    expect(kind('commune')).toBeGreaterThan(0.6);
    expect(kind('commune')).toBeLessThan(0.8);
    expect(kind('epci')).toBeGreaterThan(0.1);
    expect(kind('epci')).toBeLessThan(0.25);
    expect(kind('departement')).toBeGreaterThan(0.04);
    expect(kind('departement')).toBeLessThan(0.12);
    expect(kind('region')).toBeGreaterThan(0.01);
    expect(kind('region')).toBeLessThan(0.06);
  });

  it('weights communes toward larger ones, as awards are, with villages still present', () => {
    const read = readCatalogue(records, {
      geography: sources.geography,
      policyAreas: new Set(sources.policyAreas.map((a) => a.code)),
    });
    const pops = read.practices
      .filter((p) => p.collectivity.kind === 'commune')
      .map((p) => p.population as number)
      .sort((a, b) => a - b);
    const median = pops[pops.length >> 1]!;
    expect(median).toBeGreaterThan(1500);
    expect(median).toBeLessThan(15000);
    expect(pops.filter((p) => p < 1000).length).toBeGreaterThan(0);
    expect(pops.filter((p) => p > 100_000).length).toBeGreaterThan(0);
  });

  it('leaves about 30 % of budgets and 40 % of staff missing, and some years and awards', () => {
    expect(share((r) => r.budget === null)).toBeCloseTo(0.3, 1);
    expect(share((r) => r.staff === null)).toBeCloseTo(0.4, 1);
    expect(share((r) => r.year === null)).toBeGreaterThan(0.02);
    expect(share((r) => r.year === null)).toBeLessThan(0.1);
    expect(share((r) => r.award === null)).toBeCloseTo(0.15, 1);
  });

  it('spreads budgets log-normally over orders of magnitude', () => {
    const amounts = records
      .map((r) => r.budget?.amount)
      .filter((a): a is number => typeof a === 'number' && a > 0)
      .sort((a, b) => a - b);
    const p05 = amounts[Math.floor(amounts.length * 0.05)]!;
    const p95 = amounts[Math.floor(amounts.length * 0.95)]!;
    expect(p95 / p05).toBeGreaterThan(30);
    expect(amounts[amounts.length >> 1]!).toBeGreaterThan(3_000);
    expect(amounts[amounts.length >> 1]!).toBeLessThan(200_000);
  });

  it('keeps years in 1990–2025, medals and categories from the corpus, known policy areas', () => {
    const areas = new Set(sources.policyAreas.map((a) => a.code));
    for (const r of records) {
      if (r.year !== null) expect(r.year >= 1990 && r.year <= 2025).toBe(true);
      expect(r.policyAreas.length >= 1 && r.policyAreas.length <= 3).toBe(true);
      for (const a of r.policyAreas) expect(areas.has(a)).toBe(true);
    }
    expect(share((r) => r.award?.medal === 'or')).toBeGreaterThan(0.3);
    const categories = new Set(records.map((r) => r.award?.category).filter(Boolean));
    expect(categories.has('Ressources humaines')).toBe(true);
  });

  it('writes titles of 5–12 words and summaries of 40–200 words from the corpus vocabulary', () => {
    for (const r of records.slice(0, 500)) {
      expect(words(r.title)).toBeGreaterThanOrEqual(5);
      expect(words(r.title)).toBeLessThanOrEqual(12);
      expect(words(r.summary)).toBeGreaterThanOrEqual(40);
      expect(words(r.summary)).toBeLessThanOrEqual(200);
    }
    // Zipf-like: a handful of words make a large share of the text.
    const counts = new Map<string, number>();
    let total = 0;
    for (const r of records.slice(0, 500)) {
      for (const w of r.summary.toLowerCase().split(/\s+/)) {
        counts.set(w, (counts.get(w) ?? 0) + 1);
        total++;
      }
    }
    const top20 = [...counts.values()].sort((a, b) => b - a).slice(0, 20);
    const topShare = top20.reduce((a, b) => a + b, 0) / total;
    expect(topShare).toBeGreaterThan(0.15);
    expect(topShare).toBeLessThan(0.6);
    expect(counts.size).toBeGreaterThan(2000);
  });

  it('writes a CSV with one dotted column per field and one row per practice', () => {
    const csv = catalogueToCsv(records.slice(0, 10));
    const header = csv.slice(0, csv.indexOf('\n'));
    expect(header.split(',')).toEqual([...RECORD_COLUMNS]);
    expect(csv).toContain(records[0]!.id);
  });
});
