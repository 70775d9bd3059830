import type { DimensionValue, TrendDimension } from '@essaimage/core/node';
import { loadCompactGeography, loadPolicyAreas } from '@essaimage/core/node';

/** French column headers of the trend dimensions. */
export const DIMENSION_HEADERS: Readonly<Record<TrendDimension, string>> = {
  year: 'année',
  category: 'catégorie',
  medal: 'médaille',
  programme: 'programme',
  kind: 'type',
  region: 'région',
  department: 'département',
  populationBand: 'population',
  policyArea: "domaine d'action",
  budgetPeriod: 'période du budget',
  durationBand: 'durée',
  withPartners: 'partenaires',
};

const KINDS: Readonly<Record<string, string>> = {
  commune: 'commune',
  epci: 'EPCI',
  departement: 'département',
  region: 'région',
  syndicat: 'syndicat',
  autre: 'autre',
};
const MEDALS: Readonly<Record<string, string>> = {
  or: 'or',
  argent: 'argent',
  bronze: 'bronze',
  excellence: 'excellence',
};
const PERIODS: Readonly<Record<string, string>> = {
  'one-off': 'ponctuel',
  annual: 'annuel',
  'multi-year': 'pluriannuel',
};

// What a null value means, when "unknown" would say it wrongly.
const UNKNOWN: Partial<Record<TrendDimension, string>> = {
  medal: 'sans médaille',
  category: 'sans catégorie',
  programme: 'sans prix',
  policyArea: 'sans domaine',
  budgetPeriod: 'non précisée',
  durationBand: 'non précisée',
};

/**
 * Turns dimension values into French words for people: region and department codes with their
 * names, policy-area codes as labels. The geography is read only when a region or department
 * is shown.
 */
export function dimensionLabeller(
  dimensions: readonly TrendDimension[],
): (dimension: TrendDimension, value: DimensionValue | undefined) => string {
  const geography =
    dimensions.includes('region') || dimensions.includes('department')
      ? loadCompactGeography()
      : undefined;
  const areas = dimensions.includes('policyArea')
    ? new Map(loadPolicyAreas().map((a) => [a.code, a.label]))
    : undefined;
  return (dimension, value) => {
    if (value === null || value === undefined) return UNKNOWN[dimension] ?? 'inconnu';
    const text = String(value);
    switch (dimension) {
      case 'kind':
        return KINDS[text] ?? text;
      case 'medal':
        return MEDALS[text] ?? text;
      case 'budgetPeriod':
        return PERIODS[text] ?? text;
      case 'region': {
        const name = geography?.region(text)?.name;
        return name ? `${text} ${name}` : text;
      }
      case 'department': {
        const name = geography?.lookup('departement', text)?.name;
        return name ? `${text} ${name}` : text;
      }
      case 'policyArea':
        return areas?.get(text) ?? text;
      default:
        return text;
    }
  };
}
