import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';
import { formatDecimal } from './french-format';
import { affordability, DEFAULT_RESOURCE_ELASTICITY, sizeFactor } from './resource-scaling';

/** The practice's staff in FTE: its FTE, else its number of agents as an upper bound. */
function practiceFte(practice: Practice): number | null {
  return practice.staff?.fte ?? practice.staff?.agents ?? null;
}

/**
 * Staff: the practice's FTE scaled to the target's size, against the FTE the target can give it;
 * 1 within it, decaying beyond. Neutral when either is unknown.
 */
export class StaffFit implements FitCriterion {
  readonly name = 'staff' as const;
  readonly needIndependent = true;

  constructor(private readonly elasticity = DEFAULT_RESOURCE_ELASTICITY) {}

  private scaledFte(practice: Practice, context: FitContext): number | null {
    const fte = practiceFte(practice);
    return fte === null ? null : fte * sizeFactor(practice, context.target, this.elasticity);
  }

  score(practice: Practice, context: FitContext): number | null {
    const available = context.target.staff;
    const needed = this.scaledFte(practice, context);
    if (available === null || needed === null) return null;
    return affordability(needed, available);
  }

  reason(practice: Practice, context: FitContext, score: number | null): string {
    const fte = practiceFte(practice);
    if (fte === null) return 'effectif non indiqué par la source : critère neutre';
    // Without FTE, the head count is an upper bound of the FTE: the reason says so.
    const words =
      practice.staff?.fte !== null
        ? `${formatDecimal(fte)} ETP`
        : `${formatDecimal(fte)} agent(s), au plus ${formatDecimal(fte)} ETP`;
    const needed = this.scaledFte(practice, context) ?? fte;
    const scaled =
      Math.abs(needed - fte) / Math.max(fte, 1e-9) < 0.05
        ? words
        : `${words}, soit ${practice.staff?.fte !== null ? 'environ' : 'au plus'} ${formatDecimal(needed)} ETP à votre échelle`;
    const available = context.target.staff;
    if (available === null)
      return `${scaled} ; vos effectifs disponibles ne sont pas renseignés : critère neutre`;
    if (score === 1) return `${scaled} : dans vos moyens (${formatDecimal(available)} ETP)`;
    return `${scaled} : plus que vos ${formatDecimal(available)} ETP disponibles`;
  }
}
