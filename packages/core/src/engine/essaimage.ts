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
import type { Lexicon } from '../lexicon/lexicon';
import {
  fitScore,
  MIN_RELEVANCE_WEIGHT,
  resolveWeights,
  usableWeights,
  type ScoreWeights,
} from '../scoring/weights';
import { TopK } from '../search/top-k';
import type { Analyzer } from '../text/analyzer';
import type { Tokenizer } from '../text/tokenizer';
import { mostRelevant } from './candidate-scan';
import { inferNeedAreas, NEED_AREA_VOTERS } from './need-areas';
import { ConceptMatcher, expandNeed, type ConceptMatch } from './need-concepts';
import type { Notice } from './notices';
import { pertinence, PERTINENCE_FLOOR, proximity } from './pertinence';
import { areaLabeller, practiceFields } from './practice-text';
import { FitBounds } from './fit-bounds';
import { OwnPractices } from './own-practices';
import { PracticeStore } from './practice-store';
import { relatedSurfaces, relevanceReason } from './relevance-reason';
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
  lexicon: Lexicon;
  criteria: readonly FitCriterion[];
  geography: Geography | null;
  policyAreas: readonly PolicyArea[];
  weights: ScoreWeights;
}

/** How many text neighbours "similar" re-ranks with the fit criteria. */
const SIMILAR_POOL = 50;
/** How many of a practice's strongest terms find its neighbours. */
const SIMILAR_TERMS = 24;
/** How many practices of highest text score a need's pertinence is computed for. */
export const CANDIDATE_POOL = 60;
/**
 * The idf a concept takes when neither it nor a related word is in the catalogue, as a share of
 * the idf of a term in one practice: the need asks for something the catalogue may not have.
 */
const UNKNOWN_IDF_SHARE = 0.5;

/**
 * The engine: ranks practices for a need and a target, explains each criterion, finds similar
 * practices. Queries allocate nothing per candidate: the relevance of every candidate comes from
 * the index's reused buffers, fit scores go into one reused array, and a top-k heap keeps the best.
 */
export class Essaimage {
  /**
   * The practices by the index's doc numbers (never reused, so removed ones leave holes), held
   * compactly: a practice object is made again for the few a query reads.
   */
  private readonly store = new PracticeStore();
  private readonly own = new OwnPractices();
  private readonly fitBounds: FitBounds;
  private readonly fitNames: FitCriterionName[];
  private readonly fitScores: Float64Array;
  private readonly areaLabel: (code: string) => string;
  private usableDefaults: ReturnType<typeof usableWeights> | undefined;

  constructor(private readonly parts: EssaimageParts) {
    this.fitNames = parts.criteria.map((c) => c.name);
    this.fitScores = new Float64Array(parts.criteria.length);
    this.fitBounds = new FitBounds(parts.criteria);
    this.areaLabel = areaLabeller(parts.policyAreas);
  }

  /** Add practices (or replace those with the same id) and index them. */
  add(practices: Iterable<Practice>): void {
    if (Array.isArray(practices)) this.parts.index.expect?.(practices.length);
    for (const practice of practices) {
      this.unregister(practice.id);
      this.parts.index.add(practice.id, practiceFields(practice, this.areaLabel));
      this.register(practice);
    }
  }

  /**
   * Take practices that the index may already hold (a prebuilt index): those it has are only
   * registered, the others are indexed. Indexed ids without a practice are removed from the index.
   */
  attach(practices: Iterable<Practice>): void {
    const index = this.parts.index;
    const before = index.ids(); // the ids added below all have a practice: no need to check them
    // As many new documents as practices past those indexed: exact when the practices include
    // every indexed one, as they do with a prebuilt index (no pass over them to count).
    if (Array.isArray(practices)) index.expect?.(Math.max(0, practices.length - before.length));
    for (const practice of practices) {
      if (this.has(practice.id)) this.unregister(practice.id);
      if (!index.has(practice.id)) index.add(practice.id, practiceFields(practice, this.areaLabel));
      this.register(practice);
    }
    for (const id of before) if (!this.has(id)) index.remove(id);
  }

