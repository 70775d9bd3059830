import type { Practice } from '../practice/record';
import { hasLoneSurrogate } from '../text/lone-surrogate';
import { readVarint, writeVarint } from './varint';
import { WordCodec } from './word-codec';

/**
 * Bytes of one chunk of the pool at most: chunks are never copied as the pool grows, so it never
 * holds two copies. The first ones are smaller (a catalogue of 50 practices takes 20 KB).
 */
const CHUNK_BYTES = 1 << 22;
const FIRST_CHUNK_BYTES = 1 << 16;
/** Practices kept materialised for the queries (the last ones read): about 15 MB. */
const RECENT = 4096;

/** The three long texts of a practice, held apart from its facts. */
type Texts = [title: string, summary: string, results: string | null];

/**
 * The engine's practices by the index's doc numbers, held compactly: each practice packed by a
 * {@link WordCodec} (some 450 bytes instead of a 3 to 6 KB tree of objects and UTF-16
 * strings), in chunks of a byte pool. A practice object is made again when asked for: for the
 * results shown, and for the candidates whose criteria a query computes, the last of which are
 * kept (a user asks several needs for one collectivity, and the same practices come back). Its
 * facts and its three long texts (title, summary, results: two thirds of its bytes) are packed
 * apart, so that a candidate's criteria read its facts without its texts being decoded: the
 * facts as JSON, the texts as they are, which spares escaping and parsing them (0.4 s of 3.6 in
 * holding 100,000). A million practices take some 450 MB where their objects took 3 GB or more.
 *
 * A practice comes back equal to the one given for anything JSON can say (not an `undefined`
 * field, a NaN, a Date), as a new object each time `get` is asked.
 */
export class PracticeStore {
  private readonly codec = new WordCodec();
  private readonly chunks: Uint8Array[] = [];
  private chunkBytes = 0; // the bytes of every chunk
  private chunkUsed = 0; // in the last chunk
  // By doc number: its chunk (-1 for none), the offset and length of its bytes in it, and when
  // it was added (practices() keeps that order).
  private chunkOf = new Int32Array(0);
  private offsetOf = new Int32Array(0);
  private lengthOf = new Int32Array(0);
  private factsLengthOf = new Int32Array(0); // the facts' bytes, then the texts'

  private addedAt = new Float64Array(0);
  private nextAdded = 0;
  private liveCount = 0;
  private liveBytes = 0;
  private deadBytes = 0;
  private readonly recent = new Map<number, Practice>();
  private scratch = new Uint8Array(1 << 12); // the texts' codes being put together

  /** How many practices it holds. */
  get size(): number {
    return this.liveCount;
  }

  /** One past the highest doc number it may hold a practice for. */
  get length(): number {
    return this.chunkOf.length;
  }

  /** Bytes its practices take, dictionary aside. */
  get bytes(): number {
    return this.liveBytes;
  }

  /** Whether a practice is held under that doc number. */
  has(doc: number): boolean {
    return doc < this.chunkOf.length && (this.chunkOf[doc] as number) >= 0;
  }

  /** Holds `practice` under `doc`, in place of any practice held there. */
  set(doc: number, practice: Practice): void {
    this.delete(doc);
    this.reserve(doc + 1);
    // The texts' places keep their key order in the facts (null there, set again by `get`).
    const facts = this.codec
      .encode(JSON.stringify({ ...practice, title: null, summary: null, results: null }))
      .slice();
    const both = this.write(doc, facts, this.encodeTexts(practice));
    this.lengthOf[doc] = both;
    this.factsLengthOf[doc] = facts.length;
    this.addedAt[doc] = this.nextAdded++;
    this.liveCount += 1;
    this.liveBytes += both;
  }

  /** Forgets the practice of `doc`, if any; its bytes are reclaimed once they outweigh the rest. */
  delete(doc: number): void {
    if (!this.has(doc)) return;
    this.recent.delete(doc);
    this.chunkOf[doc] = -1;
    this.liveCount -= 1;
    this.liveBytes -= this.lengthOf[doc] as number;
    this.deadBytes += this.lengthOf[doc] as number;
    if (this.deadBytes > Math.max(FIRST_CHUNK_BYTES, this.liveBytes)) this.compact();
  }

  /** A new object of the practice of `doc`, or undefined. */
  get(doc: number): Practice | undefined {
    if (!this.has(doc)) return undefined;
    const practice = this.facts(doc);
    [practice.title, practice.summary, practice.results] = this.texts(doc);
    return practice;
  }

