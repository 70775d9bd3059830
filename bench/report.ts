import type { DuckDBSuiteResult } from './suites/duckdb-suite';
import type { EssaimageSuiteResult } from './suites/essaimage-suite';
import type { SearchSuiteResult } from './suites/suite-result';

/** Everything measured at one catalogue size. */
export interface SizeResult {
  size: number;
  /** Reading the cached catalogue and validating + enriching it (readCatalogue), in ms. */
  catalogue: { parseMs: number; readCatalogueMs: number };
  essaimage: EssaimageSuiteResult;
  natural?: SearchSuiteResult | { error: string };
  minisearch?: SearchSuiteResult | { error: string };
  duckdb?: DuckDBSuiteResult | { error: string };
}

/**
 * How many times slower an alternative's p50 is than the engine's recommend p50: the engine
 * timed in its passes between the alternative's when it was, else in its own run; or, with
 * `rightAfter`, each call right after the alternative's.
 */
export function ratio(
  alternative: SearchSuiteResult | { error: string } | undefined,
  essaimage: EssaimageSuiteResult,
  rightAfter = false,
): number | null {
  if (!alternative || 'error' in alternative) return null;
  const { alongside, query } = alternative;
  if (rightAfter) return alongside ? query.p50 / alongside.rightAfter.p50 : null;
  return query.p50 / (alongside?.between ?? essaimage.query).p50;
}

const ms = (x: number | undefined) =>
  x === undefined || Number.isNaN(x)
    ? '—'
    : x < 10
      ? x.toFixed(2)
      : x < 100
        ? x.toFixed(1)
        : x.toFixed(0);
const mb = (x: number) => x.toFixed(1);
const times = (x: number | null) => (x === null ? '—' : `${x.toFixed(0)}×`);

function ok<T extends object>(r: T | { error: string } | undefined): T | undefined {
  return r && !('error' in r) ? r : undefined;
}

const ALTERNATIVES = [
  ['natural', (r: SizeResult) => r.natural],
  ['MiniSearch', (r: SizeResult) => r.minisearch],
] as const;

/** The results as a plain-text table, one column per catalogue size. */
export function formatTable(results: readonly SizeResult[]): string {
  const rows: Array<[string, ...string[]]> = [];
  const row = (label: string, cell: (r: SizeResult) => string) =>
    rows.push([label, ...results.map(cell)]);
  row('practices', (r) => r.size.toLocaleString('en-US'));
  row('readCatalogue (validate + enrich) ms', (r) => ms(r.catalogue.readCatalogueMs));
  row('index build ms', (r) => ms(r.essaimage.buildMs));
  row('distinct terms', (r) => (r.essaimage.terms ?? 0).toLocaleString('en-US'));
  row('index heap held MB', (r) => mb(r.essaimage.memory.heapMB));
  row('index RSS delta MB', (r) => mb(r.essaimage.memory.rssMB));
  row('recommend p50 ms', (r) => ms(r.essaimage.query.p50));
  row('recommend p95 ms', (r) => ms(r.essaimage.query.p95));
  row('recommend, first query for a new target ms', (r) => ms(r.essaimage.newTarget.p50));
  row(
    'share of catalogue a need touches',
    (r) => `${Math.round(r.essaimage.candidateShare * 100)} %`,
  );
  row('text index only p50 ms', (r) => ms(r.essaimage.textOnly.p50));
  row('similar p50 ms', (r) => ms(r.essaimage.similar.p50));
  row('similar p95 ms', (r) => ms(r.essaimage.similar.p95));
  row('serialised index MB', (r) => mb(r.essaimage.serialised.bytes / 1024 ** 2));
  row('serialised index load ms', (r) => ms(r.essaimage.serialised.loadMs));
  row('natural TfIdf p50 ms', (r) => ms(ok(r.natural)?.query.p50));
  row('natural TfIdf p95 ms', (r) => ms(ok(r.natural)?.query.p95));
  row('natural build ms / heap MB', (r) => {
    const n = ok(r.natural);
    return n ? `${ms(n.buildMs)} / ${mb(n.memory.heapMB)}` : '—';
  });
  row('MiniSearch p50 ms', (r) => ms(ok(r.minisearch)?.query.p50));
  row('MiniSearch p95 ms', (r) => ms(ok(r.minisearch)?.query.p95));
  row('MiniSearch build ms / heap MB', (r) => {
    const m = ok(r.minisearch);
    return m ? `${ms(m.buildMs)} / ${mb(m.memory.heapMB)}` : '—';
  });
  for (const [name, of] of ALTERNATIVES) {
    row(`recommend p50 ms, passes alternated with ${name}'s`, (r) =>
      ms(ok(of(r))?.alongside?.between.p50),
    );
    row(`recommend p50 ms, right after each ${name} call`, (r) =>
      ms(ok(of(r))?.alongside?.rightAfter.p50),
    );
  }
  for (const [name, of] of ALTERNATIVES) {
    row(`recommend vs ${name} (p50, passes alternated)`, (r) => times(ratio(of(r), r.essaimage)));
    row(`recommend vs ${name} (p50, right after each call)`, (r) =>
      times(ratio(of(r), r.essaimage, true)),
    );
  }
  row('store CSV import ms (DuckDB read_csv ms)', (r) => {
    const d = ok(r.duckdb);
    return d ? `${ms(d.importMs)} (${ms(d.rawCsvLoadMs)})` : '—';
  });
  row('DuckDB trend p50 ms', (r) => ms(ok(r.duckdb)?.trend.p50));
  row('DuckDB pre-selection p50 ms', (r) => ms(ok(r.duckdb)?.preselection.p50));
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!)))
        .join('  '),
    )
    .join('\n');
}
