/** The kinds of collectivity a practice can come from or a target can be. */
export const COLLECTIVITY_KINDS = [
  'commune',
  'epci',
  'departement',
  'region',
  'syndicat',
  'autre',
] as const;

/** A kind of collectivity: commune, EPCI, département, région, syndicat or other. */
export type CollectivityKind = (typeof COLLECTIVITY_KINDS)[number];

/** Medals of an award, lower-cased, without accents. */
export const MEDALS = ['or', 'argent', 'bronze', 'excellence'] as const;

/** A medal: or, argent, bronze, or excellence. */
export type Medal = (typeof MEDALS)[number];

/** How a budget amount is spent over time. */
export const BUDGET_PERIODS = ['one-off', 'annual', 'multi-year'] as const;

/** One-off, annual, or spread over several years. */
export type BudgetPeriod = (typeof BUDGET_PERIODS)[number];

/** A collectivity as the source names it, with its official code. */
export interface CollectivityRef {
  /** The name as the source writes it ("Garges lès Gonesse", "C D Loiret"). */
  name: string;
  kind: CollectivityKind;
  /**
   * Official code: INSEE code of a commune (or municipal arrondissement), SIREN of an EPCI,
   * code of a department or region. Null for a collectivity without one (kind "autre").
   */
  code: string | null;
}

/** The award a practice received, as the source states it. */
export interface Award {
  /** "Prix TERRITORIA", "Label Ithéa"... */
  programme: string;
  /** The edition's year, when the source gives it. */
  edition: number | null;
  /** The award category as the source writes it ("Pilotage / Evaluation"). */
  category: string | null;
  medal: Medal | null;
}

/** What a practice costs, read from the source. */
export interface Budget {
  /** Amount in euros; null when the source gives words but no amount. */
  amount: number | null;
  period: BudgetPeriod | null;
  /** The source's own words. */
  text: string;
}

/** Who runs a practice, read from the source. */
export interface Staff {
  /** Full-time equivalents ("1 agent à mi-temps" is 0.5). */
  fte: number | null;
  /** Number of agents involved, when the source counts people rather than FTE. */
  agents: number | null;
  /** The source's own words. */
  text: string;
}

/** Where a practice was documented. */
export interface Source {
  /** The document's title. */
  document: string;
  publisher: string | null;
  url: string | null;
  /** The seed file it was read from, for the bundled corpus. */
  file: string | null;
}

/** A practice as stored in a catalogue: the facts a source states, nothing derived. */
export interface PracticeRecord {
  /** Stable slug, unique in a catalogue. */
  id: string;
  title: string;
  /** The source's own French description. */
  summary: string;
  collectivity: CollectivityRef;
  /** Other collectivities the source names as co-holders (Angers and its urban community). */
  partners: CollectivityRef[];
  /** The year the practice was awarded or documented. */
  year: number | null;
  award: Award | null;
  /** Codes from data/policy-areas.json. */
  policyAreas: string[];
  budget: Budget | null;
  staff: Staff | null;
  /** What the source reports as results. */
  results: string | null;
  source: Source;
}

/** A practice after enrichment with the official geography. */
export interface Practice extends PracticeRecord {
  /** Official name of the collectivity, from the geography. */
  officialName: string | null;
  /** Population from the official geography (sum of communes for EPCI, departments, regions). */
  population: number | null;
  /** Region code (INSEE, "27", "01"). */
  region: string | null;
  /** Department code ("39", "2A", "971"); null for a region. */
  department: string | null;
}
