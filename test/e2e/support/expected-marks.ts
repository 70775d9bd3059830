import { COLLECTIVITY_KINDS, MEDALS, type Practice } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography } from '@essaimage/core/node';

/** docs/analytics.md's population bands: < 2 000, 2 000 – 10 000, … , > 200 000. */
const DOCUMENTED_POPULATION_BANDS = 5;

/**
 * The number of marks each trends chart must draw for a corpus. The stacked years and the
 * budget dots are counted from the corpus itself; the bar charts draw every value of their
 * dimension, zero counts drawn flat, so their counts come from the lists that define those
 * values (the record's medals and kinds, the documented population bands, the official
 * geography's regions), never from the dashboard's code.
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
    medals: MEDALS.length + 1, // and « sans médaille »
    kinds: COLLECTIVITY_KINDS.length,
    bands: DOCUMENTED_POPULATION_BANDS + 1, // and « inconnue »
    // The 18 regions (two-character codes): 13 metropolitan paths and 5 overseas insets; the
    // geography's other codes are overseas collectivities, which are no region on the map.
    regions: loadOfficialGeography()
      .regions()
      .filter((r) => r.code.length === 2).length,
    budgets: practices.filter((p) => p.budget?.amount != null).length,
  };
}
