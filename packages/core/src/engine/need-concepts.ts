import type { Lexicon, LexiconSource } from '../lexicon/lexicon';
import type { Analyzer } from '../text/analyzer';
import type { Tokenizer } from '../text/tokenizer';

/** The weight of a word that says little about a need, against 1 for a meaningful one. */
export const GENERIC_WEIGHT = 0.2;
/**
 * How much a related word counts against the user's own word (1), by source. The thesaurus is
 * generic and noisy (« laisser » ≈ « lien »): on the judged sets it adds nothing at 0.3 or 0.5,
 * and its false friends show in the reasons, so it weighs little.
 */
export const RELATED_STRENGTH: Readonly<Record<LexiconSource, number>> = {
  curated: 0.85,
  'mythes-fr': 0.15,
};
/**
 * A related term's weight in the need's vector is this share of its strength: when the user's
 * own words all match, their related words should not pull long texts up (on the judged sets,
 * 0.7 ranks best; 1, 0.5 and 0.25 rank worse).
 */
export const RELATED_QUERY_SHARE = 0.7;
/** At most this many related terms are added to a need, however long: the query stays fast. */
export const MAX_ADDED_TERMS = 24;

/** A related word of a concept, with how much a match on it counts. */
export interface ConceptRelative {
  terms: readonly string[];
  strength: number;
}

/** One meaningful unit of the need: a distinct term of the user's words and its relatives. */
export interface NeedConcept {
  term: string;
  /** The user's word that gave it, as they wrote it. */
  word: string;
  generic: boolean;
  /** g × idf: what the concept weighs in the coverage (see README, "How the score works"). */
  weight: number;
  related: ConceptRelative[];
}

/** The need as the engine scores it. */
export interface ExpandedNeed {
  concepts: NeedConcept[];
  /** Query terms and their weights (the user's words g, a related word 0.7 × strength × g). */
  queryTerms: Map<string, number>;
  /** Whether the need holds a word that says something (not only generic words). */
  meaningful: boolean;
}

/**
 * Splits a need into concepts and expands each with the lexicon's related words. `idfOf` gives
 * a term's idf in the catalogue (0 when no practice holds it); `unknownIdf`, the idf a concept
 * takes when neither it nor any relative is in the catalogue.
 */
export function expandNeed(
  need: string,
  parts: { tokenizer: Tokenizer; analyzer: Analyzer; lexicon: Lexicon },
  idfOf: (term: string) => number,
  unknownIdf: number,
): ExpandedNeed {
  const { tokenizer, analyzer, lexicon } = parts;
  const concepts: NeedConcept[] = [];
  const seen = new Set<string>();
  for (const token of tokenizer.tokenize(need)) {
    const [term] = analyzer.terms(token);
    if (term === undefined || seen.has(term)) continue;
    seen.add(term);
    const generic = lexicon.isGeneric(term, token);
    concepts.push({
      term,
      word: token,
      generic,
      weight: generic ? GENERIC_WEIGHT : 1,
      related: [],
    });
  }
  const queryTerms = new Map<string, number>();
  const raise = (term: string, weight: number) => {
    if (weight > (queryTerms.get(term) ?? 0)) queryTerms.set(term, weight);
  };
  for (const c of concepts) raise(c.term, c.weight);
  // Related words rank by rank (every concept's first, then every second…) until the cap, so a
  // long need does not spend the whole budget on its first words. Generic words get none.
  const lists = concepts.map((c) => (c.generic ? [] : lexicon.related(c.term, c.word)));
  let added = 0;
  for (let rank = 0; added < MAX_ADDED_TERMS; rank++) {
    let any = false;
    concepts.forEach((concept, i) => {
      const relative = lists[i]?.[rank];
      if (!relative || added >= MAX_ADDED_TERMS) return;
      any = true;
      if (relative.terms.some((t) => seen.has(t))) return; // the user said it already
      const strength = RELATED_STRENGTH[relative.source];
      concept.related.push({ terms: relative.terms, strength });
      for (const t of relative.terms) raise(t, strength * concept.weight * RELATED_QUERY_SHARE);
      added += relative.terms.length;
    });
    if (!any) break;
  }
  for (const concept of concepts) {
    let idf = idfOf(concept.term);
    if (idf === 0) for (const r of concept.related) idf = Math.max(idf, ...r.terms.map(idfOf));
    concept.weight *= idf > 0 ? idf : unknownIdf;
  }
  return { concepts, queryTerms, meaningful: concepts.some((c) => !c.generic) };
}

