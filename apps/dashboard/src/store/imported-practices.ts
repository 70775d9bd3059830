import type { Practice } from '@essaimage/core';
import { runInCatalogueStore } from './indexed-db';
import { currentPracticeShape } from './saved-practice-shape';

// Imported practices persist in IndexedDB (validated and enriched, as the engine uses them),
// so they survive a reload without a second validation.
const KEY = 'imported-practices';

/** The practices imported earlier in this browser (none when IndexedDB is unavailable). */
export async function loadImportedPractices(): Promise<Practice[]> {
  try {
    const saved = await runInCatalogueStore<Practice[] | undefined>('readonly', (s) => s.get(KEY));
    return (saved ?? []).map(currentPracticeShape);
  } catch {
    return [];
  }
}

/** Replace the imported practices. */
export async function saveImportedPractices(practices: readonly Practice[]): Promise<void> {
  await runInCatalogueStore('readwrite', (s) => s.put([...practices], KEY));
}
