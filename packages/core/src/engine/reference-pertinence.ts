import { CRITERION_NAMES, type FitCriterionName } from '../scoring/criterion';
import { DEFAULT_WEIGHTS, type ScoreWeights } from '../scoring/weights';
import type { Analyzer } from '../text/analyzer';
import { foldAccents } from '../text/fold-accents';
import { FrenchTokenizer } from '../text/french-tokenizer';
import { cosine, type PlainTfIdf, type ReferenceFit } from './reference-score';

/*
 * The tests' reference for the score as README « How the score works » documents it: pertinence
 * P from the share of the need a practice covers and its text score, the floor, α at least 0.2,
 * all-zero fit weights reset. Written from that text, not from the engine's code; the related
 * words are read from the bundled lexicon's data (lexicon.json). Test-only.
 */

/**
 * A related word of a concept (its analysed terms: an expression such as « personne âgée » has
 * several, and matches a practice holding them all) and its strength (0.85 curated, 0.15
 * thesaurus).
 */
export interface RelatedTerm {
  terms: string[];
  strength: number;
}

/** One concept of the need: a distinct analysed term, its weight and its related terms. */
export interface Concept {
  term: string;
  /** g_k: 0.2 for a word that says little about a need, 1 otherwise. */
  generality: number;
  /** idf_k, with the README's fallbacks for a term no practice holds. */
  idf: number;
  related: RelatedTerm[];
}

/** At most this many related words per concept, and per need. */
export const MAX_RELATED = 8;
export const MAX_RELATED_PER_NEED = 24;
/** README: a related term weighs 0.7 × s × g_k × idf in the need's vector. */
export const RELATED_QUERY_SHARE = 0.7;
/** README: the related words' strength by source, curated 0.85, thesaurus 0.15. */
const STRENGTH: Record<string, number> = { c: 0.85, m: 0.15 };
/** README: at least this many candidates of highest T are scored (or top, if more). */
export const CANDIDATES = 60;

/**
 * The bundled lexicon's related words, from its data: lexicon.json maps a term to
 * « stem stem:source, … », closest first (packages/core/data/lexicon/README.md).
 */
export function lexiconRelated(
  related: Readonly<Record<string, string>>,
  words: Readonly<Record<string, string>> = {},
) {
  // README: a word the lexicon lists as written (folded) takes that list, else its term's.
  return (term: string, word = ''): RelatedTerm[] =>
    (words[foldAccents(word.toLowerCase())] ?? related[term] ?? '')
      .split(',')
      .filter((entry) => entry.length > 0)
      .map((entry) => {
        const [words, source] = entry.split(':') as [string, string];
        return { terms: words.split(' '), strength: STRENGTH[source] ?? 0 };
      });
}
/** A practice under this pertinence is not an answer. */
export const PERTINENCE_FLOOR = 0.2;
/** α is never below this: the need can never be weighed to nothing. */
export const MIN_ALPHA = 0.2;

/** The catalogue's terms as the README's pertinence reads them. */
export class ReferencePertinence {
  constructor(
    private readonly analyzer: Analyzer,
    private readonly tfidf: PlainTfIdf,
    private readonly relatedOf: (term: string, word: string) => readonly RelatedTerm[],
    private readonly generic: ReadonlySet<string>,
    /** README: the words the lexicon lists as written (folded); such a word is not generic. */
    private readonly ownWords: ReadonlySet<string> = new Set(),
  ) {}

  /** g_k < 1: a generic term, unless the word as written has its own list. */
  private isGeneric(term: string, word: string): boolean {
    return this.generic.has(term) && !this.ownWords.has(foldAccents(word.toLowerCase()));
  }

  private idf(term: string): number {
    return this.tfidf.idfOf(term);
  }

