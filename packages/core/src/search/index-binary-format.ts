import type { TfCodes } from './growable';
import type { IndexSnapshot } from './index-snapshot';
import { allBelowInt32, allBelowUint16, allBelowUint32, allBelowUint8 } from './range-checks';

// Layout, version 2. A header of 48 bytes, little-endian:
//   0 magic "ESTF" | 4 version | 8 flags | 12 docCount | 16 termCount | 20 entryCount
//   24 paletteSize | 28 string UTF-16 units | 32 string UTF-8 bytes | 36 total byte length
//   40 reserved (8 bytes of 0)
// flags: bit 0, term ids stored as uint16 (else int32); bits 1-2, the width of the tf codes
// (1: uint8, 2: uint16, 3: uint32).
// Then sections, each starting on a multiple of 8:
//   alive u8[docCount] | docLengths i32[docCount] | inverseNorms f64[docCount]
//   | entryTerms (u16|i32)[entryCount] | entryTfCodes [entryCount]
//   | postingStart i32[termCount + 1] | postingDocs i32[entryCount]
//   | postingTfCodes [entryCount] | palette f64[paletteSize]
//   | string lengths u32[docCount + 2 termCount] (UTF-16 units: ids, terms, surfaces)
//   | the strings' UTF-8 bytes, concatenated.
// Typed-array sections are in the platform's byte order, which must be little-endian (every
// browser and Node platform in use); a big-endian platform refuses to write or read.
//
// Two widths for the entries, both read by every loader. By default the index's own (int32
// term ids, 16-bit codes), which a loader reads in place, allocating next to nothing. Compact
// (serialize({ compact: true })), the narrowest that hold them (uint16 term ids below 65,537
// terms, 8-bit codes below 257 tf values): a third smaller, but a loader widens them into new
// arrays, 63 MB at 100,000 documents. V8 starts a collection of the whole heap once 64 MB of
// ArrayBuffers have been allocated since the last one: in a process that holds a large heap
// (the benchmark's, about 400 MB) that collection costs more than the load itself.
//
// Version 2 added inverseNorms, and the default widths (version 1 files are refused:
// serialise the index again).

const MAGIC = 'ESTF';
const VERSION = 2;
const HEADER_BYTES = 48;
const FLAG_UINT16_TERMS = 1;
const CODES_SHIFT = 1;
const CODES_UINT8 = 1;
const CODES_UINT16 = 2;
const CODES_UINT32 = 3;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/**
 * Writes a snapshot in the binary format above: the entries on the index's own widths, or on
 * the narrowest if `compact`.
 */
