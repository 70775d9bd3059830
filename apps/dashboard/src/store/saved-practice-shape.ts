import { noTransferFacts, type Practice } from '@essaimage/core';

/**
 * A practice saved in this browser by an earlier version, in today's shape: one saved before the
 * transfer facts existed (no `period` key at all) reads as a source that states none; an award
 * without a sponsor and a budget without precision or lines get null and []. A practice already
 * in today's shape comes back unchanged.
 */
export function currentPracticeShape(saved: Practice): Practice {
  const old: Partial<Practice> = saved;
  if (old.period !== undefined) return saved;
  const award = saved.award as
    (Omit<NonNullable<Practice['award']>, 'sponsor'> & { sponsor?: string | null }) | null;
  const budget = saved.budget as
    | (Omit<NonNullable<Practice['budget']>, 'precision' | 'lines'> &
        Partial<NonNullable<Practice['budget']>>)
    | null;
  return {
    ...saved,
    award: award && { ...award, sponsor: award.sponsor ?? null },
    budget: budget && { ...budget, precision: budget.precision ?? null, lines: budget.lines ?? [] },
    ...noTransferFacts(),
  };
}
