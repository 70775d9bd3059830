import type { Analyzer } from '../text/analyzer';
import type { AnalysedTexts } from './tf-idf-index';

/**
 * The term keys of `texts`, in order, from `analyzer`, with what each key stands for: what a
 * worker hands back so that {@link TfIdfIndex.addAnalysed} indexes the texts as `add` would
 * have. The analyzer must give keys (`termKeys`, `termOfKey`) and should be fresh: the surface
 * of a term is the first word the analyzer ever saw give it. A text of a field of weight 0
 * must be given as '' (`add` does not analyse it).
 */
export function analyseTexts(analyzer: Analyzer, texts: readonly string[]): AnalysedTexts {
  const { termKeys, termOfKey } = analyzer;
  if (!termKeys || !termOfKey) throw new Error('analyseTexts: the analyzer gives no term keys');
  const ends = new Int32Array(texts.length);
  let keys = new Int32Array(Math.max(1024, texts.length * 64));
  let count = 0;
  for (let i = 0; i < texts.length; i++) {
    const some = termKeys.call(analyzer, texts[i] as string);
    if (count + some.length > keys.length) {
      const grown = new Int32Array(Math.max(count + some.length, keys.length * 2));
      grown.set(keys.subarray(0, count));
      keys = grown;
    }
    keys.set(some, count);
    count += some.length;
    ends[i] = count;
  }
  let keyCount = 0;
  for (let e = 0; e < count; e++) if ((keys[e] as number) >= keyCount) keyCount = keys[e]! + 1;
  const terms: string[] = [];
  const surfaces: string[] = [];
  for (let key = 0; key < keyCount; key++) {
    const term = termOfKey.call(analyzer, key);
    terms.push(term);
    surfaces.push(analyzer.surfaceForm?.(term) ?? term);
  }
  return { keys: keys.slice(0, count), ends, terms, surfaces };
}
