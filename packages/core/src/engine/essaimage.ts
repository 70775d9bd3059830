import type { Geography } from '../geography/geography';
import type { PolicyArea } from '../practice/policy-area';
import { ValidationError } from '../practice/problem';
import type { Practice } from '../practice/record';
import type {
  CriterionName,
  CriterionResult,
  FitContext,
  FitCriterion,
  FitCriterionName,
} from '../scoring/criterion';
import type { TargetProfile } from '../scoring/target';
import { combineScore, resolveWeights, type ScoreWeights } from '../scoring/weights';
import { TopK } from '../search/top-k';
import type { Analyzer } from '../text/analyzer';
import type { Tokenizer } from '../text/tokenizer';
import { inferNeedAreas, NEED_AREA_VOTERS } from './need-areas';
import { areaLabeller, practiceFields } from './practice-text';
import { needWords, relevanceReason } from './relevance-reason';
import { resolveTarget } from './resolve-target';
import type { TextIndex } from './text-index';
import type {
  RankedPractice,
  RecommendQuery,
  RecommendResult,
  SimilarQuery,
  SimilarResult,
  TargetInput,
} from './types';

/** What an Essaimage engine is made of; the container wires the defaults. */
export interface EssaimageParts {
  index: TextIndex;
  tokenizer: Tokenizer;
  analyzer: Analyzer;
  criteria: readonly FitCriterion[];
  geography: Geography | null;
  policyAreas: readonly PolicyArea[];
  weights: ScoreWeights;
}

/** How many text neighbours "similar" re-ranks with the fit criteria. */
const SIMILAR_POOL = 50;
/** How many of a practice's strongest terms find its neighbours. */
const SIMILAR_TERMS = 24;

/**
 * The engine: ranks practices for a need and a target, explains each criterion, finds similar
 * practices. Queries allocate nothing per candidate: the relevance of every candidate comes from
 * the index's reused buffers, fit scores go into one reused array, and a top-k heap keeps the best.
 */
export class Essaimage {
  private readonly practicesById = new Map<string, Practice>();
  private readonly fitNames: FitCriterionName[];
  private readonly fitScores: Float64Array;
  private readonly areaLabel: (code: string) => string;
  // Scratch buffers of the ranking, reused by every query (grown, never shrunk).
  private scratchDocs = new Int32Array(0);
  private scratchRelevance = new Float64Array(0);
  private scratchOrder = new Int32Array(0);

  constructor(private readonly parts: EssaimageParts) {
    this.fitNames = parts.criteria.map((c) => c.name);
    this.fitScores = new Float64Array(parts.criteria.length);
    this.areaLabel = areaLabeller(parts.policyAreas);
  }

  /** Add practices (or replace those with the same id) and index them. */
  add(practices: Iterable<Practice>): void {
    for (const practice of practices) {
      if (this.parts.index.has(practice.id)) this.parts.index.remove(practice.id);
      this.practicesById.set(practice.id, practice);
      this.parts.index.add(practice.id, practiceFields(practice, this.areaLabel));
    }
  }

  /**
   * Take practices that the index may already hold (a prebuilt index): those it has are only
   * registered, the others are indexed. Indexed ids without a practice are removed from the index.
   */
  attach(practices: Iterable<Practice>): void {
    const index = this.parts.index;
    const before = index.ids(); // the ids added below all have a practice: no need to check them
    for (const practice of practices) {
      this.practicesById.set(practice.id, practice);
      if (!index.has(practice.id)) index.add(practice.id, practiceFields(practice, this.areaLabel));
    }
    for (const id of before) if (!this.practicesById.has(id)) index.remove(id);
  }

  /** Remove a practice; false when there was none with that id. */
  remove(id: string): boolean {
    if (!this.practicesById.delete(id)) return false;
    this.parts.index.remove(id);
    return true;
  }

  /** The practice with that id. */
  practice(id: string): Practice | undefined {
    return this.practicesById.get(id);
  }

  /** Every practice, in insertion order. */
  practices(): Practice[] {
    return [...this.practicesById.values()];
  }

  /** The number of practices. */
  get size(): number {
    return this.practicesById.size;
  }

  /** The text index, for serialising it or projecting its vectors. */
  get index(): TextIndex {
    return this.parts.index;
  }

  /** The policy areas of the taxonomy. */
  get policyAreas(): readonly PolicyArea[] {
    return this.parts.policyAreas;
  }

  /** Resolve a target input into a profile (see resolveTarget). */
  resolveTarget(input?: TargetInput): TargetProfile {
    return resolveTarget(input, this.parts.geography);
  }

