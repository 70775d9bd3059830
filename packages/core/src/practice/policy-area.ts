/** One area of public policy from the taxonomy in data/policy-areas.json. */
export interface PolicyArea {
  /** Stable slug ("ressources-humaines"). */
  code: string;
  /** French label shown to users. */
  label: string;
  /** One French sentence. */
  description: string;
  /** The Prix TERRITORIA 2017 category it maps from, if any. */
  territoria2017: string | null;
}
