import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundledCorpus, loadPolicyAreas } from '../node/bundled-corpus';
import { connectDuckDBNode } from '../node/duckdb-node';
import { openPracticeStore } from '../node/duckdb-store';
import { ValidationError } from '../practice/problem';
import { trickyPractice } from '../../../../test/fixtures/tricky-practice';
import { PracticeStore } from './practice-store';

const corpus = loadBundledCorpus();

describe('PracticeStore on a real DuckDB (Node)', () => {
  let store: PracticeStore;
  beforeAll(async () => {
    store = await PracticeStore.open(await connectDuckDBNode(), { policyAreas: loadPolicyAreas() });
    await store.add(corpus);
  });
  afterAll(() => store.close());

  it('gives back every practice exactly as added, in order', async () => {
    expect(await store.count()).toBe(corpus.length);
    const all = await store.all();
    expect(all).toEqual(corpus);
    // Same keys in the same order: a JSON export is byte for byte the corpus.
    expect(JSON.stringify(all)).toBe(JSON.stringify(corpus));
    expect(await store.ids()).toEqual(corpus.map((p) => p.id));
  });

  it('gets one practice by id, and undefined for an unknown id', async () => {
    const damparis = corpus.find((p) => p.id === 'damparis-reinventer-ateliers-municipaux');
    expect(await store.get('damparis-reinventer-ateliers-municipaux')).toEqual(damparis);
    expect(await store.get("nope' OR '1'='1")).toBeUndefined();
  });

  it('keeps the taxonomy', async () => {
    const areas = await store.policyAreas();
    expect(areas.map((a) => a.code).sort()).toEqual(
      loadPolicyAreas()
        .map((a) => a.code)
        .sort(),
    );
  });

  it('round-trips text with \', ", ;, -- and <script> unchanged', async () => {
    const tricky = trickyPractice(corpus[0]);
    const result = await store.add([tricky]);
    expect(result.added).toEqual(['tricky-text-practice']);
    expect(await store.get('tricky-text-practice')).toEqual(tricky);
    expect(await store.count()).toBe(corpus.length + 1);
  });

  it('adding the same practices again changes nothing', async () => {
    const before = await store.count();
    const result = await store.add(corpus);
    expect(result).toEqual({ added: [], unchanged: corpus.map((p) => p.id) });
    expect(await store.count()).toBe(before);
  });

  it('refuses a different practice under a stored id, and writes nothing', async () => {
    const before = await store.count();
    const changed = { ...corpus[1], title: 'Un autre titre' };
    const fresh = { ...corpus[2], id: 'a-brand-new-id' };
    const error = await store
      .add([fresh, changed], { where: (i) => `cat.csv line ${i + 2}` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const problems = (error as ValidationError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ where: 'cat.csv line 3', field: 'id' });
    expect(problems[0].found).toContain('different content (title)');
    expect(await store.count()).toBe(before);
    expect(await store.get('a-brand-new-id')).toBeUndefined();
  });

  it('writes all or nothing: a row DuckDB refuses midway leaves no practice behind', async () => {
    const before = await store.count();
    const good = { ...corpus[3], id: 'atomic-good' };
    // A null area breaks practice_areas' NOT NULL, after the practices rows went in.
    const bad = { ...corpus[4], id: 'atomic-bad', policyAreas: [null as unknown as string] };
    await expect(store.add([good, bad])).rejects.toThrow();
    expect(await store.count()).toBe(before);
    expect(await store.get('atomic-good')).toBeUndefined();
    expect(await store.ids()).not.toContain('atomic-bad');
    // The store still works, and the good practice goes in on its own.
    expect((await store.add([good])).added).toEqual(['atomic-good']);
  });

  it('refuses an id given twice in one call', async () => {
    const twin = { ...corpus[0], id: 'twin-id' };
    await expect(store.add([twin, twin])).rejects.toThrow(/twin-id/);
    expect(await store.get('twin-id')).toBeUndefined();
  });
});

describe('PracticeStore in a DuckDB file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'essaimage-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps its practices between openings, and fills a new file once', async () => {
    const path = join(dir, 'catalogue.duckdb');
    const first = await openPracticeStore({ path });
    expect(await first.count()).toBe(corpus.length);
    await first.add([trickyPractice(corpus[0])]);
    await first.close();

    const second = await openPracticeStore({ path });
    expect(await second.count()).toBe(corpus.length + 1);
    expect(await second.get('tricky-text-practice')).toEqual(trickyPractice(corpus[0]));
    expect(await second.all()).toEqual([...corpus, trickyPractice(corpus[0])]);
    await second.close();
  });

  it('creates an empty file store on request', async () => {
    const path = join(dir, 'empty.duckdb');
    const store = await openPracticeStore({ path, withBundledCorpus: false });
    expect(await store.count()).toBe(0);
    await store.close();
    const again = await openPracticeStore({ path });
    expect(await again.count()).toBe(0);
    await again.close();
  });
});

describe('connectDuckDBNode with a path', () => {
  it('refuses a file DuckDB would only read (a JSON file), instead of keeping writes in memory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'essaimage-not-db-'));
    try {
      const path = join(dir, 'catalogue.json');
      writeFileSync(path, '[{"a": 1}]');
      await expect(connectDuckDBNode({ path })).rejects.toThrow(/not a DuckDB database file/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
