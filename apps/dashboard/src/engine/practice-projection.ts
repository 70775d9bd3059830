import type { Essaimage, Practice } from '@essaimage/core';
import type { ProjectedPoint } from './engine-api';
import { normalizeName } from './collectivity-search';
import { pcaProject, type SparseVector } from './pca-projection';

/** The index's own tf-idf vector of a practice, when the index gives its weights (TfIdfIndex does). */
function indexVector(engine: Essaimage, id: string): SparseVector | undefined {
  const vector = engine.index.vector(id) as
    { terms: Int32Array; weights?: Float64Array } | undefined;
  return vector?.weights ? { indices: vector.terms, values: vector.weights } : undefined;
}

/**
 * Plain TF-IDF vectors (folded words of 4 letters or more, L2-normalised), used when the engine's
 * index does not give its weights (another TextIndex registered in its place).
 */
function fallbackVectors(practices: readonly Practice[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const documentFrequency: number[] = [];
  const counts = practices.map((practice) => {
    const words = normalizeName(`${practice.title} ${practice.summary}`).split(/[^a-z0-9]+/);
    const count = new Map<number, number>();
    for (const word of words) {
      if (word.length < 4) continue;
      let term = vocabulary.get(word);
      if (term === undefined) {
        term = vocabulary.size;
        vocabulary.set(word, term);
        documentFrequency.push(0);
      }
      if (!count.has(term)) documentFrequency[term]++;
      count.set(term, (count.get(term) ?? 0) + 1);
    }
    return count;
  });
  return counts.map((count) => {
    const indices = [...count.keys()];
    const values = indices.map(
      (t) => (1 + Math.log(count.get(t)!)) * Math.log(practices.length / documentFrequency[t]),
    );
    const norm = Math.hypot(...values) || 1;
    return { indices, values: values.map((v) => v / norm) };
  });
}

/** Place every practice of the engine in 2D by PCA of its text vectors. */
export function projectPractices(engine: Essaimage): ProjectedPoint[] {
  const practices = engine.practices();
  const own = practices.map((p) => indexVector(engine, p.id));
  const vectors = own.every((v) => v !== undefined) ? own : fallbackVectors(practices);
  const xy = pcaProject(vectors);
  return practices.map((practice, i) => ({
    id: practice.id,
    title: practice.title,
    collectivity: practice.officialName ?? practice.collectivity.name,
    area: practice.policyAreas[0] ?? null,
    x: xy[2 * i],
    y: xy[2 * i + 1],
  }));
}