  /**
   * The practice of `doc` for the engine's own reading during a query (criteria, need areas,
   * explanations), or undefined: its facts, and its texts decoded when first read. One of the
   * last read is returned as is, so it must not be changed.
   */
  at(doc: number): Practice | undefined {
    const known = this.recent.get(doc);
    if (known !== undefined) return known;
    if (!this.has(doc)) return undefined;
    let decoded: Texts | undefined;
    const texts = () => (decoded ??= this.texts(doc));
    // Getters in a literal, then the facts copied in (their null texts go to the setters, which
    // drop them): a fast object, where defining accessors on the parsed one took longer than
    // parsing it.
    const practice = Object.assign(
      {
        get title() {
          return texts()[0];
        },
        set title(_: string) {},
        get summary() {
          return texts()[1];
        },
        set summary(_: string) {},
        get results() {
          return texts()[2];
        },
        set results(_: string | null) {},
      },
      this.facts(doc),
    ) as Practice;
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value as number);
    this.recent.set(doc, practice);
    return practice;
  }

  /** The doc numbers it holds, in the order their practices were added. */
  docs(): number[] {
    const docs: number[] = [];
    for (let doc = 0; doc < this.chunkOf.length; doc++) if (this.has(doc)) docs.push(doc);
    let ordered = true;
    for (let i = 1; i < docs.length && ordered; i++) {
      ordered =
        (this.addedAt[docs[i - 1] as number] as number) <
        (this.addedAt[docs[i] as number] as number);
    }
    if (!ordered) docs.sort((a, b) => (this.addedAt[a] as number) - (this.addedAt[b] as number));
    return docs;
  }

  private reserve(docCount: number): void {
    if (docCount <= this.chunkOf.length) return;
    const size = Math.max(docCount, Math.ceil(this.chunkOf.length * 1.5), 64);
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const grown = make(size);
      grown.set(old);
      return grown;
    };
    this.chunkOf = grow(this.chunkOf, (n) => new Int32Array(n).fill(-1));
    this.offsetOf = grow(this.offsetOf, (n) => new Int32Array(n));
    this.lengthOf = grow(this.lengthOf, (n) => new Int32Array(n));
    this.factsLengthOf = grow(this.factsLengthOf, (n) => new Int32Array(n));
    this.addedAt = grow(this.addedAt, (n) => new Float64Array(n));
  }

  /** The practice's facts, its texts null. */
  private facts(doc: number): Practice {
    const chunk = this.chunks[this.chunkOf[doc] as number] as Uint8Array;
    const start = this.offsetOf[doc] as number;
    const end = start + (this.factsLengthOf[doc] as number);
    return JSON.parse(this.codec.decode(chunk, start, end)) as Practice;
  }

  private texts(doc: number): Texts {
    if (!this.has(doc)) throw new Error(`PracticeStore: no practice ${doc} any more`);
    const chunk = this.chunks[this.chunkOf[doc] as number] as Uint8Array;
    const cursor = { at: (this.offsetOf[doc] as number) + (this.factsLengthOf[doc] as number) };
    const text = (): string | null => {
      const header = readVarint(chunk, cursor);
      if (header === 0) return null;
      const start = cursor.at;
      cursor.at += (header - 1) >> 1;
      const decoded = this.codec.decode(chunk, start, cursor.at);
      return (header & 1) === 0 ? (JSON.parse(decoded) as string) : decoded; // even: its JSON
    };
    return [text() as string, text() as string, text()];
  }

  /**
   * The codes of a practice's three texts, each as a header then its codes: 0 for null, else its
   * codes' length times two plus one, plus one more when the codes are those of its JSON. A text
   * is packed as it is, neither escaped as JSON nor parsed back, unless it holds a lone
   * surrogate, which UTF-8 cannot carry and its JSON escapes (or is no string at all).
   */
  private encodeTexts(practice: Practice): Uint8Array {
    let used = 0;
    for (const text of [practice.title, practice.summary, practice.results] as unknown[]) {
      // A caller's object may break its type: a missing text comes back null, and anything
      // but a string as its JSON gives it, as when the whole practice was held as JSON.
      const value = text ?? null;
      const asJson = value !== null && (typeof value !== 'string' || hasLoneSurrogate(value));
      const codes =
        value === null
          ? undefined
          : this.codec.encode(asJson ? JSON.stringify(value) : (value as string));
      const needed = used + (codes?.length ?? 0) + 5; // a header takes 5 bytes at most
      if (this.scratch.length < needed) {
        const grown = new Uint8Array(needed * 2);
        grown.set(this.scratch.subarray(0, used));
        this.scratch = grown;
      }
      const header = codes === undefined ? 0 : codes.length * 2 + 1 + (asJson ? 1 : 0);
      used = writeVarint(this.scratch, used, header);
      if (codes !== undefined) {
        this.scratch.set(codes, used);
        used += codes.length;
      }
    }
    return this.scratch.subarray(0, used);
  }

  /**
   * Copies `first` then `second` (the bytes of `doc`) at the end of the last chunk, or of a new
   * one; returns their length.
   */
  private write(doc: number, first: Uint8Array, second?: Uint8Array): number {
    const length = first.length + (second?.length ?? 0);
    const last = this.chunks[this.chunks.length - 1];
    if (last === undefined || this.chunkUsed + length > last.length) {
      const size = Math.min(CHUNK_BYTES, Math.max(FIRST_CHUNK_BYTES, this.chunkBytes));
      this.chunks.push(new Uint8Array(Math.max(size, length)));
      this.chunkBytes += (this.chunks[this.chunks.length - 1] as Uint8Array).length;
      this.chunkUsed = 0;
    }
    const chunk = this.chunks[this.chunks.length - 1] as Uint8Array;
    chunk.set(first, this.chunkUsed);
    if (second) chunk.set(second, this.chunkUsed + first.length);
    this.chunkOf[doc] = this.chunks.length - 1;
    this.offsetOf[doc] = this.chunkUsed;
    this.chunkUsed += length;
    return length;
  }

  /** Rewrites the live practices' bytes into new chunks, leaving the dead ones behind. */
  private compact(): void {
    const old = this.chunks.splice(0);
    this.chunkBytes = 0;
    this.chunkUsed = 0;
    for (let doc = 0; doc < this.chunkOf.length; doc++) {
      if (!this.has(doc)) continue;
      const offset = this.offsetOf[doc] as number;
      const from = old[this.chunkOf[doc] as number] as Uint8Array;
      this.write(doc, from.subarray(offset, offset + (this.lengthOf[doc] as number)));
    }
    this.deadBytes = 0;
  }
}
