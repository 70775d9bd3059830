/**
 * Unsigned integers as LEB128 varints (seven bits a byte, the high bit set on all bytes but the
 * last): the codes of a {@link WordCodec} and the lengths of a practice's packed texts.
 */

/** Writes `value` (a non-negative int32) at `at`; returns where the next byte goes. */
export function writeVarint(out: Uint8Array, at: number, value: number): number {
  while (value >= 0x80) {
    out[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  out[at++] = value;
  return at;
}

/** Reads the varint at `cursor.at`, moving the cursor past it. */
export function readVarint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  let shift = 0;
  let byte: number;
  do {
    byte = bytes[cursor.at++] as number;
    value |= (byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return value;
}
