import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK } from './top-k';

describe('TopK', () => {
  it('keeps the k best, best first', () => {
    const top = new TopK<string>(3);
    [0.2, 0.9, 0.5, 0.1, 0.7].forEach((score, doc) => top.push(doc, score, `d${doc}`));
    expect(top.drain().map((entry) => entry.doc)).toEqual([1, 4, 2]);
    expect(top.size).toBe(0);
  });

  it('breaks ties by key, then by doc', () => {
    const top = new TopK<string>(3);
    top.push(0, 0.5, 'c');
    top.push(1, 0.5, 'a');
    top.push(2, 0.5, 'b');
    top.push(3, 0.5, 'a');
    expect(top.drain().map((entry) => [entry.key, entry.doc])).toEqual([
      ['a', 1],
      ['a', 3],
      ['b', 2],
    ]);
  });

  it('reports the score to beat, rejects NaN, keeps nothing at capacity 0', () => {
    const top = new TopK<number>(2);
    expect(top.threshold).toBe(-Infinity);
    top.push(0, 0.3, 0);
    top.push(1, 0.6, 1);
    expect(top.threshold).toBe(0.3);
    expect(top.push(2, Number.NaN, 2)).toBe(false);
    expect(top.push(3, 0.2, 3)).toBe(false);
    expect(new TopK(0).push(0, 1, 'a')).toBe(false);
    expect(() => new TopK(-1)).toThrow(RangeError);
    expect(() => new TopK(1.5)).toThrow('TopK: capacity must be an integer ≥ 0, found 1.5');
    expect(() => new TopK(Number.NaN)).toThrow(RangeError);
  });

  it('says whether a push into a full heap replaced its worst entry', () => {
    const top = new TopK<number>(2);
    expect(top.push(0, 0.3, 5)).toBe(true);
    expect(top.push(1, 0.6, 6)).toBe(true);
    expect(top.push(2, 0.4, 7)).toBe(true); // replaces 0.3
    expect(top.push(3, 0.4, 9)).toBe(false); // equal to the worst, larger key
    expect(top.push(4, 0.4, 1)).toBe(true); // equal to the worst, smaller key
    expect(top.threshold).toBe(0.4);
    expect(top.drain()).toEqual([
      { doc: 1, score: 0.6, key: 6 },
      { doc: 4, score: 0.4, key: 1 },
    ]);
    expect(top.drain()).toEqual([]);
  });

  it('keeps the best of many entries pushed in increasing then decreasing order', () => {
    // Every push into the full heap sifts down through both children (a deep heap of 7).
    const top = new TopK<string>(7);
    const scores = [
      ...Array.from({ length: 20 }, (_, i) => i),
      ...Array.from({ length: 20 }, (_, i) => 40 - i),
    ];
    scores.forEach((score, doc) => top.push(doc, score, `k${String(doc).padStart(2, '0')}`));
    expect(top.drain().map((entry) => entry.score)).toEqual([40, 39, 38, 37, 36, 35, 34]);
  });

  it('gives what a full sort gives, whatever the order of the pushes', () => {
    const entry = fc.record({
      score: fc.constantFrom(0, 0.25, 0.5, 0.75, 1),
      key: fc.constantFrom('a', 'b', 'c', 'd'),
    });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 60 }),
        fc.integer({ min: 0, max: 20 }),
        (entries, k) => {
          const top = new TopK<string>(k);
          entries.forEach(({ score, key }, doc) => top.push(doc, score, key));
          const expected = entries
            .map(({ score, key }, doc) => ({ doc, score, key }))
            .sort(
              (a, b) =>
                b.score - a.score || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.doc - b.doc),
            )
            .slice(0, k);
          expect(top.drain()).toEqual(expected);
        },
      ),
    );
  });
});
