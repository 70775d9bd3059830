import { qualifiedCost } from '../practice/comparable-cost';
import type { BudgetLine, BudgetPeriod, PartnerKind, Period, Practice } from '../practice/record';
import { formatCount, formatDecimal, formatEuros } from './french-format';
import { DEFAULT_RESOURCE_ELASTICITY, sizeFactor } from './resource-scaling';
import type { TargetProfile } from './target';

/**
 * « Pour la reproduire chez vous »: what a practice's source says a copy needs, in French
 * sentences, with its budget lines and staff scaled to the target's size (the scaling of the
 * budget and staff criteria). An empty list or null is a fact the source does not give.
 */
export interface ReproductionGuide {
  /** How the amounts were scaled ("À l'échelle de Damparis (2 587 hab. contre 4 808) : …"), or null. */
  scale: string | null;
  /** One sentence per budget line, scaled where it is the collectivity's own total cost. */
  budget: string[];
  staff: string | null;
  duration: string | null;
  /** The partners to find: co-holding collectivities and the other bodies, with their role. */
  partners: string[];
  /** Who else paid, and how much. */
  funding: string[];
  contact: string | null;
  /** What the source says made it work. */
  worked: string[];
  /** What the source says hindered it. */
  hindered: string[];
}

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
const PERIOD_WORDS: Record<BudgetPeriod, string> = {
  annual: ' par an',
  'one-off': ', une fois',
  'multi-year': ' sur la période',
};
// Stryker restore all

const NATURE_WORDS = { investment: 'investissement', operation: 'fonctionnement' } as const;

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
/** French words for the kinds of partner. */
export const PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, string>> = {
  collectivite: 'collectivité',
  etat: 'État',
  'etablissement-public': 'établissement public',
  europe: 'Union européenne',
  entreprise: 'entreprise',
  association: 'association',
  autre: 'autre organisme',
};
// Stryker restore all

