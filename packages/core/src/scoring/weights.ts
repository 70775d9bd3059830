import type { CriterionName, FitCriterionName } from './criterion';

/**
 * The weights of the score: `relevance` is the exponent α applied to relevance, the others weigh
 * the fit criteria in their mean. A weight of 0 switches a criterion off.
 */
export type ScoreWeights = Record<CriterionName, number>;

/**
 * Defaults: relevance counts linearly; size, kind and policy area as much as each other; territory
 * half as much (a practice travels well across regions); budget and staff fully when the target
 * gave a ceiling (otherwise they are missing and neutral).
 */
export const DEFAULT_WEIGHTS: Readonly<ScoreWeights> = {
  relevance: 1,
  size: 1,
  kind: 1,
  territory: 0.5,
  policyArea: 1,
  budget: 1,
  staff: 1,
};

/** The least relevance exponent α: the need can never be weighed to nothing. */
export const MIN_RELEVANCE_WEIGHT = 0.2;

/** Fill the weights a caller left out with the defaults; a negative or non-finite weight is an error. */
export function resolveWeights(weights: Partial<ScoreWeights> = {}): ScoreWeights {
  const resolved = { ...DEFAULT_WEIGHTS, ...weights };
  for (const [name, value] of Object.entries(resolved)) {
    if (!Number.isFinite(value) || value < 0) {
      throw new RangeError(
        `weight "${name}": expected a number zero or more, found ${String(value)}`,
      );
    }
  }
  return resolved;
}

/**
 * The ranking score: relevance^α × the weighted mean of the fit criteria that are not missing
 * (a missing criterion is neutral: it is left out of the mean, not counted as 0). With no fit
 * criterion known, the fit is 1 and the score is relevance^α.
 */
export function combineScore(
  relevance: number,
  fitNames: readonly FitCriterionName[],
  fitScores: ArrayLike<number>,
  weights: ScoreWeights,
): number {
  return Math.pow(relevance, weights.relevance) * fitScore(fitNames, fitScores, weights);
}

/**
 * The weights a query uses, and what was changed: a relevance α under
 * {@link MIN_RELEVANCE_WEIGHT} is raised to it; fit weights all 0 are reset to the defaults.
 */
export function usableWeights(weights: ScoreWeights): {
  weights: ScoreWeights;
  raisedRelevance: number | null;
  resetFit: boolean;
} {
  const used = { ...weights };
  const raisedRelevance = used.relevance < MIN_RELEVANCE_WEIGHT ? used.relevance : null;
  if (raisedRelevance !== null) used.relevance = MIN_RELEVANCE_WEIGHT;
  const fitNames = (Object.keys(DEFAULT_WEIGHTS) as CriterionName[]).filter(
    (n) => n !== 'relevance',
  );
  const resetFit = fitNames.every((n) => used[n] === 0);
  if (resetFit) for (const n of fitNames) used[n] = DEFAULT_WEIGHTS[n];
  return { weights: used, raisedRelevance, resetFit };
}

/** The weighted mean of the fit criteria that are not missing (NaN), or 1 when none is known. */
export function fitScore(
  fitNames: readonly FitCriterionName[],
  fitScores: ArrayLike<number>,
  weights: ScoreWeights,
): number {
  let weighted = 0;
  let total = 0;
  for (let i = 0; i < fitNames.length; i++) {
    const score = fitScores[i] as number;
    if (Number.isNaN(score)) continue; // NaN marks a missing criterion
    const weight = weights[fitNames[i] as FitCriterionName];
    weighted += weight * score;
    total += weight;
  }
  return total > 0 ? weighted / total : 1;
}
