import type { Practice } from '@essaimage/core';
import { runInCatalogueStore } from './indexed-db';

// Imported practices persist in IndexedDB (validated and enriched, as the engine uses them),
// so they survive a reload without a second validation.
const KEY = 'imported-practices';

/** The practices imported earlier in this browser (none when IndexedDB is unavailable). */
export async function loadImportedPractices(): Promise<Practice[]> {
  try {
    return (await runInCatalogueStore<Practice[] | undefined>('readonly', (s) => s.get(KEY))) ?? [];
  } catch {
    return [];
  }
}

/** Replace the imported practices. */
export async function saveImportedPractices(practices: readonly Practice[]): Promise<void> {
  await runInCatalogueStore('readwrite', (s) => s.put([...practices], KEY));
}