export function encodeIndexSnapshot(snapshot: IndexSnapshot, compact = false): Uint8Array {
  assertLittleEndian('serialize');
  const { ids, alive, docLengths, inverseNorms, terms, surfaces, palette } = snapshot;
  const { entryTerms, entryTfCodes, postingStart, postingDocs, postingTfCodes } = snapshot;
  const docCount = ids.length;
  const termCount = terms.length;
  const entryCount = entryTerms.length;
  const narrowTerms = compact && termCount <= 0x10000;
  const codes =
    compact && palette.length <= 0x100
      ? CODES_UINT8
      : entryTfCodes instanceof Uint16Array && postingTfCodes instanceof Uint16Array
        ? CODES_UINT16
        : CODES_UINT32;
  const strings = [...ids, ...terms, ...surfaces];
  const stringLengths = Uint32Array.from(strings, (s) => s.length);
  const joined = strings.join('');
  const stringBytes = new TextEncoder().encode(joined);

  const sections: TypedArray[] = [
    alive.subarray(0, docCount),
    docLengths.subarray(0, docCount),
    inverseNorms.subarray(0, docCount),
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
 * check that both layouts hold the same entries, nor that the norms are those of the entries.
 *
 * The sections the index only reads (the entries and the postings, on the index's widths) are
 * views into `bytes`, not copies: the caller must not change `bytes` afterwards (pass a copy
 * to reuse the buffer), and the index keeps its buffer alive. Narrower sections are widened
 * into new arrays; those the index writes to (alive, lengths, norms) are copied. Bytes that
 * are not 8-byte aligned or in a SharedArrayBuffer are copied once, whole.
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
  if (version !== VERSION) {
    fail(
      `format version ${version} is not supported (expected ${VERSION}): serialise the index again`,
    );
  }
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
  if (docCount > MAX_COUNT || termCount > MAX_COUNT || entryCount > MAX_COUNT) {
    fail('a count in the header is out of range');
  }

  const sections = new SectionReader(bytes, fail);
  const alive = sections.read(Uint8Array, docCount).slice();
  const docLengths = sections.read(Int32Array, docCount).slice();
  const inverseNorms = sections.read(Float64Array, docCount).slice();
  // The entries are range-checked as they are read, by one function per array type (a loop
  // that reads several kinds of typed arrays is several times slower), before any widening.
  let entryTerms: Int32Array;
  if (narrowTerms) {
    const narrow = sections.read(Uint16Array, entryCount);
    if (!allBelowUint16(narrow, termCount)) fail(BAD_TERM);
    entryTerms = copyInto(new Int32Array(entryCount), narrow);
  } else {
    entryTerms = sections.read(Int32Array, entryCount);
    if (!allBelowInt32(entryTerms, termCount)) fail(BAD_TERM);
  }
  const entryTfCodes = readCodes(sections, codes, entryCount, paletteSize, fail);
  const postingStart = sections.read(Int32Array, termCount + 1);
  const postingDocs = sections.read(Int32Array, entryCount);
  if (!allBelowInt32(postingDocs, docCount)) fail('a posting names a document out of range');
  const postingTfCodes = readCodes(sections, codes, entryCount, paletteSize, fail);
  const palette = sections.read(Float64Array, paletteSize).slice();
  const stringLengths = sections.read(Uint32Array, docCount + 2 * termCount);
  const joined = new TextDecoder().decode(sections.read(Uint8Array, stringByteCount));
  if (joined.length !== stringUnits) fail('the strings section is corrupt');

  // The rest of the structure (a corrupt file must not make the index read out of bounds).
  for (let code = 0; code < paletteSize; code++) {
    if (!(palette[code] > 0 && palette[code] < Infinity)) fail(`tf ${palette[code]} is invalid`);
  }
  let entriesOfLiveDocs = 0;
  for (let doc = 0; doc < docCount; doc++) {
    if (alive[doc] > 1 || docLengths[doc] < 0 || (alive[doc] === 0 && docLengths[doc] !== 0)) {
      fail(`document ${doc} has an invalid state`);
    }
    if (!(inverseNorms[doc] >= 0 && inverseNorms[doc] < Infinity)) {
      fail(`document ${doc} has an invalid norm`);
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

  // The strings one after another: ids, terms, surfaces.
  let offset = 0;
  let next = 0;
  const strings = (count: number): string[] => {
    const out: string[] = [];
    for (let i = 0; i < count; i++) {
      const end = offset + stringLengths[next++];
      out.push(joined.slice(offset, end));
      offset = end;
    }
    return out;
  };
  const ids = strings(docCount);
  const terms = strings(termCount);
  const surfaces = strings(termCount);
  if (offset !== stringUnits) fail('the string lengths do not match the strings');
  return {
    ids,
    alive,
    docLengths,
    inverseNorms,
    terms,
    surfaces,
    palette,
    entryTerms,
    entryTfCodes,
    postingStart,
    postingDocs,
    postingTfCodes,
  };
}

// The most documents, terms or entries a file may declare: each of their arrays then fits in
// a typed array, and every sum of offsets stays an exact integer.
const MAX_COUNT = 0x7fffffff;

type SectionType<T> = {
  new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
  readonly BYTES_PER_ELEMENT: number;
};

// The sections of a file, in order, each a view into its bytes.
class SectionReader {
  private at = HEADER_BYTES;
  private readonly bytes: Uint8Array;

  constructor(
    bytes: Uint8Array,
    private readonly fail: (what: string) => never,
  ) {
    // A view needs its section aligned (each starts on a multiple of 8 of the data), and a
    // SharedArrayBuffer could change under the checks: either is copied once, whole.
    const shared =
      typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer;
    this.bytes = bytes.byteOffset % 8 === 0 && !shared ? bytes : bytes.slice();
  }

  /** The next section, of `length` elements of `Type`. */
  read<T>(Type: SectionType<T>, length: number): T {
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    this.at = align8(this.at);
    if (this.at + byteLength > this.bytes.byteLength) {
      this.fail('a section runs past the end of the data');
    }
    const from = this.bytes.byteOffset + this.at;
    this.at += byteLength;
    return new Type(this.bytes.buffer as ArrayBuffer, from, length);
  }
}

const BAD_TERM = 'a term id is out of range';
const BAD_CODE = 'a tf code is outside the palette';

// A section of tf codes, checked, on the index's widths (a view unless 8-bit in the file).
function readCodes(
  sections: SectionReader,
  width: number,
  length: number,
  paletteSize: number,
  fail: (what: string) => never,
): TfCodes {
  if (width === CODES_UINT8) {
    const narrow = sections.read(Uint8Array, length);
    if (!allBelowUint8(narrow, paletteSize)) fail(BAD_CODE);
    return copyInto(new Uint16Array(length), narrow);
  }
  const codes =
    width === CODES_UINT16
      ? sections.read(Uint16Array, length)
      : sections.read(Uint32Array, length);
  const inRange =
    codes instanceof Uint16Array
      ? allBelowUint16(codes, paletteSize)
      : allBelowUint32(codes, paletteSize);
  return inRange ? codes : fail(BAD_CODE);
}

// The codes on the width chosen for the file.
function codesOfWidth(codes: TfCodes, width: number): TypedArray {
  if (width === CODES_UINT8) return copyInto(new Uint8Array(codes.length), codes);
  if (width === CODES_UINT16) {
    return codes instanceof Uint16Array ? codes : copyInto(new Uint16Array(codes.length), codes);
  }
  return codes instanceof Uint32Array ? codes : copyInto(new Uint32Array(codes.length), codes);
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
