import type { TfCodes } from './growable';
import type { IndexSnapshot } from './index-snapshot';
import { allBelowInt32, allBelowUint16, allBelowUint32 } from './range-checks';

// Layout, version 1. A header of 48 bytes, little-endian:
//   0 magic "ESTF" | 4 version | 8 flags | 12 docCount | 16 termCount | 20 entryCount
//   24 paletteSize | 28 string UTF-16 units | 32 string UTF-8 bytes | 36 total byte length
//   40 reserved (8 bytes of 0)
// flags: bit 0, term ids stored as uint16; bits 1-2, the width of the tf codes (1: uint8,
// 2: uint16, 3: uint32), the narrowest the palette allows.
// Then sections, each starting on a multiple of 8:
//   alive u8[docCount] | docLengths i32[docCount] | entryTerms (u16|i32)[entryCount]
//   | entryTfCodes [entryCount] | postingStart i32[termCount + 1] | postingDocs i32[entryCount]
//   | postingTfCodes [entryCount] | palette f64[paletteSize]
//   | string lengths u32[docCount + 2 termCount] (UTF-16 units: ids, terms, surfaces)
//   | the strings' UTF-8 bytes, concatenated.
// Typed-array sections are in the platform's byte order, which must be little-endian (every
// browser and Node platform in use); a big-endian platform refuses to write or read.

const MAGIC = 'ESTF';
const VERSION = 1;
const HEADER_BYTES = 48;
const FLAG_UINT16_TERMS = 1;
const CODES_SHIFT = 1;
const CODES_UINT8 = 1;
const CODES_UINT16 = 2;
const CODES_UINT32 = 3;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** Writes a snapshot in the binary format above. */
export function encodeIndexSnapshot(snapshot: IndexSnapshot): Uint8Array {
  assertLittleEndian('serialize');
  const { ids, alive, docLengths, terms, surfaces, palette } = snapshot;
  const { entryTerms, entryTfCodes, postingStart, postingDocs, postingTfCodes } = snapshot;
  const docCount = ids.length;
  const termCount = terms.length;
  const entryCount = entryTerms.length;
  const narrowTerms = termCount <= 0x10000;
  const codes =
    palette.length <= 0x100 ? CODES_UINT8 : palette.length <= 0x10000 ? CODES_UINT16 : CODES_UINT32;
  const strings = [...ids, ...terms, ...surfaces];
  const stringLengths = Uint32Array.from(strings, (s) => s.length);
  const joined = strings.join('');
  const stringBytes = new TextEncoder().encode(joined);

  const sections: TypedArray[] = [
    alive.subarray(0, docCount),
    docLengths.subarray(0, docCount),
    narrowTerms ? copyInto(new Uint16Array(entryCount), entryTerms) : entryTerms,
    codesOfWidth(entryTfCodes, codes),
    postingStart,
    postingDocs,
    codesOfWidth(postingTfCodes, codes),
    palette,
    stringLengths,
    stringBytes,
  ];
  let total = HEADER_BYTES;
  for (const section of sections) total = align8(total) + section.byteLength;
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  for (let i = 0; i < MAGIC.length; i++) out[i] = MAGIC.charCodeAt(i);
  header.setUint32(4, VERSION, true);
  header.setUint32(8, (narrowTerms ? FLAG_UINT16_TERMS : 0) | (codes << CODES_SHIFT), true);
  header.setUint32(12, docCount, true);
  header.setUint32(16, termCount, true);
  header.setUint32(20, entryCount, true);
  header.setUint32(24, palette.length, true);
  header.setUint32(28, joined.length, true);
  header.setUint32(32, stringBytes.byteLength, true);
  header.setUint32(36, total, true);
  let at = HEADER_BYTES;
  for (const section of sections) {
    at = align8(at);
    out.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), at);
    at += section.byteLength;
  }
  return out;
}

/**
 * Reads a snapshot written by {@link encodeIndexSnapshot}. Throws an Error naming the problem
 * on anything else, and checks the structure (every offset, term id, tf code and doc number
 * in range), so that damaged bytes cannot make the index read out of bounds; it does not
 * check that both layouts hold the same entries.
 */
