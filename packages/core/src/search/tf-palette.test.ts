import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TfPalette } from './tf-palette';
import { sublinearTf } from './tf-idf-weighting';

describe('TfPalette', () => {
  it('codes a raw tf as it codes its sublinear tf, cached or not', () => {
    const tf = fc.oneof(
      fc.integer({ min: 1, max: 80 }),
      fc.double({ min: 1e-6, max: 100, noNaN: true }),
      fc.constantFrom(0.5, 1, 2.5, 63, 64, 65),
    );
    fc.assert(
      fc.property(fc.array(tf, { maxLength: 300 }), (tfs) => {
        const cached = new TfPalette();
        const plain = new TfPalette();
        for (const value of tfs) {
          expect(cached.codeOfTf(value)).toBe(plain.codeOf(sublinearTf(value)));
        }
        expect(cached.values.subarray(0, cached.size)).toEqual(
          plain.values.subarray(0, plain.size),
        );
      }),
    );
  });

  it('finds every value again, by the same code, once its table has grown', () => {
    const palette = new TfPalette();
    const values = Array.from({ length: 5000 }, (_, i) => 1 + i / 7);
    const codes = values.map((value) => palette.codeOf(value));
    expect(codes).toEqual(values.map((_, i) => i)); // in order of first appearance
    expect(values.map((value) => palette.codeOf(value))).toEqual(codes);
    expect(palette.size).toBe(5000);
    expect(Array.from(palette.values.subarray(0, palette.size))).toEqual(values);
  });
});
