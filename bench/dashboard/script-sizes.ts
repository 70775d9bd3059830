import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { ServedFile } from './static-server';

/** What a page load downloaded, by kind, in KB (gzip at zlib's default level, as servers do). */
export interface DownloadSizes {
  /** JavaScript served before the first results were on screen. */
  jsBeforeResults: { files: number; rawKB: number; gzipKB: number };
  /** All JavaScript the home view downloaded once settled (DuckDB's glue and worker included). */
  jsTotal: { files: number; rawKB: number; gzipKB: number };
  /** WebAssembly (DuckDB), apart: its size and when its download started. */
  wasm: Array<{ path: string; rawKB: number; gzipKB: number; requestedAtMs: number }>;
  /** Every JS file, largest first, for the report. */
  scripts: Array<{ path: string; rawKB: number; gzipKB: number; beforeResults: boolean }>;
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Sizes of what was served, files of `root`, split at `firstResultsMs`. */
export function downloadSizes(
  root: string,
  served: readonly ServedFile[],
  firstResultsMs: number,
): DownloadSizes {
  const unique = new Map<string, ServedFile>();
  for (const f of served) if (!unique.has(f.path)) unique.set(f.path, f);
  const gzipOf = (path: string) => gzipSync(readFileSync(join(root, path))).length;
  const scripts = [...unique.values()]
    .filter((f) => /\.m?js$/.test(f.path))
    .map((f) => ({
      path: f.path,
      rawKB: kb(f.bytes),
      gzipKB: kb(gzipOf(f.path)),
      beforeResults: f.atMs <= firstResultsMs,
    }))
    .sort((a, b) => b.gzipKB - a.gzipKB);
  const sum = (list: typeof scripts) => ({
    files: list.length,
    rawKB: Math.round(list.reduce((s, f) => s + f.rawKB, 0) * 10) / 10,
    gzipKB: Math.round(list.reduce((s, f) => s + f.gzipKB, 0) * 10) / 10,
  });
  return {
    jsBeforeResults: sum(scripts.filter((s) => s.beforeResults)),
    jsTotal: sum(scripts),
    wasm: [...unique.values()]
      .filter((f) => f.path.endsWith('.wasm'))
      .map((f) => ({
        path: f.path,
        rawKB: kb(f.bytes),
        gzipKB: kb(gzipOf(f.path)),
        requestedAtMs: Math.round(f.atMs),
      })),
    scripts,
  };
}
