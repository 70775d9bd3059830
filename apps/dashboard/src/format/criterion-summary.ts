import type { CriterionName, CriterionResult } from '@essaimage/core';
import { CRITERION_NAMES } from './core-lists';
import { CRITERION_LABELS } from './labels';

/** One criterion with its label and reason, for a sentence. */
export interface CriterionWords {
  name: CriterionName;
  label: string;
  reason: string;
}

/**
 * The strongest and the weakest of the criteria that counted (known, with a weight): what a
 * card says in words, without hovering. The weakest is null when it is the strongest.
 */
export function strongestAndWeakest(criteria: Record<CriterionName, CriterionResult>): {
  strongest: CriterionWords | null;
  weakest: CriterionWords | null;
} {
  const counted = CRITERION_NAMES.filter((name) => {
    const c = criteria[name];
    return c && !c.missing && c.score !== null && c.weight > 0;
  });
  if (counted.length === 0) return { strongest: null, weakest: null };
  const score = (name: CriterionName) => criteria[name].score ?? 0;
  // Stable: the first criterion in the usual order wins a tie.
  const best = counted.reduce((a, b) => (score(b) > score(a) ? b : a));
  const worst = counted.reduce((a, b) => (score(b) < score(a) ? b : a));
  const words = (name: CriterionName): CriterionWords => ({
    name,
    label: CRITERION_LABELS[name],
    reason: criteria[name].reason,
  });
  return {
    strongest: words(best),
    weakest: score(worst) < score(best) ? words(worst) : null,
  };
}
