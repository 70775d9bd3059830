import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenMemo } from './token-memo';

describe('TokenMemo', () => {
  it('remembers what a Map would, through growth and clearing', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string(), fc.string()), { maxLength: 3000 }), (pairs) => {
        const memo = new TokenMemo();
        const map = new Map<string, string>();
        for (const [token, value] of pairs) {
          if (map.has(token)) continue;
          memo.set(token, value);
          map.set(token, value);
        }
        expect(memo.size).toBe(map.size);
        for (const [token] of pairs) expect(memo.get(token)).toBe(map.get(token));
        expect(memo.get('\u0000never')).toBe(map.get('\u0000never'));
        memo.clear();
        expect(memo.size).toBe(0);
        for (const [token] of pairs) expect(memo.get(token)).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });
});
