import { comparableLine, qualifiedCost } from '../practice/comparable-cost';
import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';
import { formatEuros } from './french-format';
import { affordability, DEFAULT_RESOURCE_ELASTICITY, sizeFactor } from './resource-scaling';

const PERIOD: Record<string, string> = {
  annual: ' par an',
  'one-off': '',
  'multi-year': ' sur plusieurs années',
};

/**
 * Budget: the practice's comparable cost (`budget.amount`, see data/README.md) scaled to the
 * target's size, against the target's budget ceiling; 1 within it, decaying beyond. Neutral when
 * the cost or the ceiling is unknown. The reason says when the cost is an upper bound or an
 * estimate, and what it leaves out (« hors salaires »).
 */
export class BudgetFit implements FitCriterion {
  readonly name = 'budget' as const;
  readonly needIndependent = true;

  constructor(private readonly elasticity = DEFAULT_RESOURCE_ELASTICITY) {}

  /** The practice's cost for a collectivity of the target's size, in euros. */
  scaledCost(practice: Practice, context: FitContext): number | null {
    const amount = practice.budget?.amount ?? null;
    if (amount === null) return null;
    return amount * sizeFactor(practice, context.target, this.elasticity);
  }

  score(practice: Practice, context: FitContext): number | null {
    const ceiling = context.target.budget;
    const cost = this.scaledCost(practice, context);
    if (ceiling === null || cost === null) return null;
    return affordability(cost, ceiling);
  }

  reason(practice: Practice, context: FitContext, score: number | null): string {
    const amount = practice.budget?.amount ?? null;
    if (amount === null) return 'coût non indiqué par la source : critère neutre';
    if (amount === 0) return 'sans coût supplémentaire selon la source';
    const budget = practice.budget;
    const period = PERIOD[budget?.period ?? ''] ?? '';
    const cost = this.scaledCost(practice, context) ?? amount;
    const precision = budget?.precision ?? null;
    const excludes = comparableLine(budget)?.excludes ?? null;
    const stated = `coût ${qualifiedCost(formatEuros(amount), precision, excludes)}${period}`;
    const atScale = qualifiedCost(formatEuros(cost), precision === 'exact' ? null : precision);
    const scaled =
      Math.abs(cost - amount) / amount < 0.05
        ? stated
        : `${stated}, soit ${precision === 'exact' || precision === null ? 'environ ' : ''}${atScale} à votre échelle`;
    const ceiling = context.target.budget;
    if (ceiling === null) return `${scaled} ; plafond non renseigné : critère neutre`;
    if (score === 1) return `${scaled} : dans votre budget de ${formatEuros(ceiling)}`;
    return `${scaled} : au-delà de votre budget de ${formatEuros(ceiling)}`;
  }
}
