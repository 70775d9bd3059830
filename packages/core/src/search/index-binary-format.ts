import { Float64Palette } from './float64-palette';
import type { IndexSnapshot } from './index-snapshot';

// Layout, version 1. A header of 48 bytes, little-endian:
//   0 magic "ESTF" | 4 version | 8 flags | 12 docCount | 16 termCount | 20 entryCount
//   24 paletteSize | 28 string UTF-16 units | 32 string UTF-8 bytes | 36 total byte length
//   40 reserved (8 bytes of 0)
// flags: bit 0, term ids stored as uint16; bits 1-2, how tf values are stored: 0 as float64,
// 1 as uint8 codes into the palette, 2 as uint16 codes (a document's tf is a sum of a few
// field weights, so an index holds few distinct values: the palette keeps them exact).
// Then sections, each starting on a multiple of 8:
//   alive u8[docCount] | docLengths i32[docCount] | entryTerms (u16|i32)[entryCount]
//   | entryTf (u8|u16|f64)[entryCount] | postingStart i32[termCount + 1]
//   | postingDocs i32[entryCount] | postingTf (u8|u16|f64)[entryCount] | palette f64[paletteSize]
//   | string lengths u32[docCount + 2 termCount] (UTF-16 units: ids, terms, surfaces)
//   | the strings' UTF-8 bytes, concatenated.
// Typed-array sections are in the platform's byte order, which must be little-endian (every
// browser and Node platform in use); a big-endian platform refuses to write or read.

const MAGIC = 'ESTF';
const VERSION = 1;
const HEADER_BYTES = 48;
const FLAG_UINT16_TERMS = 1;
const TF_SHIFT = 1;
const TF_FLOAT64 = 0;
const TF_UINT8 = 1;
const TF_UINT16 = 2;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type TypedArray = Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

