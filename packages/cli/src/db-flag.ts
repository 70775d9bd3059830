import { openPracticeStore, type PracticeStore } from '@essaimage/core/node';
import { UsageError } from './io';

/** The `--db` flag, for parseArgs. */
export const DB_FLAG = { db: { type: 'string' } } as const;

/** Its usage line, in French. */
export const DB_USAGE = `  --db <fichier>           base DuckDB à utiliser (créée au besoin, avec le corpus intégré) ;
                           sans --db, le corpus intégré est chargé dans une base en mémoire`;

/** Options of {@link withStore}. */
export interface WithStoreOptions {
  /** Create a new `--db` file without the bundled corpus. */
  withoutCorpus?: boolean;
}

/**
 * Run `work` on the practice store the flags name: the bundled corpus in memory without `--db`,
 * else the DuckDB file (created with the bundled corpus the first time). The store is closed
 * afterwards, so a file is complete on disk when the command ends. A file DuckDB cannot open is
 * a UsageError.
 */
export async function withStore<T>(
  values: { db?: string },
  work: (store: PracticeStore) => Promise<T>,
  options: WithStoreOptions = {},
): Promise<T> {
  let store: PracticeStore;
  try {
    store = await openPracticeStore({
      path: values.db,
      withBundledCorpus: !options.withoutCorpus,
    });
  } catch (error) {
    if (values.db === undefined) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      `--db : attendu une base DuckDB (ou un fichier à créer), trouvé ${values.db}, que DuckDB ne peut pas ouvrir${/not a DuckDB database/i.test(message) ? " (ce n'est pas une base DuckDB)" : ''}`,
    );
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}
