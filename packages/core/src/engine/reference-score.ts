import lexicon from '../../data/lexicon/lexicon.json' with { type: 'json' };
import adjacency from '../../data/region-adjacency.json' with { type: 'json' };
import type { PolicyArea } from '../practice/policy-area';
import type { CollectivityKind, Practice } from '../practice/record';
import type { FitCriterionName } from '../scoring/criterion';
import type { TargetProfile } from '../scoring/target';
import type { ScoreWeights } from '../scoring/weights';
import type { Analyzer } from '../text/analyzer';
import {
  CANDIDATES,
  combinePertinence,
  effectiveWeights,
  lexiconRelated,
  PERTINENCE_FLOOR,
  ReferencePertinence,
} from './reference-pertinence';

/*
 * The tests' reference for the engine: the score of README.md's « How the score works », written
 * the plain, slow way from that table and not from the engine's code. Test-only: nothing in the
 * package imports it. Each part is a small function of its own (relevance, each fit criterion,
 * the mean, the combination, the ranking) so that a change of the documented score changes one.
 *
 * Where the README leaves a detail open, the rule used is the one documented elsewhere, named
 * beside it: the TF-IDF weighting is TfIdfIndex's documented one (sublinear tf, smooth idf), the
 * need's areas follow inferNeedAreas's documented vote.
 */

// ---------------------------------------------------------------------------------------------
// Relevance: a plain TF-IDF cosine over sparse maps.

/** README: « title ×3, summary, results, area labels ». */
export const REFERENCE_FIELD_WEIGHTS = { title: 3, summary: 1, results: 1, areas: 1 };

type Vector = Map<string, number>;

/** The fields of a practice's text with their weights, as the README lists them. */
export function referenceFields(
  practice: Practice,
  areaLabel: (code: string) => string,
): Array<{ text: string; weight: number }> {
  const fields = [
    { text: practice.title, weight: REFERENCE_FIELD_WEIGHTS.title },
    { text: practice.summary, weight: REFERENCE_FIELD_WEIGHTS.summary },
  ];
  if (practice.results)
    fields.push({ text: practice.results, weight: REFERENCE_FIELD_WEIGHTS.results });
  const labels = practice.policyAreas.map(areaLabel).join(' ');
  if (labels) fields.push({ text: labels, weight: REFERENCE_FIELD_WEIGHTS.areas });
  return fields;
}

/** 1 + ln(tf) from 1 on, tf itself below (TfIdfIndex's documented weighting). */
function tfWeight(tf: number): number {
  return tf >= 1 ? 1 + Math.log(tf) : tf;
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return Math.sqrt(sum);
}

/** The cosine of two sparse vectors; 0 when either is empty. */
export function cosine(a: Vector, b: Vector): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  let dot = 0;
  for (const [term, w] of a) dot += w * (b.get(term) ?? 0);
  return dot / (na * nb);
}

/** TF-IDF over a fixed set of documents: idf = ln(1 + N / df). */
export class PlainTfIdf {
  private readonly idf = new Map<string, number>();
  private readonly vectors = new Map<string, Vector>();

