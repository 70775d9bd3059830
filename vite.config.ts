import { defineConfig } from 'vite';
import { precompress } from './apps/dashboard/scripts/precompress-plugin';
import { sourceResolution } from './source-conditions';

// The dashboard's build and dev server. Everything it needs (DuckDB's wasm and workers, the
// map, the generated data) is bundled or served from the project: it works with no network.
export default defineConfig({
  ...sourceResolution,
  root: 'apps/dashboard',
  base: './',
  publicDir: 'public',
  plugins: [precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // DuckDB's wasm files are ~7 MB each; they are fetched by URL, never inlined.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
  // DuckDB-wasm ships its own workers: let Vite serve them as they are.
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
});
