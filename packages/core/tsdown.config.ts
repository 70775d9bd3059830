import { defineConfig } from 'tsdown';

// ESM JavaScript, .d.ts and source maps in dist/, one file per entry point of package.json's
// exports (shared code in chunks). Dependencies stay imports, except natural's French stemmer
// and stop words (a devDependency): core imports them by file path, which Node's ESM resolver
// refuses without an extension, and natural's root would pull in 14 MB.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    internals: 'src/internals.ts',
  },
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  deps: { alwaysBundle: [/^natural\//], neverBundle: [/^node:/], onlyBundle: ['natural'] },
  tsconfig: 'tsconfig.build.json',
});
