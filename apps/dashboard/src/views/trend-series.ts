import type { CollectivityKind } from '@essaimage/core';
import type { BarDatum } from '../charts/bar-chart';
import type { StackedDatum } from '../charts/stacked-bars';
import { COLLECTIVITY_KINDS, MEDALS } from '../format/core-lists';
import { KIND_LABELS, MEDAL_LABELS } from '../format/labels';
import { POPULATION_BANDS } from '../state/app-state';
import type { CountRow, TrendData } from '../store/trend-data';

/**
 * How many award categories get their own colour (every one of the corpus's 20); past that,
 * the rarest are stacked as one.
 */
export const TOP_CATEGORIES = 20;
export const OTHER_CATEGORIES = 'Autres catégories';
export const NO_CATEGORY = 'Sans catégorie';
/** The column of the practices whose year the source does not give (sorts after the years). */
export const UNKNOWN_YEAR = 'année inconnue';

/** The stacked series: the most frequent categories by name, then "Autres catégories". */
export function yearCategorySeries(data: TrendData): { rows: StackedDatum[]; series: string[] } {
  const totals = new Map<string, number>();
  for (const r of data.byYearCategory) {
    const name = r.category || NO_CATEGORY;
    totals.set(name, (totals.get(name) ?? 0) + r.count);
  }
  const ranked = [...totals.entries()]
    .sort(([a, n], [b, m]) => m - n || a.localeCompare(b, 'fr'))
    .map(([name]) => name);
  const kept = new Set(ranked.slice(0, TOP_CATEGORIES));
  const grouped = new Map<string, StackedDatum>();
  for (const r of data.byYearCategory) {
    const name = r.category || NO_CATEGORY;
    const series = kept.has(name) ? name : OTHER_CATEGORIES;
    const x = r.year === null ? UNKNOWN_YEAR : String(r.year);
    const key = `${x}\u0000${series}`;
    const row = grouped.get(key) ?? { x, series, count: 0 };
    row.count += r.count;
    grouped.set(key, row);
  }
  const series = ranked.filter((name) => kept.has(name));
  if (ranked.length > TOP_CATEGORIES) series.push(OTHER_CATEGORIES);
  return { rows: [...grouped.values()], series };
}

const countOf = (rows: CountRow[], key: string) => rows.find((r) => r.key === key)?.count ?? 0;

const MEDAL_COLOURS: Record<string, string> = {
  or: '#b8860b',
  argent: '#7d8790',
  bronze: '#9c5b2e',
  excellence: '#6a3d9a',
  aucune: '#c4cbd4',
};

/** Every medal (and "sans médaille"), in the order of the podium. */
export function medalBars(data: TrendData): BarDatum[] {
  return [...MEDALS, 'aucune' as const].map((medal) => ({
    key: medal,
    label: medal === 'aucune' ? 'sans' : MEDAL_LABELS[medal],
    count: countOf(data.byMedal, medal),
    colour: MEDAL_COLOURS[medal],
  }));
}

/** Every kind of collectivity. */
export function kindBars(data: TrendData): BarDatum[] {
  return COLLECTIVITY_KINDS.map((kind: CollectivityKind) => ({
    key: kind,
    label: KIND_LABELS[kind],
    count: countOf(data.byKind, kind),
  }));
}

const SHORT_BAND_LABELS: Record<string, string> = {
  lt2k: '< 2 k',
  '2k-10k': '2–10 k',
  '10k-50k': '10–50 k',
  '50k-200k': '50–200 k',
  ge200k: '≥ 200 k',
  inconnue: 'inconnue',
};

/** Every population band, and the practices whose population is unknown. */
export function bandBars(data: TrendData): BarDatum[] {
  return [...POPULATION_BANDS.map((b) => b.code), 'inconnue'].map((band) => ({
    key: band,
    label: SHORT_BAND_LABELS[band],
    count: countOf(data.byBand, band),
  }));
}

/** The full label of a band key, for tables. */
export function bandLabel(key: string): string {
  return POPULATION_BANDS.find((b) => b.code === key)?.label ?? 'population inconnue';
}
