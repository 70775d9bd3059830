import { createEssaimage, type Essaimage } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
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
 * filter, the bundled corpus is read directly: no database to start.
 */
export async function withEngine<T>(
  values: FilterValues & { db?: string },
  work: (source: EngineSource) => T,
): Promise<T> {
  const filter = toFilter(values);
  const filtered = Object.keys(filter).length > 0;
  const options = { geography: loadOfficialGeography(), policyAreas: loadPolicyAreas() };
  if (values.db === undefined && !filtered) {
    return work({
      engine: createEssaimage({ ...options, practices: loadBundledCorpus() }),
      candidates: undefined,
    });
  }
  return withStore(values, async (store) => {
    const engine = createEssaimage({ ...options, practices: await store.all() });
    const candidates = filtered ? new Set(await store.ids(filter)) : undefined;
    return work({ engine, candidates });
  });
}
