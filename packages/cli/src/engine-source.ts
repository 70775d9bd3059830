import { createEssaimage, type Essaimage } from '@essaimage/core';
import {
  loadBundledCorpus,
  loadBundledIndex,
  loadCompactGeography,
  loadPolicyAreas,
} from '@essaimage/core/node';
import { withStore } from './db-flag';
import { toFilter, type FilterValues } from './filter-flags';

/** The engine a ranking command works with, and the ids its filter flags allow. */
export interface EngineSource {
  engine: Essaimage;
  /** The practices the filter flags keep; undefined when no filter was given. */
  candidates: ReadonlySet<string> | undefined;
}

/**
 * Build the engine over the practices of `--db` (a DuckDB file) or the bundled corpus, with
 * the filter flags pushed down to DuckDB as a pre-filter. Without `--db` and without a
 * filter, the bundled corpus is read directly: no database to start (and DuckDB, imported
 * by the store only, is never loaded).
 */
export async function withEngine<T>(
  values: FilterValues & { db?: string },
  work: (source: EngineSource) => T,
): Promise<T> {
  const filter = toFilter(values);
  const filtered = Object.keys(filter).length > 0;
  const geography = loadCompactGeography();
  const options = { geography, policyAreas: loadPolicyAreas() };
  if (values.db === undefined && !filtered) {
    // The installed package ships the bundled corpus's index, checked against its texts.
    const practices = loadBundledCorpus(geography);
    return work({
      engine: createEssaimage({ ...options, practices, prebuiltIndex: loadBundledIndex() }),
      candidates: undefined,
    });
  }
  return withStore(values, async (store) => {
    const engine = createEssaimage({ ...options, practices: await store.all() });
    const candidates = filtered ? new Set(await store.ids(filter)) : undefined;
    return work({ engine, candidates });
  });
}
