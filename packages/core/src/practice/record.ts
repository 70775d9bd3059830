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

/** How sure an amount is: stated exactly, a ceiling (« inférieur à »), or an estimate (« environ », « espéré »). */
export const AMOUNT_PRECISIONS = ['exact', 'upper-bound', 'estimate'] as const;

/** Exact, an upper bound, or an estimate. */
export type AmountPrecision = (typeof AMOUNT_PRECISIONS)[number];

/** What a budget line pays for: an investment (equipment, works, a tool bought) or operation. */
export const COST_NATURES = ['investment', 'operation'] as const;

/** Investment or operation. */
export type CostNature = (typeof COST_NATURES)[number];

/** Whether an amount is stated before (HT) or with (TTC) VAT. */
export const TAX_BASES = ['HT', 'TTC'] as const;

/** HT or TTC. */
export type TaxBasis = (typeof TAX_BASES)[number];

/** The kinds of body a practice works with, besides its co-holding collectivities. */
export const PARTNER_KINDS = [
  'collectivite',
  'etat',
  'etablissement-public',
  'europe',
  'entreprise',
  'association',
  'autre',
] as const;

/** A collectivity, a State service, a public body, the EU, a company, an association, other. */
export type PartnerKind = (typeof PARTNER_KINDS)[number];

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
  /** Who sponsors the award category ("parrainé par KPMG" gives "KPMG"), when stated. */
  sponsor: string | null;
}

/** One line of cost the source states: an amount with its period, nature and qualifiers. */
export interface BudgetLine {
  /** What the line pays for, as the source names it ("Proxivigie", "investissement"), or null. */
  label: string | null;
  /** Amount in euros; null for a cost stated in words only. */
  amount: number | null;
  period: BudgetPeriod | null;
  nature: CostNature | null;
  precision: AmountPrecision;
  tax: TaxBasis | null;
  /** The unit of a unit cost ("par N°", "par vélo", "par séance"); null for a total. */
  per: string | null;
  /** What the amount leaves out, as the source says ("salaires" from « hors salaires »). */
  excludes: string | null;
  /** Who bears this cost when it is not the collectivity ("le GIP", "Stimergy"). */
  bearer: string | null;
  /** The source's own words for this line. */
  text: string;
}

/** What a practice costs, read from the source. */
export interface Budget {
  /**
   * The comparable cost for scoring, in euros, derived from the lines by the rules of
   * data/README.md; null when the source gives no amount or its lines cannot be made
   * comparable (an annual and a one-off cost without a total).
   */
  amount: number | null;
  period: BudgetPeriod | null;
  /** How sure the comparable cost is; null when `amount` is. */
  precision: AmountPrecision | null;
  /** The source's own words. */
  text: string;
  /** Every cost line the source states, in its order; [] when it states none. */
  lines: BudgetLine[];
}

/** When a practice ran, as the source says it. */
export interface Period {
  /** First year, when stated ("de 2009", "depuis 2012", "à partir de 2020"). */
  start: number | null;
  /** Last year, when stated ("à 2017", "2017-2020"). */
  end: number | null;
  /** A stated duration in months ("pendant 9 mois" is 9, "pendant trois ans" 36). */
  months: number | null;
  /** The source's own words. */
  text: string;
}

/** A body the practice works with (an operator, a sponsor, a company...), and its role. */
export interface Partnership {
  /** As the source names it ("CNES", "La Poste", "Pôle Emploi"). */
  name: string;
  kind: PartnerKind;
  /** What it does in the practice, in the source's words; null when unsaid. */
  role: string | null;
}

/** A public the practice reached, counted. */
export interface Reach {
  /** The count the source gives; null for a share or an unquantified public. */
  count: number | null;
  /** What is counted ("écoliers", "personnes", "% des agents"). */
  unit: string;
  /** Who, when the source says more than the unit ("chefs d'entreprises et porteurs de projets"). */
  who: string | null;
  /** The source's own words. */
  text: string;
}

/** Who pays for a practice, beside the collectivity: an amount or a share. */
export interface FundingLine {
  /** As the source names it ("Union Européenne", "CGET", "ville de Dax"). */
  funder: string;
  /** Amount in euros, when stated. */
  amount: number | null;
  /** Share of the cost between 0 and 1 ("75%" is 0.75, « en totalité » is 1), when stated. */
  share: number | null;
  /** The source's own words. */
  text: string;
}

/** Whom to ask about the practice, as the source names them. */
export interface Contact {
  /** Their function ("Maire de Damparis", "Directeur Général des Services"). */
  role: string | null;
  /** Their name, where the source gives it. */
  name: string | null;
}

/** A rating the source itself gives the practice (Ithéa's « Innovant »). */
export interface Rating {
  /** Who rates ("Ithéa"). */
  by: string;
  /** The rating's word, as written. */
  label: string;
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
  /** When the practice ran; null when the source gives no date or duration. */
  period: Period | null;
  /** Bodies the practice works with, other than co-holders; [] when the source names none. */
  partnerships: Partnership[];
  /** The publics reached, counted; [] when the source counts none. */
  publicReached: Reach[];
  /** Who else pays, and how much; [] when the source names no funder. */
  funding: FundingLine[];
  /** Whom to ask; null when the source names nobody for the practice. */
  contact: Contact | null;
  /** The source's own ratings; [] when it gives none. */
  ratings: Rating[];
  /** What the source says hindered the practice, verbatim; [] when it says nothing. */
  obstacles: string[];
  /** What the source says made it work, verbatim; [] when it says nothing. */
  keysToSuccess: string[];
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
