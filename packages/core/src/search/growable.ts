// Growth of the typed-array pools: by half again, so appends cost O(1) amortised with at most
// a third of the capacity unused.

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