  /** Remove a practice; false when there was none with that id. */
  remove(id: string): boolean {
    if (!this.has(id)) return false;
    this.unregister(id);
    return true;
  }

  /** Whether a practice has that id (the index may hold ids without one while attaching). */
  private has(id: string): boolean {
    const doc = this.parts.index.docNumber(id);
    return doc !== undefined && this.store.has(doc);
  }

  /** Records an indexed practice under its id and doc number. */
  private register(practice: Practice): void {
    const doc = this.parts.index.docNumber(practice.id) as number;
    this.store.set(doc, practice);
    this.own.add(practice, doc);
    this.fitBounds.invalidate();
  }

  /** Forgets a practice and takes it out of the index, if there is one with that id. */
  private unregister(id: string): void {
    const doc = this.parts.index.docNumber(id);
    if (doc !== undefined) {
      const practice = this.store.at(doc);
      if (practice) this.own.delete(practice, doc);
      this.store.delete(doc);
      this.parts.index.remove(id);
    }
    this.fitBounds.invalidate();
  }

  /** The practice with that id: a new object, equal to the one added. */
  practice(id: string): Practice | undefined {
    const doc = this.parts.index.docNumber(id);
    return doc === undefined ? undefined : this.store.get(doc);
  }

  /** Every practice, in insertion order (each a new object: at a million, gigabytes of them). */
  practices(): Practice[] {
    return this.store.docs().map((doc) => this.store.get(doc) as Practice);
  }

  /** The number of practices. */
  get size(): number {
    return this.store.size;
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
            code: 'missing',
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
    const { weights, notices } = this.weightsOf(query.weights);
    const index = this.parts.index;
    const unknownIdf = Math.log(1 + Math.max(1, this.size)) * UNKNOWN_IDF_SHARE;
    const expanded = expandNeed(need, this.parts, (t) => index.idfOf(t), unknownIdf);
    if (!expanded.meaningful) {
      notices.push({ code: 'need-too-vague' });
      return {
        target,
        needAreas: query.areas ? [...query.areas] : [],
        results: [],
        belowFloor: 0,
        notices,
      };
    }
    const text = index.scoreTerms(expanded.queryTerms);
    const includeOwn = query.includeOwn ?? false;
    const eligibleId = this.eligibility(target, includeOwn, query.candidates);

    // The pool: the practices of highest text score; each one's pertinence from its coverage.
    const best = mostRelevant(text, Math.max(CANDIDATE_POOL, top), eligibleId);
    const matcher = new ConceptMatcher(expanded.concepts, [...expanded.queryTerms.keys()]);
    const held = index.heldTerms(
      best.map((c) => c.doc),
      matcher.terms,
    );
    const pool = best.map(({ doc, score, key }, row) => ({
      doc,
      id: key,
      row,
      pertinence: pertinence(matcher.coverage(held, row), score),
      text: score,
    }));
    pool.sort((a, b) => b.pertinence - a.pertinence || b.text - a.text || (a.id < b.id ? -1 : 1));
    const floor = query.includeBelowFloor ? 0 : PERTINENCE_FLOOR;
    const answers = pool.filter((c) => c.pertinence >= floor && c.pertinence > 0);

    // The most pertinent practices vote for the need's areas.
    const needAreas = query.areas
      ? [...query.areas]
      : inferNeedAreas(
          answers.slice(0, NEED_AREA_VOTERS).map(({ doc, pertinence }) => ({
            practice: this.store.at(doc) as Practice,
            relevance: pertinence,
          })),
        );
    const context: FitContext = { target, needAreas };
    const heap = new TopK(top);
    const byDoc = new Map<number, (typeof answers)[number]>();
    const bounds = this.fitBounds.boundsFor(this.store, { target, weights });
    for (const candidate of answers) {
      const most = Math.pow(candidate.pertinence, weights.relevance);
      // A fit is at most 1 and the answers come by decreasing pertinence: once one cannot reach
      // the heap's worst, none after it can, and their criteria (a practice read each) are spared.
      if (most < heap.threshold) break;
      if (most * bounds.of(candidate.doc) < heap.threshold) continue; // nor can this one
      const practice = this.store.at(candidate.doc) as Practice;
      // The criteria that do not depend on the need come as the bound kept them.
      bounds.scores(candidate.doc, practice, context, this.fitScores);
      const score = most * fitScore(this.fitNames, this.fitScores, weights);
      if (heap.push(candidate.doc, score, candidate.id)) byDoc.set(candidate.doc, candidate);
    }
    const results = heap.drain().map(({ doc, score }) => {
      const practice = this.store.at(doc) as Practice;
      const { row, pertinence } = byDoc.get(doc) as (typeof answers)[number];
      const matches = matcher.matches(held, row);
      const reason = relevanceReason(matches, this.surfacesOf(practice, matches));
      bounds.scores(doc, practice, context, this.fitScores);
      return this.explain(practice, score, pertinence, reason, context, weights, this.fitScores);
    });
    if (results.length === 0) notices.push({ code: 'nothing-relevant' });
    return { target, needAreas, results, belowFloor: pool.length - answers.length, notices };
  }

