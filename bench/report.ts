import type { ProcessMemory } from './measure/memory';
import type { Quality } from './measure/quality';
import type { DuckDBSuiteResult } from './suites/duckdb-suite';
import type { EssaimageSuiteResult } from './suites/essaimage-suite';
import type { SearchSuiteResult } from './suites/suite-result';

/** A suite's result, or why there is none: it failed, or the size is above its cap. */
export type Outcome<T> = T | { error: string } | { skipped: string };

/** Everything measured at one catalogue size. */
export interface SizeResult {
  size: number;
  /** Reading the cached catalogue and validating + enriching it (readCatalogue), in ms. */
  catalogue: { parseMs: number; readCatalogueMs: number };
  /** The process once the practices are read and the engine built, before the alternatives. */
  process: ProcessMemory;
  essaimage: EssaimageSuiteResult;
  natural?: Outcome<SearchSuiteResult>;
  minisearch?: Outcome<SearchSuiteResult>;
  flexsearch?: Outcome<SearchSuiteResult>;
  orama?: Outcome<SearchSuiteResult>;
  duckdb?: Outcome<DuckDBSuiteResult>;
}

/**
 * How many times slower an alternative's p50 is than the engine's recommend p50: the engine
 * timed in its passes between the alternative's when it was, else in its own run; or, with
 * `rightAfter`, each call right after the alternative's.
 */
export function ratio(
  alternative: Outcome<SearchSuiteResult> | undefined,
  essaimage: EssaimageSuiteResult,
  rightAfter = false,
): number | null {
  const measured = ok(alternative);
  if (!measured) return null;
  const { alongside, query } = measured;
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
const pct = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x * 100)} %`);
// Below 10×, a decimal: the engine may also be slower (FlexSearch at 1,000 practices).
export const times = (x: number | null) =>
  x === null ? '—' : x < 10 ? `${x.toFixed(1)}×` : `${x.toFixed(0)}×`;

function ok<T extends object>(r: Outcome<T> | undefined): T | undefined {
  return r && !('error' in r) && !('skipped' in r) ? r : undefined;
}

/** A cell for a suite that has no figure: failed, skipped above its size cap, or not run. */
function missing(r: Outcome<object> | undefined): string {
  if (r && 'skipped' in r) return 'cap';
  if (r && 'error' in r) return 'error';
  return '—';
}

const ALTERNATIVES = [
  ['natural', (r: SizeResult) => r.natural],
  ['MiniSearch', (r: SizeResult) => r.minisearch],
  ['FlexSearch', (r: SizeResult) => r.flexsearch],
  ['Orama', (r: SizeResult) => r.orama],
] as const;

/** The quality rows of one search (see `QualityJudge`). */
function qualityCells(quality: Quality | undefined): string {
  if (!quality) return '—';
  return (
    `${pct(quality.cosineRecovered)} / ${pct(quality.overlapExact)} / ` +
    `${pct(quality.overlapRecommend)}`
  );
}

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
  // Not measured above the reload's size cap (bench/run.ts).
  const reload = (r: SizeResult) => r.essaimage.serialised;
  row('serialised index MB', (r) => (reload(r) ? mb(reload(r)!.bytes / 1024 ** 2) : '—'));
  row('serialised index load ms', (r) => (reload(r) ? ms(reload(r)!.loadMs) : '—'));
  row('process RSS / heap MB (peak RSS), engine built', (r) =>
    r.process ? `${r.process.rssMB} / ${r.process.heapUsedMB} (${r.process.peakRssMB})` : '—',
  );
  row('recommend quality: cosine recovered / exact top 10 / recommend top 10', (r) =>
    qualityCells(r.essaimage.quality),
  );
  for (const [name, of] of ALTERNATIVES) {
    const measured = (r: SizeResult) => ok(of(r));
    row(`${name} p50 ms`, (r) => (measured(r) ? ms(measured(r)?.query.p50) : missing(of(r))));
    row(`${name} p95 ms`, (r) => (measured(r) ? ms(measured(r)?.query.p95) : missing(of(r))));
    row(`${name} build ms / heap MB`, (r) => {
      const m = measured(r);
      return m ? `${ms(m.buildMs)} / ${mb(m.memory.heapMB)}` : missing(of(r));
    });
    row(`${name} quality: cosine recovered / exact top 10 / recommend top 10`, (r) =>
      measured(r) ? qualityCells(measured(r)?.quality) : missing(of(r)),
    );
  }
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
