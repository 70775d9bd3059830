import type { Practice } from '@essaimage/core';
import { POPULATION_BANDS, type PopulationBand, type PracticeFilters } from './app-state';

/** The band a population falls in, or null when it is unknown. */
export function populationBand(population: number | null): PopulationBand | null {
  if (population === null) return null;
  return POPULATION_BANDS.find((band) => population >= band.min && population < band.max)!.code;
}

/** Whether any filter constrains the selection. */
export function hasFilters(filters: PracticeFilters): boolean {
  return (
    filters.regions.length > 0 ||
    filters.kinds.length > 0 ||
    filters.bands.length > 0 ||
    filters.areas.length > 0 ||
    filters.yearFrom !== null ||
    filters.yearTo !== null
  );
}

/**
 * Whether a practice passes the filters. A practice whose fact is unknown (no year, no
 * population) does not pass a filter on that fact.
 */
export function matchesFilters(practice: Practice, filters: PracticeFilters): boolean {
  if (filters.regions.length > 0 && !filters.regions.includes(practice.region ?? '')) return false;
  if (filters.kinds.length > 0 && !filters.kinds.includes(practice.collectivity.kind)) return false;
  if (filters.bands.length > 0) {
    const band = populationBand(practice.population);
    if (band === null || !filters.bands.includes(band)) return false;
  }
  if (filters.yearFrom !== null && (practice.year === null || practice.year < filters.yearFrom))
    return false;
  if (filters.yearTo !== null && (practice.year === null || practice.year > filters.yearTo))
    return false;
  if (filters.areas.length > 0 && !practice.policyAreas.some((a) => filters.areas.includes(a)))
    return false;
  return true;
}
