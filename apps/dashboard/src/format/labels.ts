import type { CollectivityKind, CriterionName, Medal } from '@essaimage/core';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
const field = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
// Intl puts a narrow no-break space between thousands; a no-break space renders everywhere.
const spaces = (text: string) => text.replace(/\u202f/g, '\u00a0');

/** 15432 → "15 432". */
export const formatCount = (value: number): string => spaces(integer.format(value));

/** 0.5 → "0,5". */
export const formatDecimal = (value: number): string => spaces(decimal.format(value));

/** 0.25 → "0,25", 20000 → "20 000": a number as a form field shows it back. */
export const formatFieldNumber = (value: number): string => spaces(field.format(value));

/** 19000 → "19 000 €", 1250000 → "1,3 M€". */
export function formatEuros(value: number): string {
  if (value >= 1_000_000) return `${formatDecimal(value / 1_000_000)}\u00a0M€`;
  return `${formatCount(Math.round(value))}\u00a0€`;
}

/** A score in [0, 1] as a percentage: 0.734 → "73 %". */
export const formatPercent = (value: number): string => `${Math.round(value * 100)}\u00a0%`;

export const KIND_LABELS: Record<CollectivityKind, string> = {
  commune: 'commune',
  epci: 'EPCI',
  departement: 'département',
  region: 'région',
  syndicat: 'syndicat',
  autre: 'autre',
};

export const MEDAL_LABELS: Record<Medal, string> = {
  or: 'or',
  argent: 'argent',
  bronze: 'bronze',
  excellence: 'excellence',
};

export const CRITERION_LABELS: Record<CriterionName, string> = {
  relevance: 'Pertinence',
  size: 'Taille',
  kind: 'Type',
  territory: 'Territoire',
  policyArea: 'Domaine',
  budget: 'Budget',
  staff: 'Personnel',
};

/** What each weight does, for the sliders' descriptions. */
export const CRITERION_HELP: Record<CriterionName, string> = {
  relevance: 'exposant appliqué à la pertinence du texte',
  size: 'proximité de population',
  kind: 'même type de collectivité',
  territory: 'même région ou région voisine',
  policyArea: 'même domaine d’action publique',
  budget: 'coût à la portée de votre budget',
  staff: 'personnel à la portée de vos effectifs',
};
