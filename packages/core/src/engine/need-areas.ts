import type { Practice } from '../practice/record';

/** How many of the most relevant practices vote for the need's areas, and the share a vote needs. */
export const NEED_AREA_VOTERS = 8;
export const NEED_AREA_SHARE = 0.5;
export const NEED_AREA_MAX = 3;

/**
 * Infer the policy areas of a need from the practices most relevant to it: each of the top
 * practices votes for its areas with its relevance; areas with at least half the best area's
 * votes are kept (three at most). Pseudo-relevance feedback: no keyword list to maintain.
 */
export function inferNeedAreas(
  top: ReadonlyArray<{ practice: Practice; relevance: number }>,
): string[] {
  const votes = new Map<string, number>();
  for (const { practice, relevance } of top.slice(0, NEED_AREA_VOTERS)) {
    practice.policyAreas.forEach((area, rank) => {
      // A practice's first area is its main one (its award category): it weighs more.
      const weight = rank === 0 ? 1 : 0.5;
      votes.set(area, (votes.get(area) ?? 0) + relevance * weight);
    });
  }
  const best = Math.max(0, ...votes.values());
  if (best <= 0) return [];
  return [...votes.entries()]
    .filter(([, vote]) => vote >= best * NEED_AREA_SHARE)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, NEED_AREA_MAX)
    .map(([area]) => area);
}