  /** Rank practices for a need and a target, best first, each criterion explained. */
  recommend(query: RecommendQuery): RecommendResult {
    const need = query.need.trim();
    if (!need) {
      throw new ValidationError(
        [
          {
            where: 'query',
            field: 'need',
            expected: 'a need in plain French',
            found: 'an empty string',
          },
        ],
        'invalid query',
      );
    }
    const top = checkTop(query.top);
    const target = this.resolveTarget(query.target);
    const weights = resolveWeights({ ...this.parts.weights, ...query.weights });
    const candidates = this.parts.index.scoreCandidates(need);
    const { count, docs, scores } = candidates;
    const eligible = (doc: number): Practice | undefined => {
      const id = this.parts.index.idOf(doc);
      if (id === undefined || (query.candidates && !query.candidates.has(id))) return undefined;
      const practice = this.practicesById.get(id);
      return practice && (query.includeOwn || !isOwn(practice, target)) ? practice : undefined;
    };

    // Phase 1: the most relevant candidates, by relevance alone (one comparison for most).
    const byRelevance = new TopK(Math.max(top, NEED_AREA_VOTERS));
    let entry = byRelevance.threshold;
    for (let i = 0; i < count; i++) {
      const relevance = scores[i] as number;
      if (relevance <= 0 || relevance < entry) continue;
      const practice = eligible(docs[i] as number);
      if (practice && byRelevance.push(docs[i] as number, relevance, practice.id)) {
        entry = byRelevance.threshold;
      }
    }
    const mostRelevant = byRelevance.drain();
    const needAreas = query.areas
      ? [...query.areas]
      : inferNeedAreas(
          mostRelevant.map(({ key, score }) => ({
            practice: this.practicesById.get(key) as Practice,
            relevance: score,
          })),
        );
    const context: FitContext = { target, needAreas };

    // Phase 2: their combined scores fill the heap, so its threshold starts high; fit is at
    // most 1, so any candidate whose relevance^α is under the threshold cannot enter it.
    const heap = new TopK(top);
    const relevanceByDoc = new Map<number, number>();
    const offer = (doc: number, relevance: number, practice: Practice) => {
      const score = this.combined(practice, relevance, context, weights);
      if (heap.push(doc, score, practice.id)) relevanceByDoc.set(doc, relevance);
    };
    const seeded = new Set<number>();
    for (const { doc, score, key } of mostRelevant) {
      seeded.add(doc);
      offer(doc, score, this.practicesById.get(key) as Practice);
    }
    // The candidates that could still enter, most relevant first: once one falls under the
    // floor, all the rest do too. Sorting only these costs far less than scoring them all.
    const alpha = weights.relevance;
    let threshold = heap.threshold;
    let relevanceFloor = floorFor(threshold, alpha);
    const open = this.collectAbove(candidates, relevanceFloor, seeded);
    for (let j = 0; j < open.length; j++) {
      const at = open[j] as number;
      const relevance = this.scratchRelevance[at] as number;
      if (relevance < relevanceFloor) break;
      const doc = this.scratchDocs[at] as number;
      const practice = eligible(doc);
      if (!practice) continue;
      offer(doc, relevance, practice);
      if (heap.threshold !== threshold) {
        threshold = heap.threshold;
        relevanceFloor = floorFor(threshold, alpha);
      }
    }

    const words = needWords(need, this.parts.tokenizer, this.parts.analyzer);
    const results = heap.drain().map(({ doc, score, key: id }) => {
      const practice = this.practicesById.get(id) as Practice;
      const relevance = relevanceByDoc.get(doc) as number;
      const terms = documentTerms(this.parts.index, id);
      const reason = relevanceReason(relevance, words, terms);
      return this.explain(practice, score, relevance, reason, context, weights);
    });
    return { target, needAreas, results };
  }

  /** The practices nearest to one practice by text, re-ranked and explained for a target. */
  similar(id: string, query: SimilarQuery = {}): SimilarResult {
    const practice = this.practicesById.get(id);
    if (!practice) {
      throw new ValidationError(
        [
          {
            where: 'query',
            field: 'id',
            expected: 'the id of a known practice',
            found: JSON.stringify(id),
          },
        ],
        'invalid query',
      );
    }
    const top = checkTop(query.top);
    const target = query.target ? this.resolveTarget(query.target) : profileOf(practice);
    const weights = resolveWeights({ ...this.parts.weights, ...query.weights });
    const context: FitContext = { target, needAreas: practice.policyAreas };
    // Candidates from the practice's strongest terms (cheap on long texts), then their exact
    // text similarity: the ranking and the reasons use the true cosine.
    const index = this.parts.index;
    const allowed = query.candidates;
    const neighbours = index.similar(id, Math.max(SIMILAR_POOL, top), {
      strongestTerms: SIMILAR_TERMS,
      ...(allowed ? { accept: (doc: number) => allowed.has(index.idOf(doc) ?? '') } : {}),
    });
    const exact = index.cosines(
      id,
      neighbours.map((n) => n.id),
    );
    const ranked = neighbours.map((n, i) => {
      const other = this.practicesById.get(n.id) as Practice;
      const relevance = exact[i] as number;
      return { other, relevance, score: this.combined(other, relevance, context, weights) };
    });
    ranked.sort((a, b) => b.score - a.score || (a.other.id < b.other.id ? -1 : 1));
    const results = ranked.slice(0, top).map(({ other, relevance, score }) => {
      const reason = `similarité de texte ${Math.round(relevance * 100)} % avec « ${practice.title} »`;
      return this.explain(other, score, relevance, reason, context, weights);
    });
    return { practice, target, results };
  }

