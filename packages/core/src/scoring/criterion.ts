import type { Practice } from '../practice/record';
import type { TargetProfile } from './target';

/** The criteria of the transferability score, relevance first. */
export const CRITERION_NAMES = [
  'relevance',
  'size',
  'kind',
  'territory',
  'policyArea',
  'budget',
  'staff',
] as const;

/** One criterion's name. */
export type CriterionName = (typeof CRITERION_NAMES)[number];

/** The fit criteria: every criterion but relevance. */
export type FitCriterionName = Exclude<CriterionName, 'relevance'>;

/** What the fit criteria know of a query besides the target: the policy areas the need asks for. */
export interface FitContext {
  target: TargetProfile;
  /** Policy-area codes of the need, given or inferred; empty when unknown. */
  needAreas: readonly string[];
}

/**
 * One fit criterion: a score in [0, 1] and a one-line French reason. `score` is on the hot path
 * (called for every candidate of a query): it must not allocate. `reason` is called for the
 * results shown only.
 */
export interface FitCriterion {
  readonly name: FitCriterionName;
  /**
   * True when the score does not depend on the need (on `context.needAreas`): the engine then
   * keeps the practices' scores for a target from one query to the next, to bound a
   * candidate's fit before computing it. Left out, the criterion is treated as depending on it.
   */
  readonly needIndependent?: boolean;
  /** In [0, 1]; null when a fact it needs is missing (the criterion is then neutral). */
  score(practice: Practice, context: FitContext): number | null;
  reason(practice: Practice, context: FitContext, score: number | null): string;
}

/** One criterion's value for one result, as the CLI and the dashboard show it. */
export interface CriterionResult {
  /** In [0, 1], or null when the data is missing. */
  score: number | null;
  /** The weight it was given (for relevance: the exponent α). */
  weight: number;
  /** One French line saying why. */
  reason: string;
  /** True when a fact was missing: the criterion was then left out of the combination. */
  missing: boolean;
}
