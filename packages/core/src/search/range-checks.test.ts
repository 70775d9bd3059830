import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allBelowInt32, allBelowUint16, allBelowUint32, allBelowUint8 } from './range-checks';

type Check<T> = (values: T, limit: number) => boolean;

// The values at every offset 0..3 of a buffer (aligned, then not), so that both the 32-bit
// words and the element-by-element tails are exercised.
function atEveryOffset<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
  make: (buffer: ArrayBuffer, byteOffset: number, length: number) => T,
  bytesPerElement: number,
  values: readonly number[],
): T[] {
  return [0, 1, 2, 3].map((shift) => {
    const view = make(new ArrayBuffer((values.length + 4) * bytesPerElement), 0, 0);
    const at = make(view.buffer as ArrayBuffer, shift * bytesPerElement, values.length);
    at.set(values);
    return at;
  });
}

function agreesWithEvery<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
  check: Check<T>,
  make: (buffer: ArrayBuffer, byteOffset: number, length: number) => T,
  bytesPerElement: number,
  value: fc.Arbitrary<number>,
  limit: fc.Arbitrary<number>,
): void {
  fc.assert(
    fc.property(fc.array(value, { maxLength: 23 }), limit, (values, max) => {
      const expected = values.every((v) => v >= 0 && v < max);
      for (const array of atEveryOffset(make, bytesPerElement, values)) {
        expect(check(array, max)).toBe(expected);
      }
    }),
    { numRuns: 400 },
  );
}

// Limits around the edges of each trick: 0, 1, the byte trick's 128, a byte's 256, 2^16.
const limits = (...edges: number[]) =>
  fc.oneof(fc.constantFrom(...edges), fc.integer({ min: 0, max: Math.max(...edges) }));

describe('range checks', () => {
  it('allBelowUint8 agrees with a plain comparison, for any limit and alignment', () => {
    agreesWithEvery(
      allBelowUint8,
      (b, o, n) => new Uint8Array(b, o, n),
      1,
      fc.oneof(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 30 })),
      limits(0, 1, 24, 127, 128, 129, 255, 256),
    );
  });

  it('allBelowUint16 agrees with a plain comparison', () => {
    agreesWithEvery(
      allBelowUint16,
      (b, o, n) => new Uint16Array(b, o, n),
      2,
      fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 300 })),
      limits(0, 1, 300, 0xffff, 0x10000, 0x7fffffff),
    );
  });

  it('allBelowUint32 agrees with a plain comparison', () => {
    agreesWithEvery(
      allBelowUint32,
      (b, o, n) => new Uint32Array(b, o, n),
      4,
      fc.oneof(
        fc.integer({ min: 0, max: 0xffffffff }).map((v) => v >>> 0),
        fc.nat(70_000),
      ),
      limits(0, 1, 70_000, 0x7fffffff),
    );
  });

  it('allBelowInt32 agrees with a plain comparison, negative values included', () => {
    agreesWithEvery(
      allBelowInt32,
      (b, o, n) => new Int32Array(b, o, n),
      4,
      fc.oneof(fc.integer({ min: -0x80000000, max: 0x7fffffff }), fc.integer({ min: -2, max: 50 })),
      limits(0, 1, 50, 0x7fffffff),
    );
  });

  it('finds the one value out of range in any lane of a 32-bit word', () => {
    for (let at = 0; at < 11; at++) {
      const bytes = new Uint8Array(11);
      bytes[at] = 24;
      expect(allBelowUint8(bytes, 24)).toBe(false);
      expect(allBelowUint8(bytes, 25)).toBe(true);
      const halves = new Uint16Array(11);
      halves[at] = 43_319;
      expect(allBelowUint16(halves, 43_319)).toBe(false);
      expect(allBelowUint16(halves, 43_320)).toBe(true);
    }
  });
});