  /** The query's weights over the engine's, made usable, and the notices of what was changed. */
  private weightsOf(given: Partial<ScoreWeights> | undefined): {
    weights: ScoreWeights;
    notices: Notice[];
  } {
    // The engine's own weights, made usable once: most queries give none.
    const usable =
      given === undefined
        ? (this.usableDefaults ??= usableWeights(resolveWeights({ ...this.parts.weights })))
        : usableWeights(resolveWeights({ ...this.parts.weights, ...given }));
    const notices: Notice[] = [];
    if (usable.raisedRelevance !== null) {
      notices.push({
        code: 'relevance-weight-raised',
        given: usable.raisedRelevance,
        used: MIN_RELEVANCE_WEIGHT,
      });
    }
    if (usable.resetFit) notices.push({ code: 'fit-weights-reset' });
    return { weights: usable.weights, notices };
  }

  /** The practice's own words for the related terms that matched (« vélos » for velo). */
  private surfacesOf(practice: Practice, matches: readonly ConceptMatch[]): Map<string, string> {
    const wanted = new Set(matches.flatMap((m) => m.relative?.terms ?? []));
    if (wanted.size === 0) return new Map();
    const texts = practiceFields(practice, this.areaLabel).map((f) => f.text);
    return relatedSurfaces(texts, wanted, this.parts.tokenizer, this.parts.analyzer);
  }

