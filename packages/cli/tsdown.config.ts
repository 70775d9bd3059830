import { defineConfig } from 'tsdown';

// The `essaimage` command as ESM JavaScript in dist/: bin.js, and one chunk per command that
// it imports when that command runs. @essaimage/core and DuckDB stay dependencies.
export default defineConfig({
  entry: { bin: 'src/bin.ts', main: 'src/main.ts' },
  format: 'esm',
  platform: 'node',
  fixedExtension: false,
  target: 'es2022',
  dts: true,
  sourcemap: true,
  clean: true,
  tsconfig: 'tsconfig.build.json',
});
