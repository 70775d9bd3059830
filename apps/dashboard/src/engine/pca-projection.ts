/** A sparse vector: term indices and their weights. */
export interface SparseVector {
  indices: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** A small deterministic generator, so the map looks the same on every load. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Project sparse vectors on their first two principal components, by power iteration with
 * deflation: each step costs one pass over the non-zero weights (no dense n × vocabulary matrix),
 * so it stays fast for thousands of practices. Returns [x0, y0, x1, y1, ...].
 */
export function pcaProject(vectors: readonly SparseVector[], iterations = 60): Float64Array {
  const n = vectors.length;
  let dimension = 0;
  for (const v of vectors)
    for (let k = 0; k < v.indices.length; k++) dimension = Math.max(dimension, v.indices[k] + 1);
  const mean = new Float64Array(dimension);
  for (const v of vectors)
    for (let k = 0; k < v.indices.length; k++) mean[v.indices[k]] += v.values[k] / n;

  const components: Float64Array[] = [];
  const scores = new Float64Array(n);
  // (X − mean) · w for every row.
  const project = (w: Float64Array, out: Float64Array) => {
    let meanDot = 0;
    for (let j = 0; j < dimension; j++) meanDot += mean[j] * w[j];
    vectors.forEach((v, i) => {
      let dot = 0;
      for (let k = 0; k < v.indices.length; k++) dot += v.values[k] * w[v.indices[k]];
      out[i] = dot - meanDot;
    });
  };
  const random = seededRandom(42);
  for (let c = 0; c < 2; c++) {
    let w: Float64Array = new Float64Array(dimension).map(() => random() - 0.5);
    for (let it = 0; it < iterations; it++) {
      project(w, scores);
      // w' = (X − mean)ᵀ · scores, minus the components already found (deflation).
      const next = new Float64Array(dimension);
      let scoreSum = 0;
      vectors.forEach((v, i) => {
        scoreSum += scores[i];
        for (let k = 0; k < v.indices.length; k++) next[v.indices[k]] += v.values[k] * scores[i];
      });
      for (let j = 0; j < dimension; j++) next[j] -= mean[j] * scoreSum;
      for (const previous of components) {
        let dot = 0;
        for (let j = 0; j < dimension; j++) dot += next[j] * previous[j];
        for (let j = 0; j < dimension; j++) next[j] -= dot * previous[j];
      }
      let norm = 0;
      for (let j = 0; j < dimension; j++) norm += next[j] * next[j];
      norm = Math.sqrt(norm);
      if (norm === 0) break;
      for (let j = 0; j < dimension; j++) next[j] /= norm;
      w = next;
    }
    // Fix the sign so the picture does not flip between runs.
    let largest = 0;
    for (let j = 0; j < dimension; j++) if (Math.abs(w[j]) > Math.abs(largest)) largest = w[j];
    if (largest < 0) for (let j = 0; j < dimension; j++) w[j] = -w[j];
    components.push(w);
  }
  const coordinates = new Float64Array(2 * n);
  components.forEach((w, c) => {
    project(w, scores);
    for (let i = 0; i < n; i++) coordinates[2 * i + c] = scores[i];
  });
  return coordinates;
}
