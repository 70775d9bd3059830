import type { Practice } from '@essaimage/core';
import {
  DATABASE,
  describeError,
  IndexedDBUnavailable,
  runInCatalogueStore,
  STORE,
} from './indexed-db';
import { saveIndex } from './saved-index';
import { currentPracticeShape } from './saved-practice-shape';

// Imported practices persist in IndexedDB (validated and enriched, as the engine uses them),
// so they survive a reload without a second validation.
const KEY = 'imported-practices';

/** Where the imported practices are kept, as a message names it. */
const WHERE = `IndexedDB, base « ${DATABASE} », magasin « ${STORE} », clé « ${KEY} »`;

/**
 * The practices saved in this browser exist but could not be read (the browser failed to read
 * them, or one of them is not a practice). They are left as they are: nothing replaces them
 * until they are read, or the user chooses to delete them ({@link discardUnreadablePractices}).
 */
export class UnreadableSavedPractices extends Error {
  constructor(readonly problem: string) {
    super(
      `Les pratiques importées enregistrées dans ce navigateur (${WHERE}) n’ont pas pu être lues : ${problem}.`,
    );
    this.name = 'UnreadableSavedPractices';
  }
}

/** Set while the saved practices could not be read: saving over them is refused. */
let unreadable: UnreadableSavedPractices | null = null;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `une liste de ${value.length} élément(s)`;
  if (typeof value === 'string') return `le texte « ${value.slice(0, 40)} »`;
  return `une valeur de type ${typeof value}`;
}

/** Today's shape of every saved practice, or the first one that has none, named by its place. */
function reshape(saved: unknown): Practice[] {
  if (!Array.isArray(saved)) {
    throw new UnreadableSavedPractices(
      `attendu une liste de pratiques, trouvé ${describeValue(saved)}`,
    );
  }
  return saved.map((value: unknown, i) => {
    const place = `la pratique n° ${i + 1} sur ${saved.length}`;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new UnreadableSavedPractices(
        `${place} : attendu un objet, trouvé ${describeValue(value)}`,
      );
    }
    const id = (value as { id?: unknown }).id;
    try {
      return currentPracticeShape(value as Practice);
    } catch (error) {
      const named = typeof id === 'string' ? `${place} (id « ${id} »)` : place;
      throw new UnreadableSavedPractices(
        `${named} n’a pas la forme attendue (${describeError(error)})`,
      );
    }
  });
}

/**
 * The practices imported earlier in this browser: none when nothing was saved or when IndexedDB
 * is unavailable (private browsing). Throws {@link UnreadableSavedPractices} when saved
 * practices exist but cannot be read; {@link saveImportedPractices} then refuses to replace them.
 */
export async function loadImportedPractices(): Promise<Practice[]> {
  let saved: unknown;
  try {
    saved = await runInCatalogueStore<unknown>('readonly', (s) => s.get(KEY));
  } catch (error) {
    if (error instanceof IndexedDBUnavailable) return [];
    unreadable = new UnreadableSavedPractices(
      `le navigateur n’a pas pu les lire (${describeError(error)})`,
    );
    throw unreadable;
  }
  if (saved === undefined) return [];
  try {
    const practices = reshape(saved);
    unreadable = null;
    return practices;
  } catch (error) {
    unreadable =
      error instanceof UnreadableSavedPractices
        ? error
        : new UnreadableSavedPractices(describeError(error));
    throw unreadable;
  }
}

/**
 * Replace the imported practices. Refused (throws, nothing written) while the saved ones could
 * not be read: they would be lost without the user knowing.
 */
export async function saveImportedPractices(practices: readonly Practice[]): Promise<void> {
  if (unreadable) {
    throw new Error(
      `${unreadable.message} Rien n’a été enregistré, pour ne pas les effacer : rechargez la ` +
        'page pour réessayer de les lire, ou supprimez-les explicitement.',
    );
  }
  await runInCatalogueStore('readwrite', (s) => s.put([...practices], KEY));
}

/** The user's choice: delete the saved practices that could not be read (and their index). */
export async function discardUnreadablePractices(): Promise<void> {
  await runInCatalogueStore('readwrite', (s) => s.delete(KEY));
  await saveIndex(null);
  unreadable = null;
}
