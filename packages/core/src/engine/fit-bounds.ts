import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from '../scoring/criterion';
import type { TargetProfile } from '../scoring/target';
import type { ScoreWeights } from '../scoring/weights';

// Covers the rounding of a mean summed in another order than the bound's.
const ROUNDING_MARGIN = 1 + 1e-12;

/** The practices by doc number, as the engine holds them (an array is one). */
export interface PracticesByDoc {
  /** One past the highest doc number with a practice. */
  readonly length: number;
  /** The practice of a doc number, undefined for a hole. */
  at(doc: number): Practice | undefined;
}

/** What the bounds depend on besides the practices. */
export interface FitBoundsKey {
  target: TargetProfile;
  weights: ScoreWeights;
}

/**
 * An upper bound of every practice's fit for one target, by doc number: the weighted mean of
 * its need-independent criteria (size, kind, territory, budget, staff), with the criteria that
 * depend on the need counted at their best, 1. An answer whose pertinence^α × bound cannot
 * enter the top k is passed over without computing its criteria: each reads a practice's facts,
 * decoded from the engine's compact store unless read lately (several microseconds), and a
 * query has some 60 answers.
 *
 * A bound is computed the first time a query asks for it, and kept while the target stays the
 * same (a user asks many needs for one collectivity), so the next queries read it from an array.
 */
export class TargetBounds {
  private readonly bounds: Float64Array; // NaN: not computed yet
  // Per doc number, the need-independent criteria's scores (NaN: missing), once its bound is
  // computed: a candidate's fit then computes only the criteria that depend on the need.
  private readonly kept: Float64Array;
  private readonly independent: readonly FitCriterion[];
  private readonly independentWeights: readonly number[];
  // Per criterion: its place among the need-independent ones, or -1.
  private readonly independentAt: readonly number[];
  private readonly needWeight: number;
  private readonly context: FitContext;

  constructor(
    private readonly practiceByDoc: PracticesByDoc,
    private readonly criteria: readonly FitCriterion[],
    key: FitBoundsKey,
  ) {
    this.bounds = new Float64Array(practiceByDoc.length).fill(NaN);
    this.independent = criteria.filter((c) => c.needIndependent === true);
    this.kept = new Float64Array(practiceByDoc.length * this.independent.length);
    this.independentWeights = this.independent.map((c) => key.weights[c.name]);
    this.independentAt = criteria.map((c) => this.independent.indexOf(c));
    let needWeight = 0;
    for (const c of criteria) if (c.needIndependent !== true) needWeight += key.weights[c.name];
    this.needWeight = needWeight;
    this.context = { target: key.target, needAreas: [] };
  }

  /** The bound of the practice of a doc number (1 for a doc number without one). */
  of(doc: number): number {
    const known = doc < this.bounds.length ? this.bounds[doc] : 1;
    if (!Number.isNaN(known)) return known;
    const bound = this.compute(doc);
    this.bounds[doc] = bound;
    return bound;
  }

  /**
   * Each criterion's score (NaN when missing) for `practice`, the practice of `doc`, into `out`
   * in the criteria's order: those that do not depend on the need as kept for the target (its
   * bound computed first, if it was not), the others from `context`, whose target must be this
   * one's. The same numbers as each criterion's `score`.
   */
  scores(doc: number, practice: Practice, context: FitContext, out: Float64Array): void {
    // The engine's store gives the object it just read again (its recent reads are kept), so
    // this is a map lookup; another object, or one read long ago, is computed afresh.
    const kept = doc < this.bounds.length && this.practiceByDoc.at(doc) === practice;
    if (kept) this.of(doc);
    const base = doc * this.independent.length;
    for (let c = 0; c < this.criteria.length; c++) {
      const at = this.independentAt[c] as number;
      if (kept && at >= 0) {
        out[c] = this.kept[base + at] as number;
        continue;
      }
      const score = (this.criteria[c] as FitCriterion).score(practice, context);
      out[c] = score === null ? NaN : score;
    }
  }

  private compute(doc: number): number {
    const practice = this.practiceByDoc.at(doc);
    if (practice === undefined) return 1;
    let weighted = this.needWeight;
    let total = this.needWeight;
    const base = doc * this.independent.length;
    for (let c = 0; c < this.independent.length; c++) {
      const score = (this.independent[c] as FitCriterion).score(practice, this.context);
      this.kept[base + c] = score === null ? NaN : score;
      if (score === null) continue;
      const weight = this.independentWeights[c] as number;
      weighted += weight * score;
      total += weight;
    }
    return total > 0 ? (weighted / total) * ROUNDING_MARGIN : 1;
  }
}

/** The {@link TargetBounds} of the last target, kept until the target or the practices change. */
export class FitBounds {
  private key = '';
  private bounds: TargetBounds | undefined;

  constructor(private readonly criteria: readonly FitCriterion[]) {}

  /** Forgets the bounds: the practices changed. */
  invalidate(): void {
    this.key = '';
    this.bounds = undefined;
  }

  /**
   * The bounds for a target, by doc number below `practiceByDoc.length` (the engine invalidates
   * them whenever that array changes).
   */
  boundsFor(practiceByDoc: PracticesByDoc, key: FitBoundsKey): TargetBounds {
    const text = JSON.stringify(key);
    if (this.bounds && text === this.key) return this.bounds;
    this.bounds = new TargetBounds(practiceByDoc, this.criteria, key);
    this.key = text;
    return this.bounds;
  }
}