  /**
   * The need's concepts: distinct terms, g_k, idf_k (with its fallbacks), and the related words
   * of those that are not generic, 8 a concept, 24 a need (every concept's first, then every
   * second…).
   */
  concepts(need: string): Concept[] {
    // README: the need's distinct terms, each with the first word that gave it.
    const wordOf = new Map<string, string>();
    for (const word of new FrenchTokenizer().tokenize(need)) {
      const [term] = this.analyzer.terms(word);
      if (term !== undefined && !wordOf.has(term)) wordOf.set(term, word);
    }
    const distinct = [...wordOf.keys()];
    const generic = distinct.map((term) => this.isGeneric(term, wordOf.get(term)!));
    const lists = distinct.map((term, k) =>
      generic[k] ? [] : this.relatedOf(term, wordOf.get(term)!).slice(0, MAX_RELATED),
    );
    // README: at most 24 related terms a need, round by round (every concept's first, then
    // every second…); an expression counts its terms, and a related word is added whole while
    // fewer than 24 are; a related word holding a word of the need is not added (nor counted).
    const said = new Set(distinct);
    const kept: RelatedTerm[][] = lists.map(() => []);
    let count = 0;
    for (let rank = 0; rank < MAX_RELATED; rank++)
      lists.forEach((list, k) => {
        const word = list[rank];
        if (!word || count >= MAX_RELATED_PER_NEED || word.terms.some((t) => said.has(t))) return;
        kept[k]!.push(word);
        count += word.terms.length;
      });
    return distinct.map((term, k) => {
      const related = kept[k]!;
      // README: « the largest idf of its related terms that one holds » (an expression's too).
      const held = related.flatMap((r) => r.terms.map((t) => this.idf(t))).filter((idf) => idf > 0);
      const idf =
        this.idf(term) > 0
          ? this.idf(term)
          : held.length > 0
            ? Math.max(...held)
            : 0.5 * Math.log(1 + this.tfidf.size);
      return { term, generality: generic[k] ? 0.2 : 1, idf, related };
    });
  }

  /** True when every word of the need says little (every g_k < 1): `need-too-vague`. */
  tooVague(concepts: readonly Concept[]): boolean {
    return concepts.every((k) => k.generality < 1);
  }

  /** C = Σ m_k w_k / Σ w_k, m_k 1 for the term, else the best strength of a related term held. */
  coverage(concepts: readonly Concept[], id: string): number {
    const held = this.tfidf.vector(id);
    let covered = 0;
    let total = 0;
    for (const k of concepts) {
      const w = k.generality * k.idf;
      const m = held.has(k.term)
        ? 1
        : Math.max(
            0,
            ...k.related.filter((r) => r.terms.every((t) => held.has(t))).map((r) => r.strength),
          );
      covered += m * w;
      total += w;
    }
    return total > 0 ? covered / total : 0;
  }

  /** T: the cosine of the practice's vector and the need's expanded vector. */
  textScore(concepts: readonly Concept[], id: string): number {
    const need = new Map<string, number>();
    const put = (term: string, weight: number) =>
      need.set(term, Math.max(need.get(term) ?? 0, weight));
    for (const k of concepts) {
      // README: « g_k × idf », the index's idf of the term itself (not idf_k's fallbacks): a
      // term no practice holds weighs nothing in the cosine.
      put(k.term, k.generality * this.idf(k.term));
      for (const r of k.related)
        for (const t of r.terms)
          put(t, RELATED_QUERY_SHARE * r.strength * k.generality * this.idf(t));
    }
    return cosine(need, this.tfidf.vector(id));
  }

  /** P = C × (0.5 + 0.5 × min(1, T / 0.15)). */
  pertinence(concepts: readonly Concept[], id: string): number {
    return pertinenceOf(this.coverage(concepts, id), this.textScore(concepts, id));
  }
}

/** P from the coverage and the text score. */
export function pertinenceOf(coverage: number, textScore: number): number {
  return coverage * (0.5 + 0.5 * Math.min(1, textScore / 0.15));
}

const FIT_NAMES = CRITERION_NAMES.filter((n): n is FitCriterionName => n !== 'relevance');

/** The weights used: α at least 0.2; all-zero fit weights reset to the defaults. */
export function effectiveWeights(weights: ScoreWeights): {
  weights: ScoreWeights;
  fitWeightsReset: boolean;
} {
  const reset = FIT_NAMES.every((name) => weights[name] === 0);
  const fit = reset ? DEFAULT_WEIGHTS : weights;
  return {
    weights: {
      ...weights,
      ...Object.fromEntries(FIT_NAMES.map((name) => [name, fit[name]])),
      relevance: Math.max(MIN_ALPHA, weights.relevance),
    },
    fitWeightsReset: reset,
  };
}

/** F: the weighted mean of the known fit criteria, 1 when none is known. */
export function transferability(fit: ReferenceFit, weights: ScoreWeights): number {
  let sum = 0;
  let total = 0;
  for (const name of FIT_NAMES) {
    const value = fit[name];
    if (value === null) continue;
    sum += weights[name] * value;
    total += weights[name];
  }
  return total === 0 ? 1 : sum / total;
}

/** score = P^α × F. */
export function combinePertinence(pertinence: number, fit: ReferenceFit, weights: ScoreWeights) {
  return Math.pow(pertinence, weights.relevance) * transferability(fit, weights);
}
