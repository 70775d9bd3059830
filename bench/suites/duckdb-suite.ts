import { DuckDBInstance } from '@duckdb/node-api';
import {
  countTrends,
  importCatalogueFile,
  openPracticeStore,
  type PracticeFilter,
} from '@essaimage/core/node';
import { measureLatencyAsync, timeOnceAsync, type Latency } from '../measure/timing';

/** What the DuckDB run reports at one catalogue size. */
export interface DuckDBSuiteResult {
  /** `importCatalogueFile` of the generated CSV into a new store: parse, validate, enrich, insert. */
  importMs: number;
  /** DuckDB's own `read_csv` of the same file into a bare table, for scale. */
  rawCsvLoadMs: number;
  /** Practices in the store after the import (must equal the catalogue size). */
  rows: number;
  /** `countTrends(store, 'year,category')`: a two-dimension trend. */
  trend: Latency;
  /** `store.ids(filter)`: the ids of a filtered pre-selection (kinds, years, budget, areas). */
  preselection: Latency;
  /** Ids the pre-selection keeps. */
  preselected: number;
  note: string;
}

/** The pre-selection: who and when, what it may cost, which policy areas. */
export const PRESELECTION: PracticeFilter = {
  kinds: ['commune', 'epci'],
  yearFrom: 2010,
  maxBudget: 50_000,
  policyAreas: ['ressources-humaines', 'qualite-vie-travail', 'organisation-des-services'],
};

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function rawCsvLoad(csvPath: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    return await timeOnceAsync(() =>
      connection.run(
        `CREATE TABLE t AS SELECT * FROM read_csv(${sqlString(csvPath)}, header = true)`,
      ),
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * DuckDB in Node through the store API (`openPracticeStore` in memory): import the generated
 * CSV, then time a trend and a pre-selection, each p50 of 30 after 3 warm-up runs.
 */
export async function runDuckDBSuite(csvPath: string): Promise<DuckDBSuiteResult> {
  const rawCsvLoadMs = await rawCsvLoad(csvPath);
  const store = await openPracticeStore({ withBundledCorpus: false });
  try {
    const importMs = await timeOnceAsync(() =>
      importCatalogueFile(store, csvPath, { format: 'csv' }),
    );
    const rows = await store.count();
    const timing = { warmupRounds: 3, rounds: 30 };
    const trend = await measureLatencyAsync(
      ['year,category'],
      (dimensions) => countTrends(store, dimensions),
      timing,
    );
    let preselected = 0;
    const preselection = await measureLatencyAsync(
      [PRESELECTION],
      async (filter) => {
        preselected = new Set(await store.ids(filter)).size;
      },
      timing,
    );
    return {
      importMs,
      rawCsvLoadMs,
      rows,
      trend,
      preselection,
      preselected,
      note:
        'PracticeStore on @duckdb/node-api in memory: importCatalogueFile (CSV), ' +
        "countTrends(store, 'year,category'), store.ids(filter) into a Set",
    };
  } finally {
    await store.close();
  }
}
