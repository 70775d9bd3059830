import type { CollectivityKind, CriterionName, OfficialKind } from '@essaimage/core';

/** The views of the dashboard, by their URL name. */
export const VIEWS = ['trouver', 'fiche', 'tendances', 'carte', 'donnees'] as const;
export type ViewName = (typeof VIEWS)[number];

/** Population bands used by the filters and the trends (upper bounds exclusive). */
export const POPULATION_BANDS = [
  { code: 'lt2k', label: 'moins de 2 000 hab.', min: 0, max: 2_000 },
  { code: '2k-10k', label: '2 000 à 10 000 hab.', min: 2_000, max: 10_000 },
  { code: '10k-50k', label: '10 000 à 50 000 hab.', min: 10_000, max: 50_000 },
  { code: '50k-200k', label: '50 000 à 200 000 hab.', min: 50_000, max: 200_000 },
  { code: 'ge200k', label: '200 000 hab. et plus', min: 200_000, max: Infinity },
] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number]['code'];

/** Which practices may be shown: every list empty or null means "no constraint". */
export interface PracticeFilters {
  regions: string[];
  kinds: CollectivityKind[];
  bands: PopulationBand[];
  yearFrom: number | null;
  yearTo: number | null;
  areas: string[];
}

/** Who the search is for: an official collectivity picked in the autocomplete, or facts by hand. */
export interface ProfileState {
  official: { kind: OfficialKind; code: string } | null;
  /** The label shown in the autocomplete for the picked collectivity. */
  label: string;
  kind: CollectivityKind | null;
  population: number | null;
  region: string | null;
}

/** The largest weight a slider (and a link) can give a criterion. */
export const WEIGHT_MAX = 3;

/**
 * The longest need kept (characters): a link must stay well under the ~16 KB of request line a
 * server accepts (Node answers 431 beyond), even with every character percent-encoded.
 */
export const NEED_MAX = 2_000;

/** Everything a copied link must reproduce. */
export interface AppState {
  view: ViewName;
  /** The practice shown by the fiche. */
  practiceId: string | null;
  profile: ProfileState;
  need: string;
  budget: number | null;
  staff: number | null;
  filters: PracticeFilters;
  /** Only the weights the user changed; the others keep the engine's defaults. */
  weights: Partial<Record<CriterionName, number>>;
}

export const EMPTY_FILTERS: PracticeFilters = {
  regions: [],
  kinds: [],
  bands: [],
  yearFrom: null,
  yearTo: null,
  areas: [],
};

export const INITIAL_STATE: AppState = {
  view: 'trouver',
  practiceId: null,
  profile: { official: null, label: '', kind: null, population: null, region: null },
  need: '',
  budget: null,
  staff: null,
  filters: EMPTY_FILTERS,
  weights: {},
};
