import type { Practice } from '@essaimage/core';
import { loadBundledCorpus } from '@essaimage/core/node';

/**
 * The number of marks each trends chart must draw for the bundled corpus, computed here from
 * the corpus itself (not from the dashboard's code).
 */
export function expectedTrendMarks(
  practices: Practice[] = loadBundledCorpus(),
): Record<string, number> {
  // Stacked bars: the 20 most frequent categories ("Sans catégorie" included) keep their own
  // segment, any rest share "Autres catégories"; one segment per (year, series) present, the
  // undated practices in a column of their own.
  const categoryOf = (p: Practice) => p.award?.category || 'Sans catégorie';
  const totals = new Map<string, number>();
  for (const p of practices) totals.set(categoryOf(p), (totals.get(categoryOf(p)) ?? 0) + 1);
  const kept = new Set(
    [...totals.entries()]
      .sort(([a, n], [b, m]) => m - n || a.localeCompare(b, 'fr'))
      .slice(0, 20)
      .map(([name]) => name),
  );
  const segments = new Set(
    practices.map((p) => `${p.year ?? '?'}|${kept.has(categoryOf(p)) ? categoryOf(p) : 'autres'}`),
  );
  return {
    years: segments.size,
    medals: 5, // or, argent, bronze, excellence, none
    kinds: 6, // every collectivity kind, zero counts drawn flat
    bands: 6, // five population bands and "unknown"
    regions: 13 + 5, // metropolitan regions and the overseas insets
    budgets: practices.filter((p) => p.budget?.amount != null).length,
  };
}
