import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from '../scoring/criterion';
import type { TargetProfile } from '../scoring/target';
import type { ScoreWeights } from '../scoring/weights';

/** A bound of a practice that no query may return (the target's own practice, or no practice). */
export const INELIGIBLE = -1;

// Covers the rounding of a mean summed in another order than the bound's.
const ROUNDING_MARGIN = 1 + 1e-12;

/** What the bounds depend on besides the practices. */
export interface FitBoundsKey {
  target: TargetProfile;
  weights: ScoreWeights;
  includeOwn: boolean;
}

/**
 * An upper bound of every practice's fit for one target, by doc number: the weighted mean of
 * its need-independent criteria (size, kind, territory, budget, staff), with the criteria that
 * depend on the need counted at their best, 1; {@link INELIGIBLE} for a practice the query may
 * not return. A candidate whose relevance^α × bound cannot enter the top k is skipped without
 * computing its criteria, so a query computes them for a few dozen practices instead of tens
 * of thousands.
 *
 * Bounds are kept for the last target (a user asks many needs for one collectivity): the first
 * query for a new target computes them for every practice, as many criteria as one full scan.
 */
export class FitBounds {
  private key = '';
  private bounds: Float64Array = new Float64Array(0);

  constructor(private readonly criteria: readonly FitCriterion[]) {}

  /** Forgets the bounds: the practices changed. */
  invalidate(): void {
    this.key = '';
  }

  /** The bounds for a target, by doc number below `practiceByDoc.length`. */
  boundsFor(practiceByDoc: ReadonlyArray<Practice | undefined>, key: FitBoundsKey): Float64Array {
    const text = JSON.stringify(key);
    if (text === this.key && this.bounds.length === practiceByDoc.length) return this.bounds;
    this.bounds = computeBounds(practiceByDoc, this.criteria, key);
    this.key = text;
    return this.bounds;
  }
}

function computeBounds(
  practiceByDoc: ReadonlyArray<Practice | undefined>,
  criteria: readonly FitCriterion[],
  { target, weights, includeOwn }: FitBoundsKey,
): Float64Array {
  const independent = criteria.filter((c) => c.needIndependent === true);
  const independentWeights = independent.map((c) => weights[c.name]);
  let needWeight = 0;
  for (const c of criteria) if (c.needIndependent !== true) needWeight += weights[c.name];
  const context: FitContext = { target, needAreas: [] };
  const bounds = new Float64Array(practiceByDoc.length);
  for (let doc = 0; doc < practiceByDoc.length; doc++) {
    const practice = practiceByDoc[doc];
    if (practice === undefined || (!includeOwn && isOwn(practice, target))) {
      bounds[doc] = INELIGIBLE;
      continue;
    }
    let weighted = needWeight;
    let total = needWeight;
    for (let c = 0; c < independent.length; c++) {
      const score = (independent[c] as FitCriterion).score(practice, context);
      if (score === null) continue;
      const weight = independentWeights[c] as number;
      weighted += weight * score;
      total += weight;
    }
    bounds[doc] = total > 0 ? (weighted / total) * ROUNDING_MARGIN : 1;
  }
  return bounds;
}

/** Whether the target itself ran the practice (same official code and kind). */
export function isOwn(practice: Practice, target: TargetProfile): boolean {
  return (
    target.code !== null &&
    practice.collectivity.code === target.code &&
    practice.collectivity.kind === target.kind
  );
}
