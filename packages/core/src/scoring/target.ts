import type { CollectivityKind } from '../practice/record';

/** The collectivity a search is for, with what it can afford. Any fact may be unknown. */
export interface TargetProfile {
  name: string | null;
  kind: CollectivityKind | null;
  /** Official code, when the profile was resolved from one. */
  code: string | null;
  population: number | null;
  region: string | null;
  department: string | null;
  /** Budget ceiling in euros for the practice to copy. */
  budget: number | null;
  /** Staff available for it, in full-time equivalents. */
  staff: number | null;
}

/** An empty profile: every fact unknown. */
export const UNKNOWN_TARGET: TargetProfile = {
  name: null,
  kind: null,
  code: null,
  population: null,
  region: null,
  department: null,
  budget: null,
  staff: null,
};
