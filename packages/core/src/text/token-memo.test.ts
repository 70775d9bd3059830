import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBuffer } from './token-buffer';
import { TokenMemo } from './token-memo';

describe('TokenMemo', () => {
  it('remembers what a Map would, through growth and clearing', () => {
    const pairs = fc.array(
      fc.tuple(fc.string({ maxLength: 30 }), fc.integer({ min: -1, max: 1e6 })),
      { maxLength: 3000 },
    );
    fc.assert(
      fc.property(pairs, (entries) => {
        const memo = new TokenMemo();
        const map = new Map<string, number>();
        const tokens = new TokenBuffer();
        const lookUp = (i: number) =>
          memo.get(tokens.words, tokens.starts[i] >> 1, tokens.lengths[i]);
        tokens.fill(entries.map(([token]) => token));
        entries.forEach(([token, value], i) => {
          if (map.has(token)) return;
          memo.set(tokens.words, tokens.starts[i] >> 1, tokens.lengths[i], value);
          map.set(token, value);
        });
        expect(memo.size).toBe(map.size);
        entries.forEach(([token], i) => expect(lookUp(i)).toBe(map.get(token)));
        tokens.fill(['\u0000never', 'ab\u0000', 'a', 'a'.repeat(31)]);
        for (let i = 0; i < tokens.count; i++) {
          expect(lookUp(i)).toBe(map.get(tokens.token(i)) ?? TokenMemo.ABSENT);
        }
        memo.clear();
        expect(memo.size).toBe(0);
        tokens.fill(entries.map(([token]) => token));
        entries.forEach((_, i) => expect(lookUp(i)).toBe(TokenMemo.ABSENT));
      }),
      { numRuns: 30 },
    );
  });
});
