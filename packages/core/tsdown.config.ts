import { defineConfig } from 'tsdown';

// ESM JavaScript, .d.ts and source maps in dist/, one file per source module (unbundled), so
// that a consumer's bundler, told by `sideEffects: false`, drops every module it does not use
// (CSV parsing, the zod schema...). dist/ mirrors src/ (and dist/data/).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    internals: 'src/internals.ts',
  },
  unbundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  deps: { neverBundle: [/^node:/, /^natural\//] },
  tsconfig: 'tsconfig.build.json',
  // Core imports natural's French stemmer and stop words by file path (its root module pulls in
  // 14 MB); Node's ESM resolver wants the file's extension.
  outputOptions: {
    paths: (id: string) => (/^natural\/lib\/.*[^s]$/.test(id) ? `${id}.js` : id),
  },
});
