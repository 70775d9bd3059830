import type { Budget, BudgetPeriod, Staff } from '@essaimage/core';
import type { SeededRandom } from './random';

/** Share of practices whose source says nothing of budget, and of staff. */
export const MISSING_BUDGET_SHARE = 0.3;
export const MISSING_STAFF_SHARE = 0.4;
/** Share of stated budgets given in words without an amount ("à coût constant"). */
export const BUDGET_WITHOUT_AMOUNT_SHARE = 0.1;

const PERIODS: ReadonlyArray<BudgetPeriod | null> = ['one-off', 'annual', 'multi-year', null, null];

const euros = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });

/** Round to two significant digits, as sources state amounts ("48 000 €", "1,2 M€"). */
function roughly(x: number): number {
  if (x < 100) return Math.round(x);
  const scale = Math.pow(10, Math.floor(Math.log10(x)) - 1);
  return Math.round(x / scale) * scale;
}

/**
 * A budget, or null: log-normal, its median growing with the collectivity's size (a region's
 * practice costs more than a village's), two orders of magnitude between the 5th and 95th
 * percentiles.
 */
export function drawBudget(random: SeededRandom, population: number | null): Budget | null {
  if (random.chance(MISSING_BUDGET_SHARE)) return null;
  const period = random.pick(PERIODS);
  if (random.chance(BUDGET_WITHOUT_AMOUNT_SHARE)) {
    return {
      amount: null,
      period,
      precision: null,
      text: 'Réalisé à moyens constants, sans budget dédié chiffré.',
      lines: [],
    };
  }
  const median = 25_000 * Math.pow(Math.max(population ?? 20_000, 50) / 20_000, 0.4);
  const amount = random.chance(0.04) ? 0 : roughly(random.logNormal(median, 1.4));
  const text = amount === 0 ? 'Action à coût nul.' : `Budget : ${euros.format(amount)} €.`;
  return { amount, period, precision: 'exact', text, lines: [] };
}

/** Staff, or null: full-time equivalents, a count of agents, or both, log-normal. */
export function drawStaff(random: SeededRandom, population: number | null): Staff | null {
  if (random.chance(MISSING_STAFF_SHARE)) return null;
  const scale = Math.pow(Math.max(population ?? 20_000, 50) / 20_000, 0.25);
  const form = random.next();
  if (form < 0.45) {
    const fte = Math.max(0.1, Math.round(random.logNormal(1.2 * scale, 0.8) * 10) / 10);
    return { fte, agents: null, text: `${String(fte).replace('.', ',')} ETP dédiés au projet.` };
  }
  const agents = Math.max(1, Math.round(random.logNormal(3 * scale, 0.9)));
  if (form < 0.85) {
    return { fte: null, agents, text: `${agents} agent${agents > 1 ? 's' : ''} mobilisé(s).` };
  }
  const fte = Math.max(0.1, Math.round(agents * random.next() * 10) / 10);
  return { fte, agents, text: `${agents} agents, soit ${String(fte).replace('.', ',')} ETP.` };
}