  /**
   * Copy the candidates with relevance at or above the floor (and not already seeded) into the
   * engine's scratch buffers, and return their positions sorted by relevance, highest first.
   */
  private collectAbove(
    candidates: { count: number; docs: Int32Array; scores: Float64Array },
    floor: number,
    seeded: ReadonlySet<number>,
  ): Int32Array {
    if (this.scratchDocs.length < candidates.count) {
      const size = Math.max(candidates.count, this.scratchDocs.length * 2);
      this.scratchDocs = new Int32Array(size);
      this.scratchRelevance = new Float64Array(size);
      this.scratchOrder = new Int32Array(size);
    }
    let n = 0;
    for (let i = 0; i < candidates.count; i++) {
      const relevance = candidates.scores[i] as number;
      if (relevance <= 0 || relevance < floor) continue;
      const doc = candidates.docs[i] as number;
      if (seeded.has(doc)) continue;
      this.scratchDocs[n] = doc;
      this.scratchRelevance[n] = relevance;
      this.scratchOrder[n] = n;
      n++;
    }
    const relevanceAt = this.scratchRelevance;
    return this.scratchOrder
      .subarray(0, n)
      .sort((a, b) => (relevanceAt[b] as number) - (relevanceAt[a] as number) || a - b);
  }

  private combined(
    practice: Practice,
    relevance: number,
    context: FitContext,
    weights: ScoreWeights,
  ): number {
    const criteria = this.parts.criteria;
    for (let c = 0; c < criteria.length; c++) {
      const score = (criteria[c] as FitCriterion).score(practice, context);
      this.fitScores[c] = score === null ? NaN : score;
    }
    return combineScore(relevance, this.fitNames, this.fitScores, weights);
  }

  private explain(
    practice: Practice,
    score: number,
    relevance: number,
    relevanceText: string,
    context: FitContext,
    weights: ScoreWeights,
  ): RankedPractice {
    const criteria = {
      relevance: {
        score: relevance,
        weight: weights.relevance,
        reason: relevanceText,
        missing: false,
      },
    } as Record<CriterionName, CriterionResult>;
    for (const criterion of this.parts.criteria) {
      const value = criterion.score(practice, context);
      criteria[criterion.name] = {
        score: value,
        weight: weights[criterion.name],
        reason: criterion.reason(practice, context, value),
        missing: value === null,
      };
    }
    return {
      id: practice.id,
      title: practice.title,
      collectivity: { ...practice.collectivity },
      year: practice.year,
      award: practice.award,
      population: practice.population,
      region: practice.region,
      score,
      criteria,
    };
  }
}

function checkTop(top: number | undefined): number {
  const k = top ?? 10;
  if (!Number.isSafeInteger(k) || k < 1) {
    throw new ValidationError(
      [{ where: 'query', field: 'top', expected: 'a positive integer', found: String(top) }],
      'invalid query',
    );
  }
  return k;
}

/** The distinct terms of an indexed document. */
function documentTerms(index: TextIndex, id: string): Set<string> {
  const terms = new Set<string>();
  const vector = index.vector(id);
  if (vector) for (const termId of vector.terms) terms.add(index.term(termId));
  return terms;
}

/**
 * The relevance below which relevance^α cannot reach a score threshold: threshold^(1/α).
 * With α = 0 relevance does not count, so nothing can be skipped.
 */
function floorFor(threshold: number, alpha: number): number {
  if (threshold <= 0 || alpha === 0) return 0;
  return Math.pow(threshold, 1 / alpha);
}

/** Whether the target itself ran the practice (same official code and kind). */
function isOwn(practice: Practice, target: TargetProfile): boolean {
  return (
    target.code !== null &&
    practice.collectivity.code === target.code &&
    practice.collectivity.kind === target.kind
  );
}

/** A practice's own collectivity as a target: "similar" compares contexts with it by default. */
function profileOf(practice: Practice): TargetProfile {
  return {
    name: practice.officialName ?? practice.collectivity.name,
    kind: practice.collectivity.kind,
    code: practice.collectivity.code,
    population: practice.population,
    region: practice.region,
    department: practice.department,
    budget: null,
    staff: null,
  };
}
