import type { CollectivityKind } from '../practice/record';

/** The kinds of collectivity that have an official code and can be looked up. */
export type OfficialKind = Extract<CollectivityKind, 'commune' | 'epci' | 'departement' | 'region'>;

/** One collectivity of the official geography, with what the scoring needs. */
export interface GeoEntity {
  kind: OfficialKind;
  /** INSEE code of a commune or municipal arrondissement, SIREN of an EPCI, department or region code. */
  code: string;
  name: string;
  /** Municipal population; summed over communes for EPCI, departments and regions. */
  population: number | null;
  region: string | null;
  department: string | null;
}