// Scaled amounts are estimates: two significant digits say so better than « 13 928 € ».
function roughly(value: number): number {
  if (value === 0) return 0;
  const magnitude = Math.pow(10, Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function years(months: number): string {
  if (months % 12 !== 0) return `${formatDecimal(months)} mois`;
  const n = months / 12;
  return n === 1 ? '1 an' : `${formatDecimal(n)} ans`;
}

/** A period in French: « de 2009 à 2017 (9 ans) », « 3 ans à partir de 2020 », « depuis 2012 ». */
export function durationSentence(period: Period): string {
  const { start, end, months } = period;
  let words: string;
  if (start !== null && end !== null)
    words = `de ${start} à ${end} (${years((end - start + 1) * 12)})`;
  else if (months !== null && start !== null) words = `${years(months)} à partir de ${start}`;
  else if (months !== null) words = years(months);
  else if (start !== null) words = `depuis ${start}`;
  else words = `jusqu'en ${end}`;
  return `${capitalised(words)} (« ${period.text} »)`;
}

function lineSentence(line: BudgetLine, factor: number): string {
  const label = line.label ? `${capitalised(line.label)} : ` : '';
  const natureWord = line.nature ? NATURE_WORDS[line.nature] : null;
  const nature = natureWord && line.label?.toLowerCase() !== natureWord ? ` (${natureWord})` : '';
  if (line.amount === null) {
    return line.bearer
      ? `${label}à la charge de ${line.bearer}, pas de la collectivité`
      : `${label}montant non chiffré (« ${line.text} »)`;
  }
  const tax = line.tax ? ` ${line.tax}` : '';
  const period = line.period ? PERIOD_WORDS[line.period] : '';
  const stated = `${qualifiedCost(`${formatEuros(line.amount)}${tax}`, line.precision, line.excludes)}`;
  if (line.per) return `${label}${stated} ${line.per}${nature} (coût unitaire, le même chez vous)`;
  if (line.bearer) return `${label}${stated}${period}${nature}, à la charge de ${line.bearer}`;
  if (line.amount === 0) return `${label}aucun coût (« ${line.text} »)`;
  const scaled = roughly(line.amount * factor);
  const atScale =
    Math.abs(factor - 1) < 0.05
      ? ''
      : `, soit ${line.precision === 'upper-bound' ? 'au plus' : 'environ'} ${formatEuros(scaled)}${tax} à votre échelle`;
  return `${label}${stated}${period}${nature}${atScale}`;
}

/**
 * The guide for copying `practice` in the target's collectivity: budget lines (or the budget's
 * single amount) and staff scaled by `sizeFactor`, unit costs and costs borne by others as they
 * are; the duration, partners, funding, contact, and what worked or hindered, from the record.
 */
export function reproductionGuide(
  practice: Practice,
  target: TargetProfile,
  elasticity = DEFAULT_RESOURCE_ELASTICITY,
): ReproductionGuide {
  const factor = sizeFactor(practice, target, elasticity);
  const { budget, staff } = practice;
  const lines: BudgetLine[] =
    budget === null
      ? []
      : budget.lines.length > 0
        ? budget.lines
        : budget.amount === null
          ? []
          : [
              {
                label: null,
                amount: budget.amount,
                period: budget.period,
                nature: null,
                precision: budget.precision ?? 'exact',
                tax: null,
                per: null,
                excludes: null,
                bearer: null,
                text: budget.text,
              },
            ];
  const budgetSentences = lines.map((line) => `${capitalised(lineSentence(line, factor))}.`);
  if (budgetSentences.length === 0 && budget) budgetSentences.push(`« ${budget.text} »`);

  const fte = staff?.fte ?? null;
  const agents = staff?.agents ?? null;
  let staffSentence: string | null = null;
  if (fte !== null || agents !== null) {
    const count = fte ?? (agents as number);
    const words = fte !== null ? `${formatDecimal(fte)} ETP` : `${formatCount(count)} agent(s)`;
    const scaled = formatDecimal(roughly(count * factor));
    const unit = fte !== null ? 'ETP' : 'agent(s)';
    staffSentence =
      Math.abs(factor - 1) < 0.05
        ? `${words}.`
        : `${words}, soit environ ${scaled} ${unit} à votre échelle.`;
  } else if (staff && staff.text) staffSentence = `« ${staff.text} »`;

  const population = practice.population;
  const scale =
    // Said only where something is scaled.
    (lines.length === 0 && fte === null && agents === null) ||
    Math.abs(factor - 1) < 0.05 ||
    population === null ||
    target.population === null
      ? null
      : `À l'échelle de ${target.name ?? 'votre collectivité'} (${formatCount(target.population)} hab. contre ${formatCount(population)}) : montants et effectifs ${
          factor < 1
            ? `divisés par ${formatDecimal(roughly(1 / factor))}`
            : `multipliés par ${formatDecimal(roughly(factor))}`
        } (racine du rapport des populations).`;

  return {
    scale,
    budget: budgetSentences,
    staff: staffSentence,
    duration: practice.period ? durationSentence(practice.period) : null,
    partners: [
      ...practice.partners.map((c) => `${c.name} (collectivité co-porteuse)`),
      ...practice.partnerships.map(
        (p) => `${p.name} (${PARTNER_KIND_LABELS[p.kind]})${p.role ? ` : ${p.role}` : ''}`,
      ),
    ],
    funding: practice.funding.map((f) => {
      const share = f.share !== null ? `${formatCount(Math.round(f.share * 100))} %` : null;
      const amount = f.amount !== null ? formatEuros(f.amount) : null;
      const how = [share, amount].filter((x) => x !== null).join(', ');
      return `${f.funder}${how ? ` : ${how}` : ''} (« ${f.text} »)`;
    }),
    contact: practice.contact
      ? [practice.contact.name, practice.contact.role].filter((x) => x !== null).join(', ')
      : null,
    worked: [...practice.keysToSuccess],
    hindered: [...practice.obstacles],
  };
}
