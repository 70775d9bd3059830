import { visitAtLeast, type DenseScores } from '../search/dense-scores';
import { TopK, type TopKEntry } from '../search/top-k';

/**
 * The k documents of highest relevance that `keyOf` accepts (it gives their tie key, an id, or
 * undefined to leave one out), best first. Only the documents that beat the current k-th are
 * looked up, and only the runs of doc numbers that hold one are read.
 */
export function mostRelevant(
  relevance: DenseScores,
  k: number,
  keyOf: (doc: number) => string | undefined,
): Array<TopKEntry<string>> {
  const top = new TopK<string>(Math.min(k, relevance.scores.length));
  visitAtLeast(
    relevance,
    () => lowest(top.threshold),
    (doc, r) => {
      const key = keyOf(doc);
      if (key !== undefined) top.push(doc, r, key);
    },
  );
  return top.drain();
}

/**
 * The least relevance worth a look: `floor`, and never 0, since a document sharing no term
 * with the need is no candidate. One comparison per document instead of two: "is it 0" is
 * true or false at random over a catalogue, and the CPU would mispredict it half of the time.
 */
function lowest(floor: number): number {
  return floor > Number.MIN_VALUE ? floor : Number.MIN_VALUE;
}
