import type { Practice } from '@essaimage/core';

/**
 * The key of what the engine's index holds when it is built from the bundled index and imported
 * practices whose texts hash to `importedTexts` ({@link importedTextsHash}): the bundled
 * index's bytes hashed (64 bits, two 32-bit hashes) with its length, then that hash. Any change
 * to either gives another key, so a saved index is never used for other texts; a new analyzer
 * or index format changes the bundled index, and so the key too.
 */
export function indexKey(bundledIndex: Uint8Array, importedTexts: string): string {
  const hash = new TwinHash();
  for (let i = 0; i < bundledIndex.length; i++) hash.add(bundledIndex[i] as number);
  return `${bundledIndex.length}-${hash.hex()}-${importedTexts}`;
}

/**
 * The hash of each imported practice's id and indexed texts (title, summary, results, policy
 * areas), with their count and the hash's version: what a key costs (0.95 s for 100,000
 * practices in Chromium), so it is saved with the practices and read back with them.
 */
export function importedTextsHash(imported: readonly Practice[]): string {
  const hash = new TwinHash();
  for (const practice of imported) {
    hash.text(practice.id);
    hash.text(practice.title);
    hash.text(practice.summary);
    hash.text(practice.results ?? '');
    hash.text(practice.policyAreas.join('\u0001'));
  }
  return `${TEXTS_HASH_VERSION}-${imported.length}-${hash.hex()}`;
}

/** Changed whenever `importedTextsHash` hashes otherwise: the hashes saved before then differ. */
const TEXTS_HASH_VERSION = 't1';

/** Two multiplicative hashes fed the same values (cyrb53's mixing). */
class TwinHash {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(value: number): void {
    this.h1 = Math.imul(this.h1 ^ value, 2654435761);
    this.h2 = Math.imul(this.h2 ^ value, 1597334677);
  }

  /** A text's code units, then its length: "ab", "c" and "a", "bc" hash apart. */
  text(value: string): void {
    for (let i = 0; i < value.length; i++) this.add(value.charCodeAt(i));
    this.add(0x10000 + value.length);
  }

  hex(): string {
    let h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507);
    h1 ^= Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    let h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507);
    h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
}
