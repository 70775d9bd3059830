import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDuckDBWasm, type WasmDatabase } from '../../../../test/fixtures/duckdb-wasm-in-node';
import { trickyPractice } from '../../../../test/fixtures/tricky-practice';
import { distinctiveTerms } from '../analytics/distinctive-terms';
import { countTrends } from '../analytics/trends';
import { loadBundledCorpus, loadPolicyAreas } from '../node/bundled-corpus';
import { connectDuckDBWasm } from './duckdb-wasm';
import { PracticeStore } from './practice-store';

const corpus = loadBundledCorpus();

describe('PracticeStore on DuckDB-wasm (the browser engine, run in a Node worker)', () => {
  let wasm: WasmDatabase;
  let store: PracticeStore;
  beforeAll(async () => {
    wasm = await startDuckDBWasm();
    store = await PracticeStore.open(await connectDuckDBWasm(wasm.db), {
      policyAreas: loadPolicyAreas(),
    });
    await store.add([...corpus, trickyPractice(corpus[0])]);
  }, 60_000);
  afterAll(async () => {
    await store.close();
    await wasm.terminate();
  });

  it('gives back every practice exactly, special characters included', async () => {
    expect(await store.all()).toEqual([...corpus, trickyPractice(corpus[0])]);
  });

  it('filters with bound parameters', async () => {
    const expected = corpus
      .filter((p) => p.collectivity.kind === 'commune' && (p.population ?? Infinity) <= 10_000)
      .map((p) => p.id);
    expect(await store.ids({ kinds: ['commune'], populationMax: 10_000 })).toEqual(expected);
  });

  it('runs the trends, lists included', async () => {
    const rows = await countTrends(store, 'year,category', { yearFrom: 2017, yearTo: 2017 });
    expect(rows).toContainEqual({ year: 2017, category: 'Pilotage / Evaluation', count: 2 });
    const areas = await countTrends(store, 'policyArea');
    expect(areas.length).toBeGreaterThan(10);
  });

  it('hands each group its practice ids as a list', async () => {
    const seen: string[][] = [];
    const ranker = {
      topTerms: (ids: Iterable<string>) => {
        seen.push([...ids]);
        return [];
      },
    };
    const rows = await distinctiveTerms(store, ranker, 'medal');
    expect(rows.map((r) => [r.medal, r.practices])).toContainEqual(['argent', 6]);
    expect(seen.flat().sort()).toEqual([...corpus.map((p) => p.id), 'tricky-text-practice'].sort());
  });

  it('adds nothing twice', async () => {
    const result = await store.add(corpus);
    expect(result.added).toEqual([]);
    expect(await store.count()).toBe(corpus.length + 1);
  });
});
