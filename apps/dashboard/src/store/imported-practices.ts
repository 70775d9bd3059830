import type { Practice } from '@essaimage/core';
import {
  DATABASE,
  describeError,
  inCatalogueTransaction,
  IndexedDBUnavailable,
  STORE,
} from './indexed-db';
import { saveIndex } from './saved-index';
import { currentPracticeShape } from './saved-practice-shape';

// Imported practices persist in IndexedDB (validated and enriched, as the engine uses them),
// so they survive a reload without a second validation.
// They are kept in records of CHUNK practices ("imported-practices:0", ":1"…) under a summary
// at KEY: Chromium failed one load in two to read back 100,000 practices saved as one value
// (« UnknownError: Failed to read large IndexedDB value »). A summary-less array at KEY is
// what versions before the chunks saved; it is still read.
const KEY = 'imported-practices';
const CHUNK = 2_000;
const chunkKey = (i: number) => `${KEY}:${i}`;
/** Every chunk's key (":" sorts below every digit's successor, "\uffff" above them). */
const allChunks = () => IDBKeyRange.bound(`${KEY}:`, `${KEY}:\uffff`);

/**
 * What KEY holds: how many chunks, and how many practices in them; and the hash of their
 * indexed texts (`importedTextsHash`), written with them, so that a load need not hash them
 * again to find their saved index (absent from what earlier versions saved: then computed).
 */
interface SavedSummary {
  chunks: number;
  count: number;
  textsHash?: unknown;
}

/** The practices imported earlier, and the hash of their texts saved with them (or null). */
export interface ImportedPractices {
  practices: Practice[];
  textsHash: string | null;
}

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
      `attendu une liste de pratiques ou leur sommaire, trouvé ${describeValue(saved)}`,
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
export async function loadImportedPractices(): Promise<ImportedPractices> {
  const none = { practices: [], textsHash: null };
  let saved: Saved;
  try {
    saved = await readSaved();
  } catch (error) {
    if (error instanceof IndexedDBUnavailable) return none;
    unreadable = new UnreadableSavedPractices(
      `le navigateur n’a pas pu les lire (${describeError(error)})`,
    );
    throw unreadable;
  }
  if (saved === undefined) return none;
  try {
    if (saved instanceof UnreadableSavedPractices) throw saved;
    if (Array.isArray(saved)) saved = { value: saved };
    const practices = reshape(saved.value);
    unreadable = null;
    return { practices, textsHash: saved.textsHash ?? null };
  } catch (error) {
    unreadable =
      error instanceof UnreadableSavedPractices
        ? error
        : new UnreadableSavedPractices(describeError(error));
    throw unreadable;
  }
}

/**
 * What was read: nothing saved, the practices (as an array saved whole by earlier versions, or
 * from their chunks with the summary's hash), or what is wrong with the saved records.
 */
type Saved =
  undefined | unknown[] | UnreadableSavedPractices | { value: unknown; textsHash?: string };

function isSummary(value: unknown): value is SavedSummary {
  const v = value as Partial<SavedSummary> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.chunks) &&
    Number.isInteger(v.count) &&
    (v.chunks as number) >= 0
  );
}

/** The summary and its chunks, in one transaction: a save from another tab is all or nothing. */
function readSaved(): Promise<Saved> {
  return inCatalogueTransaction('readonly', (store) => {
    let saved: Saved;
    const head = store.get(KEY);
    const chunks: IDBRequest[] = [];
    head.onsuccess = () => {
      const value: unknown = head.result;
      if (value === undefined || Array.isArray(value)) saved = value as Saved;
      else if (!isSummary(value)) saved = { value };
      else for (let i = 0; i < value.chunks; i++) chunks.push(store.get(chunkKey(i)));
    };
    return () => {
      if (saved !== undefined || !isSummary(head.result)) return saved;
      const { count } = head.result;
      // A hash that is not one is no reason to refuse the practices: it is computed again.
      const textsHash =
        typeof head.result.textsHash === 'string' ? head.result.textsHash : undefined;
      const practices: unknown[] = [];
      for (const [i, request] of chunks.entries()) {
        const chunk: unknown = request.result;
        if (!Array.isArray(chunk)) {
          const what =
            chunk === undefined ? 'manque' : `n’est pas une liste (${describeValue(chunk)})`;
          return new UnreadableSavedPractices(
            `le morceau ${i + 1} sur ${chunks.length} (clé « ${chunkKey(i)} ») ${what}`,
          );
        }
        for (const practice of chunk) practices.push(practice);
      }
      if (practices.length !== count) {
        return new UnreadableSavedPractices(
          `${practices.length} pratiques lues dans les morceaux, ${count} annoncées par la clé « ${KEY} »`,
        );
      }
      return { value: practices, textsHash };
    };
  });
}

/**
 * Replace the imported practices. Refused (throws, nothing written) while the saved ones could
 * not be read: they would be lost without the user knowing.
 */
export async function saveImportedPractices(
  practices: readonly Practice[],
  textsHash: string,
): Promise<void> {
  if (unreadable) {
    throw new Error(
      `${unreadable.message} Rien n’a été enregistré, pour ne pas les effacer : rechargez la ` +
        'page pour réessayer de les lire, ou supprimez-les explicitement.',
    );
  }
  // One transaction: the old chunks go and the new ones come together, or nothing changes.
  await inCatalogueTransaction('readwrite', (store) => {
    store.delete(allChunks());
    let chunks = 0;
    for (let from = 0; from < practices.length; from += CHUNK)
      store.put(practices.slice(from, from + CHUNK), chunkKey(chunks++));
    store.put({ chunks, count: practices.length, textsHash } satisfies SavedSummary, KEY);
    return () => undefined;
  });
}

/** The user's choice: delete the saved practices that could not be read (and their index). */
export async function discardUnreadablePractices(): Promise<void> {
  await inCatalogueTransaction('readwrite', (store) => {
    store.delete(allChunks());
    store.delete(KEY);
    return () => undefined;
  });
  await saveIndex(null);
  unreadable = null;
}
