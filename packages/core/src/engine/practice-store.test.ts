import { describe, expect, it } from 'vitest';
import { loadBundledCorpus } from '../node/bundled-corpus';
import { barePractice } from './bare-practice.fixture';
import type { Practice } from '../practice/record';
import { PracticeStore } from './practice-store';

describe('PracticeStore', () => {
  const corpus = loadBundledCorpus();

  it('gives back every practice equal to the one held, as a new object each time', () => {
    const store = new PracticeStore();
    corpus.forEach((practice, doc) => store.set(doc, practice));
    expect(store.size).toBe(corpus.length);
    corpus.forEach((practice, doc) => {
      const got = store.get(doc);
      expect(got).toEqual(practice);
      expect(got).not.toBe(practice);
      expect(store.get(doc)).not.toBe(got);
    });
    expect(store.bytes).toBeLessThan(
      corpus.reduce((sum, p) => sum + JSON.stringify(p).length, 0) / 2,
    );
  });

  it('gives back a text with a lone surrogate (its JSON escapes it)', () => {
    const store = new PracticeStore();
    store.set(0, barePractice('a', 'jardins \uD800', 'partagés \uDFFF fin'));
    expect(store.get(0)?.title).toBe('jardins \uD800');
    expect(store.get(0)?.summary).toBe('partagés \uDFFF fin');
  });

  it('tells apart results that are null, empty or long, whatever the texts before them', () => {
    const store = new PracticeStore();
    const long = 'des résultats mesurés, '.repeat(400); // codes of more than 127 bytes
    store.set(0, barePractice('a', '', 'jardins', { results: null }));
    store.set(1, barePractice('b', long, '', { results: '' }));
    store.set(2, barePractice('c', 'vergers', long, { results: `${long}\uDBFF` }));
    expect(store.get(0)).toMatchObject({ title: '', summary: 'jardins', results: null });
    expect(store.get(1)).toMatchObject({ title: long, summary: '', results: '' });
    expect(store.get(2)).toMatchObject({
      title: 'vergers',
      summary: long,
      results: `${long}\uDBFF`,
    });
    expect(store.at(2)?.results).toBe(`${long}\uDBFF`);
  });

  it('packs texts whose codes outgrow its buffers, one after the other', () => {
    const store = new PracticeStore();
    // Numbers of six digits are written literally: some 8 bytes each, 16 KB a text.
    const numbers = (from: number) =>
      Array.from({ length: 2_000 }, (_, i) => String(from + i * 7)).join(' ');
    const [title, summary, results] = [numbers(100_000), numbers(300_000), numbers(500_000)];
    store.set(0, barePractice('a', title, summary, { results }));
    store.set(1, barePractice('b', summary, 'court', { results: title }));
    expect(store.get(0)).toMatchObject({ title, summary, results });
    expect(store.get(1)).toMatchObject({ title: summary, summary: 'court', results: title });
    expect(store.bytes).toBeGreaterThan(5 * 16_000);
  });

  it('gives back a missing text as null and a text of another type as JSON would', () => {
    const store = new PracticeStore();
    const { results: _, ...noResults } = barePractice('a', 'jardins', 'partagés');
    store.set(0, noResults as Practice);
    store.set(1, { ...barePractice('b', 'vergers', 'x'), summary: 42 as unknown as string });
    expect(store.get(0)?.results).toBeNull();
    expect(store.get(1)?.summary).toBe(42);
  });

  it('gives the engine each practice with its facts, and its texts when read', () => {
    const store = new PracticeStore();
    corpus.forEach((practice, doc) => store.set(doc, practice));
    corpus.forEach((practice, doc) => {
      const read = store.at(doc) as (typeof corpus)[number];
      expect(read.population).toBe(practice.population);
      expect(read.title).toBe(practice.title);
      expect({ ...read }).toEqual(practice);
    });
  });

  it('keeps the last practices read for the engine: at() gives the same object until it is replaced', () => {
    const store = new PracticeStore();
    store.set(0, barePractice('a', 'jardins', 'partagés'));
    const first = store.at(0);
    expect(store.at(0)).toBe(first);
    store.set(0, barePractice('a', 'vergers', 'partagés'));
    expect(store.at(0)?.title).toBe('vergers');
  });

  it('leaves holes for doc numbers without a practice and forgets deleted ones', () => {
    const store = new PracticeStore();
    store.set(3, barePractice('c', 'c', 'c'));
    store.set(1, barePractice('a', 'a', 'a'));
    expect(store.length).toBeGreaterThanOrEqual(4);
    expect([0, 1, 2, 3].map((doc) => store.has(doc))).toEqual([false, true, false, true]);
    expect(store.get(0)).toBeUndefined();
    expect(store.at(2)).toBeUndefined();
    expect(store.get(99)).toBeUndefined();
    store.delete(3);
    store.delete(3);
    expect(store.has(3)).toBe(false);
    expect(store.at(3)).toBeUndefined();
    expect(store.size).toBe(1);
  });

  it('lists its doc numbers in the order their practices were added', () => {
    const store = new PracticeStore();
    store.set(5, barePractice('e', 'e', 'e'));
    store.set(2, barePractice('b', 'b', 'b'));
    store.set(7, barePractice('g', 'g', 'g'));
    store.set(5, barePractice('e', 'e again', 'e'));
    expect(store.docs()).toEqual([2, 7, 5]);
  });

  it('reclaims the bytes of removed practices and still gives back the others', () => {
    const store = new PracticeStore();
    const rounds = 40; // enough replaced bytes to outweigh the live ones many times over
    for (let round = 0; round < rounds; round++) {
      corpus.forEach((practice, doc) => store.set(doc, { ...practice, year: round }));
    }
    expect(store.size).toBe(corpus.length);
    corpus.forEach((practice, doc) =>
      expect(store.get(doc)).toEqual({ ...practice, year: rounds - 1 }),
    );
    const live = store.bytes;
    for (let doc = 1; doc < corpus.length; doc++) store.delete(doc);
    expect(store.bytes).toBeLessThan(live);
    expect(store.get(0)).toEqual({ ...corpus[0], year: rounds - 1 });
  });
});
