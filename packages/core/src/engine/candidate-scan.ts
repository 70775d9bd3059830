import { visitAtLeast, type DenseScores } from '../search/dense-scores';
import { TopK, type TopKEntry } from '../search/top-k';
import { INELIGIBLE, type TargetBounds } from './fit-bounds';

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
 * Calls `offer` for every document whose relevance^α × fit bound can still reach the heap's
 * threshold (the score of its k-th entry; equal scores may still enter on their id), reading
 * the threshold again after each offer. Most documents are skipped with their run of doc
 * numbers, by its bound, under the relevance floor the threshold sets; nearly all the others
 * by their fit bound.
 */
export function offerPromising(
  relevance: DenseScores,
  bounds: TargetBounds,
  alpha: number,
  heap: TopK<string>,
  offer: (doc: number, relevance: number) => void,
): void {
  let threshold = heap.threshold;
  let floor = lowest(relevanceFloor(threshold, alpha));
  const least = () => {
    if (heap.threshold !== threshold) {
      threshold = heap.threshold;
      floor = lowest(relevanceFloor(threshold, alpha));
    }
    return floor;
  };
  visitAtLeast(relevance, least, (doc, r) => {
    const bound = bounds.of(doc);
    if (bound !== INELIGIBLE && Math.pow(r, alpha) * bound >= threshold) offer(doc, r);
  });
}

/**
 * A relevance under which relevance^α cannot reach a score threshold (the fit is at most 1):
 * threshold^(1/α), lowered if rounding put it where its own power still reaches the threshold.
 * 0 (nothing can be skipped) when α = 0, or when no such relevance is found, as with a
 * denormal α.
 */
export function relevanceFloor(threshold: number, alpha: number): number {
  if (!(threshold > 0) || alpha === 0) return 0;
  if (alpha === 1) return threshold;
  let floor = Math.pow(threshold, 1 / alpha);
  for (let step = 1e-12; step < 1e-3 && floor > 0; step *= 1000) {
    if (Math.pow(floor, alpha) < threshold) return floor;
    floor *= 1 - step;
  }
  return 0;
}

/**
 * The least relevance worth a look: `floor`, and never 0, since a document sharing no term
 * with the need is no candidate. One comparison per document instead of two: "is it 0" is
 * true or false at random over a catalogue, and the CPU would mispredict it half of the time.
 */
function lowest(floor: number): number {
  return floor > Number.MIN_VALUE ? floor : Number.MIN_VALUE;
}