  constructor(
    private readonly analyzer: Analyzer,
    documents: ReadonlyArray<{
      id: string;
      fields: ReadonlyArray<{ text: string; weight: number }>;
    }>,
  ) {
    const counts = new Map<string, Map<string, number>>();
    const df = new Map<string, number>();
    for (const { id, fields } of documents) {
      const tf = new Map<string, number>();
      for (const { text, weight } of fields)
        for (const term of analyzer.terms(text)) tf.set(term, (tf.get(term) ?? 0) + weight);
      counts.set(id, tf);
      for (const term of tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    }
    for (const [term, n] of df) this.idf.set(term, Math.log(1 + documents.length / n));
    for (const [id, tf] of counts) {
      const vector: Vector = new Map();
      for (const [term, f] of tf) vector.set(term, tfWeight(f) * (this.idf.get(term) as number));
      this.vectors.set(id, vector);
    }
  }

  /** A need's vector: each occurrence counts 1; terms no document holds are dropped. */
  queryVector(text: string): Vector {
    const tf = new Map<string, number>();
    for (const term of this.analyzer.terms(text))
      if (this.idf.has(term)) tf.set(term, (tf.get(term) ?? 0) + 1);
    const vector: Vector = new Map();
    for (const [term, f] of tf) vector.set(term, tfWeight(f) * (this.idf.get(term) as number));
    return vector;
  }

  vector(id: string): Vector {
    return this.vectors.get(id) ?? new Map();
  }

  /** ln(1 + N / df); 0 for a term no document holds. */
  idfOf(term: string): number {
    return this.idf.get(term) ?? 0;
  }

  /** N, the number of documents. */
  get size(): number {
    return this.vectors.size;
  }
}

// ---------------------------------------------------------------------------------------------
// The fit criteria, each from its line of the table; null when a fact it needs is missing.

/** size: exp(−|ln(pop_p / pop_t)| / ln 10). */
export function referenceSize(practice: Practice, target: TargetProfile): number | null {
  const p = practice.population;
  const t = target.population;
  if (p === null || t === null || p <= 0 || t <= 0) return null;
  return Math.exp(-Math.abs(Math.log(p / t)) / Math.log(10));
}

/**
 * kind: the README gives commune ↔ EPCI 0.8 and commune → région 0.2 (a commune's practice run
 * by a région); the same kind is 1. The other pairs are the matrix as KIND_AFFINITY's public
 * documentation states it, copied here by hand (rows: the practice's kind; columns: the
 * target's), so that a change of any value is seen and decided, not carried along.
 */
const KINDS: Record<CollectivityKind, Record<CollectivityKind, number>> = {
  //            commune  epci  departement  region  syndicat  autre
  commune: { commune: 1, epci: 0.8, departement: 0.4, region: 0.2, syndicat: 0.6, autre: 0.5 },
  epci: { commune: 0.8, epci: 1, departement: 0.5, region: 0.3, syndicat: 0.8, autre: 0.5 },
  departement: { commune: 0.4, epci: 0.5, departement: 1, region: 0.7, syndicat: 0.4, autre: 0.5 },
  region: { commune: 0.2, epci: 0.3, departement: 0.7, region: 1, syndicat: 0.3, autre: 0.5 },
  syndicat: { commune: 0.6, epci: 0.8, departement: 0.4, region: 0.3, syndicat: 1, autre: 0.5 },
  autre: { commune: 0.5, epci: 0.5, departement: 0.5, region: 0.5, syndicat: 0.5, autre: 1 },
};

export function referenceKind(practice: Practice, target: TargetProfile): number | null {
  if (target.kind === null) return null;
  return KINDS[practice.collectivity.kind][target.kind];
}

/** The five overseas regions: Guadeloupe, Martinique, Guyane, La Réunion, Mayotte. */
const OVERSEAS = new Set(['01', '02', '03', '04', '06']);
const NEIGHBOURS: Record<string, readonly string[]> = adjacency.neighbours;

/** territory: same region 1, neighbour 0.7, same zone 0.4, metropolitan ↔ overseas 0.15. */
export function referenceTerritory(practice: Practice, target: TargetProfile): number | null {
  const p = practice.region;
  const t = target.region;
  if (p === null || t === null) return null;
  if (p === t) return 1;
  if ((NEIGHBOURS[t] ?? []).includes(p) || (NEIGHBOURS[p] ?? []).includes(t)) return 0.7;
  return OVERSEAS.has(p) === OVERSEAS.has(t) ? 0.4 : 0.15;
}

/** policy area: 0.5 + 0.5 × Jaccard, 0 with none shared. */
export function referencePolicyArea(
  practice: Practice,
  needAreas: readonly string[],
): number | null {
  if (needAreas.length === 0 || practice.policyAreas.length === 0) return null;
  const mine = new Set(practice.policyAreas);
  const theirs = new Set(needAreas);
  const shared = [...mine].filter((a) => theirs.has(a)).length;
  if (shared === 0) return 0;
  const union = new Set([...mine, ...theirs]).size;
  return 0.5 + 0.5 * (shared / union);
}

/** The practice's resource for the target's size: × (pop_t / pop_p)^0.5 (as is without both). */
function scaled(amount: number, practice: Practice, target: TargetProfile): number {
  const p = practice.population;
  const t = target.population;
  if (p === null || t === null || p <= 0 || t <= 0) return amount;
  return amount * Math.sqrt(t / p);
}

/** 1 within the ceiling, ceiling / need beyond. */
function within(need: number, ceiling: number): number {
  return need <= ceiling ? 1 : ceiling / need;
}

/** budget: the scaled cost against the target's ceiling. */
export function referenceBudget(practice: Practice, target: TargetProfile): number | null {
  const cost = practice.budget?.amount ?? null;
  if (cost === null || target.budget === null) return null;
  return within(scaled(cost, practice, target), target.budget);
}

/** staff: the same for FTE, or agents when the source counts people. */
export function referenceStaff(practice: Practice, target: TargetProfile): number | null {
  const fte = practice.staff?.fte ?? practice.staff?.agents ?? null;
  if (fte === null || target.staff === null) return null;
  return within(scaled(fte, practice, target), target.staff);
}

export type ReferenceFit = Record<FitCriterionName, number | null>;

export function referenceFit(
  practice: Practice,
  target: TargetProfile,
  needAreas: readonly string[],
): ReferenceFit {
  return {
    size: referenceSize(practice, target),
    kind: referenceKind(practice, target),
    territory: referenceTerritory(practice, target),
    policyArea: referencePolicyArea(practice, needAreas),
    budget: referenceBudget(practice, target),
    staff: referenceStaff(practice, target),
  };
}

// ---------------------------------------------------------------------------------------------
// The combination.

/** The weighted mean of the criteria that are known (missing ones are left out); 1 with none weighed. */
export function weightedMean(fit: ReferenceFit, weights: ScoreWeights): number {
  let sum = 0;
  let total = 0;
  for (const [name, value] of Object.entries(fit) as Array<[FitCriterionName, number | null]>) {
    if (value === null) continue;
    sum += weights[name] * value;
    total += weights[name];
  }
  return total === 0 ? 1 : sum / total;
}

/** score = relevance^α × the weighted mean of the fit criteria. */
export function combine(relevance: number, fit: ReferenceFit, weights: ScoreWeights): number {
  return Math.pow(relevance, weights.relevance) * weightedMean(fit, weights);
}

/** One scored practice of the reference. */
export interface ReferenceResult {
  id: string;
  score: number;
  relevance: number;
  fit: ReferenceFit;
}

/** Best first; equal scores by id (UTF-16 code units). */
export function rank(results: ReferenceResult[]): ReferenceResult[] {
  return [...results].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------
// The need's areas: inferNeedAreas's documented vote.

/**
 * The 8 practices most relevant to the need vote for their areas with their relevance (the
 * first area fully, the others half); areas with at least half the best vote are kept, three at
 * most, best first (ties on code).
 */
export function referenceNeedAreas(
  voters: ReadonlyArray<{ practice: Practice; relevance: number }>,
): string[] {
  const votes = new Map<string, number>();
  for (const { practice, relevance } of voters.slice(0, 8))
    practice.policyAreas.forEach((area, i) =>
      votes.set(area, (votes.get(area) ?? 0) + relevance * (i === 0 ? 1 : 0.5)),
    );
  const best = Math.max(0, ...votes.values());
  if (best === 0) return [];
  return [...votes]
    .filter(([, v]) => v >= best / 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 3)
    .map(([area]) => area);
}

// ---------------------------------------------------------------------------------------------
// recommend and similar.

export interface ReferenceRecommend {
  need: string;
  target: TargetProfile;
  weights: ScoreWeights;
  top: number;
  areas?: readonly string[];
  /** Only these ids may be returned (RecommendQuery.candidates). */
  candidates?: ReadonlySet<string>;
  /** Keep the target's own practices, left out by default. */
  includeOwn?: boolean;
}

/**
 * README: the target's own practices are those of the collectivity searched for, by official
 * code, or by name when there is no code.
 */
function ownOf(target: TargetProfile): (p: Practice) => boolean {
  if (target.code !== null)
    return (p) => p.collectivity.code === target.code && p.collectivity.kind === target.kind;
  if (target.name !== null)
    return (p) => p.collectivity.code === null && p.collectivity.name === target.name;
  return () => false;
}

/** The reference engine over a fixed catalogue. */
export class ReferenceEngine {
  private readonly tfidf: PlainTfIdf;
  private readonly byId: Map<string, Practice>;
  private readonly pertinence: ReferencePertinence;

  constructor(
    private readonly practices: readonly Practice[],
    analyzer: Analyzer,
    policyAreas: readonly PolicyArea[],
  ) {
    const labels = new Map(policyAreas.map((a) => [a.code, a.label]));
    const label = (code: string) => labels.get(code) ?? code;
    this.tfidf = new PlainTfIdf(
      analyzer,
      practices.map((p) => ({ id: p.id, fields: referenceFields(p, label) })),
    );
    this.byId = new Map(practices.map((p) => [p.id, p]));
    this.pertinence = new ReferencePertinence(
      analyzer,
      this.tfidf,
      lexiconRelated(lexicon.related as Record<string, string>, lexicon.words),
      new Set(lexicon.generic),
      new Set(Object.keys(lexicon.words)),
    );
  }

  /**
   * README « Candidates » and « Floor »: the eligible practices with a positive text score T,
   * the CANDIDATES (or top, if more) of highest T, their pertinence P; by P, then T, then id.
   */
  relevant(
    need: string,
    eligible: (p: Practice) => boolean = () => true,
    top = CANDIDATES,
  ): Array<{ practice: Practice; relevance: number; text: number }> {
    const concepts = this.pertinence.concepts(need);
    if (this.pertinence.tooVague(concepts)) return [];
    return this.practices
      .filter(eligible)
      .map((practice) => ({
        practice,
        text: this.pertinence.textScore(concepts, practice.id),
        relevance: this.pertinence.pertinence(concepts, practice.id),
      }))
      .filter((r) => r.text > 0)
      .sort((a, b) => b.text - a.text || (a.practice.id < b.practice.id ? -1 : 1))
      .slice(0, Math.max(CANDIDATES, top))
      .sort(
        (a, b) =>
          b.relevance - a.relevance || b.text - a.text || (a.practice.id < b.practice.id ? -1 : 1),
      );
  }

  recommend(query: ReferenceRecommend): { needAreas: string[]; results: ReferenceResult[] } {
    const { target, candidates } = query;
    const own = query.includeOwn ? () => false : ownOf(target);
    const { weights } = effectiveWeights(query.weights);
    const passing = this.relevant(
      query.need,
      (p) => !own(p) && (!candidates || candidates.has(p.id)),
      query.top,
    ).filter((r) => r.relevance >= PERTINENCE_FLOOR);
    const needAreas = query.areas ? [...query.areas] : referenceNeedAreas(passing);
    const results = passing.map(({ practice, relevance }) => {
      const fit = referenceFit(practice, target, needAreas);
      return {
        id: practice.id,
        score: combinePertinence(relevance, fit, weights),
        relevance,
        fit,
      };
    });
    return { needAreas, results: rank(results).slice(0, query.top) };
  }

  /**
   * Against the practice's own collectivity unless a target is given, whose practices are left
   * out; need areas: the practice's own; the first number, proximité: the cosine of the two
   * texts over 0.15, at most 1.
   */
  similar(
    id: string,
    query: {
      target?: TargetProfile;
      weights: ScoreWeights;
      top: number;
      candidates?: ReadonlySet<string>;
      includeOwn?: boolean;
    },
  ): ReferenceResult[] {
    const practice = this.byId.get(id) as Practice;
    const target = query.target ?? ownCollectivity(practice);
    const own = query.includeOwn ? () => false : ownOf(target);
    const { weights } = effectiveWeights(query.weights);
    const mine = this.tfidf.vector(id);
    const results = this.practices
      .filter(
        (other) =>
          other.id !== id && !own(other) && (!query.candidates || query.candidates.has(other.id)),
      )
      .map((other) => ({ other, cos: cosine(mine, this.tfidf.vector(other.id)) }))
      .filter((r) => r.cos > 0)
      .map(({ other, cos }) => ({
        cos,
        result: this.scored(other, Math.min(1, cos / 0.15), target, practice.policyAreas, weights),
      }));
    // Equal scores (proximities of 100 %, same fit): the higher cosine first, then the id.
    return results
      .sort(
        (a, b) =>
          b.result.score - a.result.score ||
          b.cos - a.cos ||
          (a.result.id < b.result.id ? -1 : a.result.id > b.result.id ? 1 : 0),
      )
      .map((r) => r.result)
      .slice(0, query.top);
  }

  private scored(
    practice: Practice,
    relevance: number,
    target: TargetProfile,
    needAreas: readonly string[],
    weights: ScoreWeights,
  ): ReferenceResult {
    const fit = referenceFit(practice, target, needAreas);
    return { id: practice.id, score: combine(relevance, fit, weights), relevance, fit };
  }
}

/** A practice's own collectivity as a profile: no budget or staff ceiling. */
export function ownCollectivity(practice: Practice): TargetProfile {
  return {
    name: practice.collectivity.name,
    kind: practice.collectivity.kind,
    code: practice.collectivity.code,
    population: practice.population,
    region: practice.region,
    department: practice.department,
    budget: null,
    staff: null,
  };
}
