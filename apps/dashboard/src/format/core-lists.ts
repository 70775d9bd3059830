import type {
  CollectivityKind,
  CriterionName,
  Medal,
  MIN_RELEVANCE_WEIGHT as CORE_MIN_RELEVANCE_WEIGHT,
} from '@essaimage/core';

// The main thread imports only types from @essaimage/core: its values would pull zod and
// tsyringe into the home view's bundle. These lists mirror core's; the checks below fail to
// compile if core gains or loses a member.

export const CRITERION_NAMES = [
  'relevance',
  'size',
  'kind',
  'territory',
  'policyArea',
  'budget',
  'staff',
] as const satisfies readonly CriterionName[];

export const COLLECTIVITY_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'syndicat',
  'autre',
] as const satisfies readonly CollectivityKind[];

/** The least relevance weight core accepts (its literal type: a change in core fails here). */
export const MIN_RELEVANCE_WEIGHT: typeof CORE_MIN_RELEVANCE_WEIGHT = 0.2;

export const MEDALS = ['or', 'argent', 'bronze', 'excellence'] as const satisfies readonly Medal[];

type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
const criteriaComplete: Exhaustive<CriterionName, (typeof CRITERION_NAMES)[number]> = true;
const kindsComplete: Exhaustive<CollectivityKind, (typeof COLLECTIVITY_KINDS)[number]> = true;
const medalsComplete: Exhaustive<Medal, (typeof MEDALS)[number]> = true;
void [criteriaComplete, kindsComplete, medalsComplete];