export function decodeIndexSnapshot(bytes: Uint8Array): IndexSnapshot {
  assertLittleEndian('deserialize');
  const fail = (what: string): never => {
    throw new Error(`TfIdfIndex.deserialize: ${what}`);
  };
  if (bytes.byteLength < HEADER_BYTES) {
    fail(`expected at least ${HEADER_BYTES} bytes, found ${bytes.byteLength}`);
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MAGIC) {
    fail(`not a serialised TfIdfIndex (expected magic "${MAGIC}", found "${magic}")`);
  }
  const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const version = header.getUint32(4, true);
  if (version !== VERSION) fail(`format version ${version} is not supported (expected ${VERSION})`);
  const flags = header.getUint32(8, true);
  const narrowTerms = (flags & FLAG_UINT16_TERMS) !== 0;
  const codes = (flags >> CODES_SHIFT) & 3;
  const docCount = header.getUint32(12, true);
  const termCount = header.getUint32(16, true);
  const entryCount = header.getUint32(20, true);
  const paletteSize = header.getUint32(24, true);
  const stringUnits = header.getUint32(28, true);
  const stringByteCount = header.getUint32(32, true);
  const total = header.getUint32(36, true);
  if (bytes.byteLength !== total) {
    fail(`expected ${total} bytes, found ${bytes.byteLength} (truncated?)`);
  }
  if (codes === 0) fail('unknown tf code width');

  let at = HEADER_BYTES;
  const next = (byteLength: number): number => {
    at = align8(at);
    if (at + byteLength > total) fail('a section runs past the end of the data');
    const from = bytes.byteOffset + at;
    at += byteLength;
    return from;
  };
  // A section the index keeps: copied, so that the caller's bytes can be reused.
  const take = (byteLength: number): ArrayBuffer => {
    const from = next(byteLength);
    return bytes.buffer.slice(from, from + byteLength) as ArrayBuffer;
  };
  // A section only read while loading: viewed in place when its alignment allows.
  const shared =
    typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer;
  const peek = (byteLength: number, alignment: number): { buffer: ArrayBuffer; offset: number } => {
    const from = next(byteLength);
    if (from % alignment === 0 && !shared)
      return { buffer: bytes.buffer as ArrayBuffer, offset: from };
    return { buffer: bytes.buffer.slice(from, from + byteLength) as ArrayBuffer, offset: 0 };
  };
  const takeCodes = (): TfCodes => {
    if (codes === CODES_UINT8) {
      const { buffer, offset } = peek(entryCount, 1);
      return copyInto(new Uint16Array(entryCount), new Uint8Array(buffer, offset, entryCount));
    }
    if (codes === CODES_UINT16) return new Uint16Array(take(2 * entryCount));
    return new Uint32Array(take(4 * entryCount));
  };
  const alive = new Uint8Array(take(docCount));
  const docLengths = new Int32Array(take(4 * docCount));
  let entryTerms: Int32Array;
  if (narrowTerms) {
    const { buffer, offset } = peek(2 * entryCount, 2);
    entryTerms = copyInto(new Int32Array(entryCount), new Uint16Array(buffer, offset, entryCount));
  } else {
    entryTerms = new Int32Array(take(4 * entryCount));
  }
  const entryTfCodes = takeCodes();
  const postingStart = new Int32Array(take(4 * (termCount + 1)));
  const postingDocs = new Int32Array(take(4 * entryCount));
  const postingTfCodes = takeCodes();
  const palette = new Float64Array(take(8 * paletteSize));
  const lengths = peek(4 * (docCount + 2 * termCount), 4);
  const stringLengths = new Uint32Array(lengths.buffer, lengths.offset, docCount + 2 * termCount);
  const blob = peek(stringByteCount, 1);
  const joined = new TextDecoder().decode(
    new Uint8Array(blob.buffer, blob.offset, stringByteCount),
  );
  if (joined.length !== stringUnits) fail('the strings section is corrupt');

  // Structure and ranges only (a corrupt file must not make the index read out of bounds):
  // scans of one array type each (see range-checks.ts), so that checking costs little.
  for (let code = 0; code < paletteSize; code++) {
    if (!(palette[code] > 0 && palette[code] < Infinity)) fail(`tf ${palette[code]} is invalid`);
  }
  if (!codesBelow(entryTfCodes, paletteSize) || !codesBelow(postingTfCodes, paletteSize)) {
    fail('a tf code is outside the palette');
  }
  if (!allBelowInt32(entryTerms, termCount)) fail('a term id is out of range');
  if (!allBelowInt32(postingDocs, docCount)) fail('a posting names a document out of range');
  let entriesOfLiveDocs = 0;
  for (let doc = 0; doc < docCount; doc++) {
    if (alive[doc] > 1 || docLengths[doc] < 0 || (alive[doc] === 0 && docLengths[doc] !== 0)) {
      fail(`document ${doc} has an invalid state`);
    }
    entriesOfLiveDocs += docLengths[doc];
  }
  if (entriesOfLiveDocs !== entryCount) fail('document lengths do not add up to the entry count');
  if (postingStart[0] !== 0 || postingStart[termCount] !== entryCount) {
    fail('the postings do not cover the entries');
  }
  for (let t = 0; t < termCount; t++) {
    if (postingStart[t + 1] < postingStart[t]) fail(`the postings of term ${t} are invalid`);
  }

  const strings = new Array<string>(stringLengths.length);
  let offset = 0;
  for (let i = 0; i < stringLengths.length; i++) {
    strings[i] = joined.slice(offset, offset + stringLengths[i]);
    offset += stringLengths[i];
  }
  if (offset !== stringUnits) fail('the string lengths do not match the strings');
  return {
    ids: strings.slice(0, docCount),
    alive,
    docLengths,
    terms: strings.slice(docCount, docCount + termCount),
    surfaces: strings.slice(docCount + termCount),
    palette,
    entryTerms,
    entryTfCodes,
    postingStart,
    postingDocs,
    postingTfCodes,
  };
}

// The codes on the width chosen for the file.
function codesOfWidth(codes: TfCodes, width: number): TypedArray {
  if (width === CODES_UINT8) return copyInto(new Uint8Array(codes.length), codes);
  if (width === CODES_UINT16) {
    return codes instanceof Uint16Array ? codes : copyInto(new Uint16Array(codes.length), codes);
  }
  return codes instanceof Uint32Array ? codes : copyInto(new Uint32Array(codes.length), codes);
}

function codesBelow(codes: TfCodes, limit: number): boolean {
  return codes instanceof Uint16Array ? allBelowUint16(codes, limit) : allBelowUint32(codes, limit);
}

function copyInto<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array>(
  target: T,
  source: ArrayLike<number>,
): T {
  target.set(source);
  return target;
}

function align8(offset: number): number {
  return Math.ceil(offset / 8) * 8;
}

function assertLittleEndian(operation: string): void {
  if (!LITTLE_ENDIAN) {
    throw new Error(`TfIdfIndex.${operation}: big-endian platforms are not supported`);
  }
}
