// Range checks of a whole typed array, for validating a serialised index (see
// index-binary-format.ts): millions of elements at load, so they are written for speed.
//  - One function per array type: a loop that reads several kinds of typed arrays goes
//    polymorphic, then megamorphic, in V8, and is several times slower.
//  - No branch: for v ≥ 0, limit - 1 - v is negative exactly when v ≥ limit, and
//    v | (limit - 1 - v) also when v < 0; the sign bits are ORed together.
//  - The narrow arrays are read 32 bits at a time where aligned: 4 times faster for bytes,
//    1.6 times for 16-bit values.

/** Whether every value is below `limit` (0 ≤ limit ≤ 2^31). */
export function allBelowUint8(values: Uint8Array, limit: number): boolean {
  let next = 0;
  let high = 0;
  if (limit <= 128 && values.byteOffset % 4 === 0) {
    // Adding 128 - limit to a byte below 128 sets its high bit exactly when it is ≥ limit
    // (without a carry into the next byte); a byte from 128 up has that bit already.
    const words = new Uint32Array(values.buffer, values.byteOffset, values.length >> 2);
    const add = Math.imul(0x01010101, 128 - limit);
    for (let i = 0; i < words.length; i++) high |= (words[i] + add) | words[i];
    next = words.length * 4;
  }
  let outside = 0;
  for (let i = next; i < values.length; i++) outside |= limit - 1 - values[i];
  return (high & 0x80808080) === 0 && outside >= 0;
}

/** Whether every value is below `limit` (0 ≤ limit ≤ 2^31). */
export function allBelowUint16(values: Uint16Array, limit: number): boolean {
  let next = 0;
  let outside = 0;
  if (values.byteOffset % 4 === 0) {
    // Two words, four values, at a time.
    const words = new Uint32Array(values.buffer, values.byteOffset, (values.length >> 2) << 1);
    const max = limit - 1;
    for (let i = 0; i < words.length; i += 2) {
      const a = words[i];
      const b = words[i + 1];
      outside |=
        (max - (a & 0xffff)) | (max - (a >>> 16)) | (max - (b & 0xffff)) | (max - (b >>> 16));
    }
    next = words.length * 2;
  }
  for (let i = next; i < values.length; i++) outside |= limit - 1 - values[i];
  return outside >= 0;
}

/**
 * Whether every value is below `limit` (0 ≤ limit ≤ 2^31). limit - 1 - v would not fit in 32
 * bits for every uint32 v: compared instead.
 */
export function allBelowUint32(values: Uint32Array, limit: number): boolean {
  let inside = true;
  for (let i = 0; i < values.length; i++) inside = inside && values[i] < limit;
  return inside;
}

/** Whether every value is in 0 .. limit - 1 (0 ≤ limit ≤ 2^31). */
export function allBelowInt32(values: Int32Array, limit: number): boolean {
  const max = limit - 1;
  const length = values.length;
  let outside = 0;
  let i = 0;
  // Four at a time: fewer loop steps (V8 does not unroll), about 1.5 times faster.
  for (const end = length - (length % 4); i < end; i += 4) {
    const a = values[i];
    const b = values[i + 1];
    const c = values[i + 2];
    const d = values[i + 3];
    outside |= a | b | c | d | (max - a) | (max - b) | (max - c) | (max - d);
  }
  for (; i < length; i++) outside |= values[i] | (max - values[i]);
  return outside >= 0;
}
