import type { Budget, BudgetLine } from './record';

/**
 * The budget line the comparable cost was taken from (same amount, period and precision; the
 * schema makes sure there is one when a budget has lines), or undefined for a budget without
 * lines or without a comparable cost.
 */
export function comparableLine(budget: Budget | null): BudgetLine | undefined {
  if (!budget || budget.amount === null) return undefined;
  return budget.lines.find(
    (l) =>
      l.amount === budget.amount && l.period === budget.period && l.precision === budget.precision,
  );
}

/**
 * How a cost reads in French with its precision: « 19 000 € », « au plus 10 000 € hors
 * salaires », « environ 300 000 € ». `euros` is the amount already formatted.
 */
export function qualifiedCost(
  euros: string,
  precision: Budget['precision'],
  excludes: string | null = null,
): string {
  const amount =
    precision === 'upper-bound'
      ? `au plus ${euros}`
      : precision === 'estimate'
        ? `environ ${euros}`
        : euros;
  return excludes ? `${amount} hors ${excludes}` : amount;
}
