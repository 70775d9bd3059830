import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';

/**
 * Policy area: the share of the need's areas that the practice covers, lifted so that one shared
 * area already counts: 0 with none in common, 0.5 + 0.5 × Jaccard otherwise. Neutral when the
 * need's areas are unknown.
 */
export class PolicyAreaFit implements FitCriterion {
  readonly name = 'policyArea' as const;

  constructor(private readonly label: (code: string) => string = (code) => code) {}

  score(practice: Practice, { needAreas }: FitContext): number | null {
    if (needAreas.length === 0 || practice.policyAreas.length === 0) return null;
    let shared = 0;
    for (const area of practice.policyAreas) if (needAreas.includes(area)) shared++;
    if (shared === 0) return 0;
    const union = practice.policyAreas.length + needAreas.length - shared;
    return 0.5 + (0.5 * shared) / union;
  }

  reason(practice: Practice, { needAreas }: FitContext, score: number | null): string {
    if (practice.policyAreas.length === 0)
      return 'domaine de la pratique non renseigné : critère neutre';
    if (needAreas.length === 0) return 'domaine du besoin non déterminé : critère neutre';
    const shared = practice.policyAreas.filter((area) => needAreas.includes(area));
    if (score === 0 || shared.length === 0)
      return `domaine différent (${practice.policyAreas.map(this.label).join(', ')})`;
    return `même domaine : ${shared.map(this.label).join(', ')}`;
  }
}
