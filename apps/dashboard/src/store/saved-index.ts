import { runInCatalogueStore } from './indexed-db';

/**
 * The serialised search index of the bundled corpus with the imported practices, and the key
 * of what it was built from (see `indexKey`): a reload with the same imports starts from it
 * instead of analysing every imported text again.
 */
export interface SavedIndex {
  key: string;
  bytes: Uint8Array;
}

const KEY = 'imported-index';

/** The index saved in this browser, or null (none, or no IndexedDB). */
export async function loadSavedIndex(): Promise<SavedIndex | null> {
  try {
    return (
      (await runInCatalogueStore<SavedIndex | undefined>('readonly', (s) => s.get(KEY))) ?? null
    );
  } catch {
    return null;
  }
}

/** Replaces the saved index, or deletes it (null). Without IndexedDB, nothing is kept. */
export async function saveIndex(saved: SavedIndex | null): Promise<void> {
  try {
    await runInCatalogueStore('readwrite', (s) => (saved ? s.put(saved, KEY) : s.delete(KEY)));
  } catch {
    // Only a cache: the next load builds the index again.
  }
}
