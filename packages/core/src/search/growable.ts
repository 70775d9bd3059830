// Growth of the typed-array pools: by half again, so appends cost O(1) amortised with at most
// a third of the capacity unused.

/**
 * Codes into a {@link TfPalette}: 16 bits while the palette holds at most 65,536 values (always,
 * in practice), 32 bits past that.
 */
export type TfCodes = Uint16Array | Uint32Array;

/** The most codes a {@link TfCodes} of 16 bits can hold. */
export const NARROW_CODE_LIMIT = 0x10000;

function nextCapacity(current: number, needed: number): number {
  return Math.max(needed, Math.ceil(current * 1.5), 16);
}

/** `array` if it holds `needed` elements, else a larger copy. */
export function ensureInt32(array: Int32Array, needed: number): Int32Array {
  if (needed <= array.length) return array;
  const grown = new Int32Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

/** `array` if it holds `needed` elements, else a larger copy. */
export function ensureFloat64(array: Float64Array, needed: number): Float64Array {
  if (needed <= array.length) return array;
  const grown = new Float64Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

/** `array` if it holds `needed` elements, else a larger copy. */
export function ensureUint8(array: Uint8Array, needed: number): Uint8Array {
  if (needed <= array.length) return array;
  const grown = new Uint8Array(nextCapacity(array.length, needed));
  grown.set(array);
  return grown;
}

/** `codes` if it holds `needed` elements, else a larger copy of the same width. */
export function ensureCodes(codes: TfCodes, needed: number): TfCodes {
  if (needed <= codes.length) return codes;
  const capacity = nextCapacity(codes.length, needed);
  const grown =
    codes instanceof Uint16Array ? new Uint16Array(capacity) : new Uint32Array(capacity);
  grown.set(codes);
  return grown;
}

/** Empty codes of `length`, as wide as `like`. */
export function codesLike(like: TfCodes, length: number): TfCodes {
  return like instanceof Uint16Array ? new Uint16Array(length) : new Uint32Array(length);
}

/** The same codes on 32 bits. */
export function widenCodes(codes: TfCodes): Uint32Array {
  if (codes instanceof Uint32Array) return codes;
  const wide = new Uint32Array(codes.length);
  wide.set(codes);
  return wide;
}
