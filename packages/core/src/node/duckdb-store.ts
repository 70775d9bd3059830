import { PracticeStore } from '../store/practice-store';
import { loadBundledCorpus, loadPolicyAreas } from './bundled-corpus';
import { connectDuckDBNode } from './connect-duckdb-node';

/** Options of {@link openPracticeStore}. */
export interface OpenPracticeStoreOptions {
  /**
   * A DuckDB database file. Created if missing, and kept between runs: opening it again keeps
   * its practices. In memory when absent.
   */
  path?: string;
  /**
   * Fill a newly created store with the bundled corpus (data/practices.json); default true. A
   * store is filled once, when it is created: an existing file is never filled again.
   */
  withBundledCorpus?: boolean;
}

/**
 * Open a practice store on a real DuckDB in Node, with the bundled policy-area taxonomy. A new
 * store (in memory, or a file that did not hold one) gets the bundled corpus unless
 * `withBundledCorpus` is false.
 */
export async function openPracticeStore(
  options: OpenPracticeStoreOptions = {},
): Promise<PracticeStore> {
  const connector = await connectDuckDBNode({ path: options.path });
  try {
    const store = await PracticeStore.open(connector, { policyAreas: loadPolicyAreas() });
    if ((await store.meta('created')) === undefined) {
      // Filling first, marking after: a run cut in between fills again, which adds nothing twice.
      if (options.withBundledCorpus ?? true) await store.add(loadBundledCorpus());
      await store.setMeta('created', new Date().toISOString());
    }
    return store;
  } catch (error) {
    await connector.close();
    throw error;
  }
}
