import { similarity } from 'ml-distance';
import type { Analyzer } from '../text/analyzer';
import type { IndexedField } from './search-types';

/** A document for {@link BruteForceTfIdf}. */
export interface ReferenceDocument {
  id: string;
  fields: ReadonlyArray<IndexedField>;
}

/** A document and its cosine with a query. */
export interface ReferenceScore {
  id: string;
  score: number;
}

/**
 * The tests' reference for {@link TfIdfIndex}: the same weighting written the plain way, with
 * dense vectors over the whole vocabulary and ml-distance's cosine. Slow on purpose; not
 * exported from the package.
 */
export class BruteForceTfIdf {
  private readonly termIndex = new Map<string, number>();
  private readonly idf: Float64Array;
  private readonly vectors = new Map<string, Float64Array>();

  constructor(
    private readonly analyzer: Analyzer,
    documents: ReadonlyArray<ReferenceDocument>,
  ) {
    const termFrequencies = documents.map(({ fields }) => {
      const tf = new Map<string, number>();
      for (const { text, weight } of fields) {
        if (weight === 0) continue;
        for (const term of analyzer.terms(text)) tf.set(term, (tf.get(term) ?? 0) + weight);
      }
      return tf;
    });
    const df = new Map<string, number>();
    for (const tf of termFrequencies)
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    [...df.keys()].sort().forEach((term, i) => this.termIndex.set(term, i));
    this.idf = new Float64Array(this.termIndex.size);
    for (const [term, i] of this.termIndex) {
      this.idf[i] = Math.log(1 + documents.length / (df.get(term) ?? 0));
    }
    documents.forEach(({ id }, d) => {
      const vector = new Float64Array(this.termIndex.size);
      for (const [term, tf] of termFrequencies[d]) {
        const i = this.termIndex.get(term) ?? -1;
        vector[i] = (tf >= 1 ? 1 + Math.log(tf) : tf) * this.idf[i];
      }
      this.vectors.set(id, vector);
    });
  }

  /** The query's tf-idf vector (not normalised); terms outside the vocabulary are ignored. */
  queryVector(text: string): Float64Array {
    const counts = new Float64Array(this.termIndex.size);
    for (const term of this.analyzer.terms(text)) {
      const i = this.termIndex.get(term);
      if (i !== undefined) counts[i] += 1;
    }
    return counts.map((count, i) => (count > 0 ? (1 + Math.log(count)) * this.idf[i] : 0));
  }

  /** Every document with a positive cosine to `text`, best first, equal scores by id. */
  search(text: string): ReferenceScore[] {
    return this.rank(this.queryVector(text), undefined);
  }

  /** Every other document with a positive cosine to document `id`, best first. */
  similar(id: string): ReferenceScore[] {
    return this.rank(this.vectorOf(id), id);
  }

  /** Document `id`'s L2-normalised vector, as term → weight (non-zero weights only). */
  normalizedVector(id: string): Map<string, number> {
    const vector = this.vectorOf(id);
    const norm = Math.sqrt(vector.reduce((sum, w) => sum + w * w, 0));
    const out = new Map<string, number>();
    for (const [term, i] of this.termIndex) if (vector[i] > 0) out.set(term, vector[i] / norm);
    return out;
  }

  private vectorOf(id: string): Float64Array {
    const vector = this.vectors.get(id);
    if (vector === undefined) throw new Error(`BruteForceTfIdf: no document "${id}"`);
    return vector;
  }

  private rank(query: Float64Array, exclude: string | undefined): ReferenceScore[] {
    if (query.every((w) => w === 0)) return [];
    const scores: ReferenceScore[] = [];
    for (const [id, vector] of this.vectors) {
      if (id === exclude || vector.every((w) => w === 0)) continue;
      const score = similarity.cosine(query, vector);
      if (score > 0) scores.push({ id, score });
    }
    return scores.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