/** How a concept meets a practice: by the user's word, by a related word, or not at all. */
export interface ConceptMatch {
  concept: NeedConcept;
  /** 1 for the user's word, the relative's strength, or 0. */
  credit: number;
  /** The related word that matched, when it is one. */
  relative?: ConceptRelative;
}

/**
 * The need's concepts matched against practices through {@link TextIndex.heldTerms}' flags,
 * over `terms` (the query's terms, in the order the flags were asked for): a practice's
 * coverage needs no set of its terms and no match object, so that the 60 candidates of a query
 * cost a few typed-array reads each; only the results' matches are built.
 */
export class ConceptMatcher {
  // Per concept: the place of its term in `terms` (-1 if absent), and its relatives' places.
  private readonly termAt: number[];
  private readonly relativesAt: number[][][];

  constructor(
    private readonly concepts: readonly NeedConcept[],
    readonly terms: readonly string[],
  ) {
    const place = new Map<string, number>();
    terms.forEach((t, i) => {
      if (!place.has(t)) place.set(t, i);
    });
    const at = (t: string) => place.get(t) ?? -1;
    this.termAt = concepts.map((c) => at(c.term));
    this.relativesAt = concepts.map((c) => c.related.map((r) => r.terms.map(at)));
  }

  /** The credit and relative of concept c for the practice of row `row` of `held`. */
  private best(held: Uint8Array, row: number, c: number): ConceptRelative | undefined {
    const concept = this.concepts[c] as NeedConcept;
    const relatives = this.relativesAt[c] as number[][];
    let best: ConceptRelative | undefined;
    for (let r = 0; r < relatives.length; r++) {
      const relative = concept.related[r] as ConceptRelative;
      if (best && relative.strength <= best.strength) continue;
      if ((relatives[r] as number[]).every((i) => i >= 0 && held[row + i] === 1)) best = relative;
    }
    return best;
  }

  private holds(held: Uint8Array, row: number, c: number): boolean {
    const i = this.termAt[c] as number;
    return i >= 0 && held[row + i] === 1;
  }

  /**
   * Each concept's match with the practice of `held`'s row `d` (its flags from
   * `d × terms.length`): by the user's word (credit 1), by its strongest related word whose
   * terms it all holds (the first of equal strengths), or not at all.
   */
  matches(held: Uint8Array, d: number): ConceptMatch[] {
    const row = d * this.terms.length;
    return this.concepts.map((concept, c) => {
      if (this.holds(held, row, c)) return { concept, credit: 1 };
      const best = this.best(held, row, c);
      return best ? { concept, credit: best.strength, relative: best } : { concept, credit: 0 };
    });
  }

  /**
   * The share of the need's weight the practice of row `d` covers, in [0, 1]: the sum of its
   * concepts' weights times their credit (see {@link ConceptMatcher.matches}), over their sum.
   */
  coverage(held: Uint8Array, d: number): number {
    const row = d * this.terms.length;
    let total = 0;
    let covered = 0;
    for (let c = 0; c < this.concepts.length; c++) {
      const weight = (this.concepts[c] as NeedConcept).weight;
      total += weight;
      if (this.holds(held, row, c)) covered += weight * 1;
      else covered += weight * (this.best(held, row, c)?.strength ?? 0);
    }
    return total > 0 ? covered / total : 0;
  }
}
