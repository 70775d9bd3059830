// After tsdown (`npm run build`): the data the package ships prebuilt, made by the built code
// itself with plain Node. dist/geography.compact.json: the official geography in columns, for
// the browser and for fast Node starts. dist/corpus.index.bin: the TF-IDF index of the bundled
// corpus, with dist/corpus.index.json naming the hash of the texts it was built from.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createEssaimage, packGeography, TfIdfIndex } from '../dist/index.js';
import {
  bundledCorpusHash,
  loadBundledCorpus,
  loadOfficialGeography,
  loadPolicyAreas,
} from '../dist/node.js';

const dist = new URL('../dist/', import.meta.url);
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
function write(name, content) {
  writeFileSync(new URL(name, dist), content);
  console.log(
    `prebuild-data: dist/${name} ${kb(content.length)} (gzip ${kb(gzipSync(content).length)})`,
  );
}

const geography = loadOfficialGeography();
write(
  'geography.compact.json',
  JSON.stringify(packGeography(geography.entities(), geography.regions())),
);
const engine = createEssaimage({
  practices: loadBundledCorpus(geography),
  geography,
  policyAreas: loadPolicyAreas(),
});
if (!(engine.index instanceof TfIdfIndex)) throw new Error('prebuild-data: expected a TfIdfIndex');
write('corpus.index.bin', engine.index.serialize());
write('corpus.index.json', JSON.stringify({ corpusHash: bundledCorpusHash() }));
