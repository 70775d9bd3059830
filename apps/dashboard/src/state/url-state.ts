import type { CollectivityKind, CriterionName, OfficialKind } from '@essaimage/core';
import { COLLECTIVITY_KINDS, CRITERION_NAMES } from '../format/core-lists';
import {
  INITIAL_STATE,
  NEED_MAX,
  POPULATION_BANDS,
  WEIGHT_MAX,
  VIEWS,
  type AppState,
  type PopulationBand,
  type ViewName,
} from './app-state';

// The state lives in the query string, with short French names, so a copied link reproduces
// a search. Only what differs from the initial state is written.

const OFFICIAL_KINDS: readonly OfficialKind[] = ['commune', 'epci', 'departement', 'region'];

const number = (text: string | null): number | null => {
  if (text === null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
};
const nonNegative = (value: number | null): number | null =>
  value !== null && value >= 0 ? value : null;
const list = (text: string | null): string[] =>
  text ? text.split(',').filter((item) => item !== '') : [];
const oneOf = <T extends string>(values: readonly T[], text: string | null): T | null =>
  values.includes(text as T) ? (text as T) : null;

/** Read the state from a query string ("?vue=fiche&id=..."). Unknown or malformed values are ignored. */
export function parseState(search: string): AppState {
  const params = new URLSearchParams(search);
  const official = params.get('cible');
  const [officialKind, officialCode] = official ? official.split(':') : [];
  const kind = oneOf(OFFICIAL_KINDS, officialKind ?? null);
  const weights: Partial<Record<CriterionName, number>> = {};
  for (const name of CRITERION_NAMES) {
    const value = number(params.get(`w.${name}`));
    // A hand-written link may say w.size=1e308: kept within the sliders' range.
    if (value !== null && value >= 0) weights[name] = Math.min(value, WEIGHT_MAX);
  }
  const bandCodes = POPULATION_BANDS.map((band) => band.code) as PopulationBand[];
  return {
    view: oneOf(VIEWS, params.get('vue')) ?? INITIAL_STATE.view,
    practiceId: params.get('id'),
    profile: {
      official: kind && officialCode ? { kind, code: officialCode } : null,
      label: params.get('nom') ?? '',
      kind: oneOf(COLLECTIVITY_KINDS, params.get('type')),
      population: nonNegative(number(params.get('pop'))),
      region: params.get('reg'),
    },
    need: (params.get('besoin') ?? '').slice(0, NEED_MAX),
    budget: nonNegative(number(params.get('budget'))),
    staff: nonNegative(number(params.get('etp'))),
    filters: {
      regions: list(params.get('f.reg')),
      kinds: list(params.get('f.type')).filter((k): k is CollectivityKind =>
        COLLECTIVITY_KINDS.includes(k as CollectivityKind),
      ),
      bands: list(params.get('f.taille')).filter((b): b is PopulationBand =>
        bandCodes.includes(b as PopulationBand),
      ),
      yearFrom: number(params.get('f.de')),
      yearTo: number(params.get('f.a')),
      areas: list(params.get('f.dom')),
    },
    weights,
  };
}

/** Write the state as a query string (with its leading "?", or "" for the initial state). */
export function formatState(state: AppState): string {
  const params = new URLSearchParams();
  const set = (key: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  };
  if (state.view !== INITIAL_STATE.view) set('vue', state.view);
  if (state.view === 'fiche') set('id', state.practiceId);
  const { profile, filters } = state;
  if (profile.official) set('cible', `${profile.official.kind}:${profile.official.code}`);
  set('nom', profile.label);
  set('type', profile.kind);
  set('pop', profile.population);
  set('reg', profile.region);
  set('besoin', state.need);
  set('budget', state.budget);
  set('etp', state.staff);
  set('f.reg', filters.regions.join(','));
  set('f.type', filters.kinds.join(','));
  set('f.taille', filters.bands.join(','));
  set('f.de', filters.yearFrom);
  set('f.a', filters.yearTo);
  set('f.dom', filters.areas.join(','));
  for (const name of CRITERION_NAMES) set(`w.${name}`, state.weights[name]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether a view name is known (for links built by hand). */
export const isView = (name: string): name is ViewName => VIEWS.includes(name as ViewName);