  /** The practices nearest to one practice by text, re-ranked and explained for a target. */
  similar(id: string, query: SimilarQuery = {}): SimilarResult {
    const doc = this.parts.index.docNumber(id);
    const practice = doc === undefined ? undefined : this.store.get(doc);
    if (!practice) {
      throw new ValidationError(
        [
          {
            code: 'unknown-code',
            values: { value: id },
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
    const { weights } = this.weightsOf(query.weights);
    const includeOwn = query.includeOwn ?? false;
    const context: FitContext = { target, needAreas: practice.policyAreas };
    // Candidates from the practice's strongest terms (cheap on long texts), then their exact
    // text similarity: the ranking and the reasons use the true cosine.
    const index = this.parts.index;
    const eligibleId = this.eligibility(target, includeOwn, query.candidates);
    const neighbours = index.similar(id, Math.max(SIMILAR_POOL, top), {
      strongestTerms: SIMILAR_TERMS,
      accept: (doc: number) => eligibleId(doc) !== undefined,
    });
    const exact = index.cosines(
      id,
      neighbours.map((n) => n.id),
    );
    const ranked = neighbours.map((n, i) => {
      const other = this.store.at(n.doc) as Practice;
      const cosine = exact[i] as number;
      const relevance = proximity(cosine);
      const score = Math.pow(relevance, weights.relevance) * this.fit(other, context, weights);
      return { other, cosine, relevance, score };
    });
    // Equal scores (two proximities at 100 %, same fit): the closer text first, then the id.
    ranked.sort(
      (a, b) => b.score - a.score || b.cosine - a.cosine || (a.other.id < b.other.id ? -1 : 1),
    );
    const results = ranked.slice(0, top).map(({ other, cosine, relevance, score }) => {
      const reason = `proximité ${Math.round(relevance * 100)} % avec « ${practice.title} » (cosinus des textes ${cosine.toFixed(2).replace('.', ',')})`;
      this.criterionScores(other, context);
      return this.explain(other, score, relevance, reason, context, weights, this.fitScores);
    });
    return { practice, target, results };
  }

  /**
   * The id of a doc number a query may return, or undefined: a practice of the engine, not one
   * the target ran itself (unless `includeOwn`), among `allowed` when given. Reads no practice
   * object (see {@link OwnPractices}): it is asked of every candidate a top-k scan looks at.
   */
  private eligibility(
    target: TargetProfile,
    includeOwn: boolean,
    allowed: ReadonlySet<string> | undefined,
  ): (doc: number) => string | undefined {
    const own = includeOwn ? undefined : this.own.of(target);
    const index = this.parts.index;
    return (doc) => {
      if (!this.store.has(doc) || own?.has(doc)) return undefined;
      const id = index.idOf(doc);
      return id === undefined || (allowed && !allowed.has(id)) ? undefined : id;
    };
  }

  /** Transférabilité: the weighted mean of the fit criteria that are not missing. */
  private fit(practice: Practice, context: FitContext, weights: ScoreWeights): number {
    return fitScore(this.fitNames, this.criterionScores(practice, context), weights);
  }

  /** Each fit criterion's score (NaN when missing) into the reused `fitScores`. */
  private criterionScores(practice: Practice, context: FitContext): Float64Array {
    const criteria = this.parts.criteria;
    for (let c = 0; c < criteria.length; c++) {
      const score = (criteria[c] as FitCriterion).score(practice, context);
      this.fitScores[c] = score === null ? NaN : score;
    }
    return this.fitScores;
  }

  /** The result for a practice, its criteria's `scores` (NaN when missing) already computed. */
  private explain(
    practice: Practice,
    score: number,
    relevance: number,
    relevanceText: string,
    context: FitContext,
    weights: ScoreWeights,
    scores: Float64Array,
  ): RankedPractice {
    const criteria = {
      relevance: {
        score: relevance,
        weight: weights.relevance,
        reason: relevanceText,
        missing: false,
      },
    } as Record<CriterionName, CriterionResult>;
    const all = this.parts.criteria;
    for (let c = 0; c < all.length; c++) {
      const criterion = all[c] as FitCriterion;
      const value = Number.isNaN(scores[c]) ? null : (scores[c] as number);
      criteria[criterion.name] = {
        score: value,
        weight: weights[criterion.name],
        reason: criterion.reason(practice, context, value),
        missing: value === null,
      };
    }
    // The transferability from the same scores, as the ranking computed it.
    const transferability = fitScore(this.fitNames, scores, weights);
    return {
      id: practice.id,
      title: practice.title,
      collectivity: { ...practice.collectivity },
      year: practice.year,
      award: practice.award,
      population: practice.population,
      region: practice.region,
      score,
      pertinence: relevance,
      transferability,
      criteria,
    };
  }
}

function checkTop(top: number | undefined): number {
  const k = top ?? 10;
  if (!Number.isSafeInteger(k) || k < 1) {
    throw new ValidationError(
      [
        {
          code: Number.isInteger(k) ? 'out-of-range' : 'not-integer',
          values: { value: top, min: 1, max: Number.MAX_SAFE_INTEGER },
          where: 'query',
          field: 'top',
          expected: 'a positive integer',
          found: String(top),
        },
      ],
      'invalid query',
    );
  }
  return k;
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