/** Writes a snapshot in the binary format above. */
export function encodeIndexSnapshot(snapshot: IndexSnapshot): Uint8Array {
  assertLittleEndian('serialize');
  const { ids, alive, docLengths, terms, surfaces, entryTerms, entryTf } = snapshot;
  const { postingStart, postingDocs, postingTf } = snapshot;
  const docCount = ids.length;
  const termCount = terms.length;
  const entryCount = entryTerms.length;
  const narrowTerms = termCount <= 0x10000;
  const { encoding, palette, entryCodes, postingCodes } = encodeTfPair(entryTf, postingTf);
  const strings = [...ids, ...terms, ...surfaces];
  const stringLengths = Uint32Array.from(strings, (s) => s.length);
  const joined = strings.join('');
  const stringBytes = new TextEncoder().encode(joined);

  const sections: TypedArray[] = [
    alive.subarray(0, docCount),
    docLengths.subarray(0, docCount),
    narrowTerms ? copyInto(new Uint16Array(entryCount), entryTerms) : entryTerms,
    entryCodes,
    postingStart,
    postingDocs,
    postingCodes,
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
  header.setUint32(8, (narrowTerms ? FLAG_UINT16_TERMS : 0) | (encoding << TF_SHIFT), true);
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
 * on anything else, and checks the structure (every offset, term id and doc number in range),
 * so that damaged bytes cannot make the index read out of bounds.
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
  const encoding = (flags >> TF_SHIFT) & 3;
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
  if (encoding > TF_UINT16) fail(`unknown tf encoding ${encoding}`);

  let at = HEADER_BYTES;
  const take = (byteLength: number): ArrayBuffer => {
    at = align8(at);
    if (at + byteLength > total) fail('a section runs past the end of the data');
    const from = bytes.byteOffset + at;
    at += byteLength;
    return bytes.buffer.slice(from, from + byteLength) as ArrayBuffer;
  };
  const tfWidth = encoding === TF_UINT8 ? 1 : encoding === TF_UINT16 ? 2 : 8;
  const alive = new Uint8Array(take(docCount));
  const docLengths = new Int32Array(take(4 * docCount));
  const entryTerms = narrowTerms
    ? copyInto(new Int32Array(entryCount), new Uint16Array(take(2 * entryCount)))
    : new Int32Array(take(4 * entryCount));
  const entryTfBytes = take(tfWidth * entryCount);
  const postingStart = new Int32Array(take(4 * (termCount + 1)));
  const postingDocs = new Int32Array(take(4 * entryCount));
  const postingTfBytes = take(tfWidth * entryCount);
  const palette = new Float64Array(take(8 * paletteSize));
  const stringLengths = new Uint32Array(take(4 * (docCount + 2 * termCount)));
  const joined = new TextDecoder().decode(new Uint8Array(take(stringByteCount)));
  if (joined.length !== stringUnits) fail('the strings section is corrupt');
  const entryTf = decodeTf(entryTfBytes, encoding, palette, fail);
  const postingTf = decodeTf(postingTfBytes, encoding, palette, fail);

  let entriesOfLiveDocs = 0;
  for (let doc = 0; doc < docCount; doc++) {
    if (alive[doc] > 1 || docLengths[doc] < 0 || (alive[doc] === 0 && docLengths[doc] !== 0)) {
      fail(`document ${doc} has an invalid state`);
    }
    entriesOfLiveDocs += docLengths[doc];
  }
  if (entriesOfLiveDocs !== entryCount) fail('document lengths do not add up to the entry count');
  for (let e = 0; e < entryCount; e++) {
    if (entryTerms[e] < 0 || entryTerms[e] >= termCount) {
      fail(`entry ${e} is invalid (term ${entryTerms[e]})`);
    }
  }
  if (postingStart[0] !== 0 || postingStart[termCount] !== entryCount) {
    fail('the postings do not cover the entries');
  }
  for (let t = 0; t < termCount; t++) {
    let previous = -1;
    if (postingStart[t + 1] < postingStart[t]) fail(`the postings of term ${t} are invalid`);
    for (let p = postingStart[t]; p < postingStart[t + 1]; p++) {
      const doc = postingDocs[p];
      if (doc <= previous || doc >= docCount || alive[doc] === 0) {
        fail(`posting ${p} of term ${t} is invalid (doc ${doc})`);
      }
      previous = doc;
    }
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
    entryTerms,
    entryTf,
    postingStart,
    postingDocs,
    postingTf,
  };
}

// Codes the tf values of both layouts (the same values, in another order) on 8 or 16 bits
// when there are few enough distinct ones; otherwise they are stored as float64.
function encodeTfPair(
  entryTf: Float64Array,
  postingTf: Float64Array,
): { encoding: number; palette: Float64Array; entryCodes: TypedArray; postingCodes: TypedArray } {
  const palette = new Float64Palette(0x10000);
  const entryCodes = new Uint16Array(entryTf.length);
  for (let e = 0; e < entryTf.length; e++) {
    const code = palette.codeOf(entryTf[e]);
    if (code < 0) {
      return {
        encoding: TF_FLOAT64,
        palette: new Float64Array(0),
        entryCodes: entryTf,
        postingCodes: postingTf,
      };
    }
    entryCodes[e] = code;
  }
  const postingCodes = new Uint16Array(postingTf.length);
  for (let p = 0; p < postingTf.length; p++) postingCodes[p] = palette.codeOf(postingTf[p]);
  const values = palette.values;
  if (values.length > 0x100) {
    return { encoding: TF_UINT16, palette: values, entryCodes, postingCodes };
  }
  return {
    encoding: TF_UINT8,
    palette: values,
    entryCodes: copyInto(new Uint8Array(entryCodes.length), entryCodes),
    postingCodes: copyInto(new Uint8Array(postingCodes.length), postingCodes),
  };
}

function decodeTf(
  buffer: ArrayBuffer,
  encoding: number,
  palette: Float64Array,
  fail: (what: string) => never,
): Float64Array {
  for (let code = 0; code < palette.length; code++) {
    if (!(palette[code] > 0)) fail(`tf ${palette[code]} in the palette is not positive`);
  }
  if (encoding === TF_FLOAT64) {
    const tfs = new Float64Array(buffer);
    for (let e = 0; e < tfs.length; e++) if (!(tfs[e] > 0)) fail(`tf ${tfs[e]} is not positive`);
    return tfs;
  }
  // One loop per code width, so that each stays monomorphic.
  return encoding === TF_UINT8
    ? expandCodes(new Uint8Array(buffer), palette, fail)
    : expandCodes(new Uint16Array(buffer), palette, fail);
}

function expandCodes(
  codes: Uint8Array | Uint16Array,
  palette: Float64Array,
  fail: (what: string) => never,
): Float64Array {
  const tfs = new Float64Array(codes.length);
  const size = palette.length;
  for (let e = 0; e < codes.length; e++) {
    const code = codes[e];
    if (code >= size) fail(`tf code ${code} is outside the palette`);
    tfs[e] = palette[code];
  }
  return tfs;
}

function copyInto<T extends Uint8Array | Uint16Array | Int32Array>(
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
