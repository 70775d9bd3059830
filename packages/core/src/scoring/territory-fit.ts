import adjacency from '../../data/region-adjacency.json' with { type: 'json' };
import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';

/** The neighbours of each region, from data/region-adjacency.json. */
export const REGION_NEIGHBOURS: Readonly<Record<string, readonly string[]>> = adjacency.neighbours;

const OVERSEAS_REGIONS = new Set(['01', '02', '03', '04', '06']);

/** "metro" for metropolitan regions, "outre-mer" for the five overseas regions and any other code. */
export function regionZone(code: string): 'metro' | 'outre-mer' {
  return OVERSEAS_REGIONS.has(code) || code.length > 2 ? 'outre-mer' : 'metro';
}

/** The scores of each territorial relation. */
export const TERRITORY_SCORES = { sameRegion: 1, neighbour: 0.7, sameZone: 0.4, otherZone: 0.15 };

/**
 * Territory: same region 1, neighbouring region 0.7, same zone (metropolitan / overseas) 0.4,
 * metropolitan and overseas 0.15. Laws, climate and networks differ less between neighbours.
 */
export class TerritoryFit implements FitCriterion {
  readonly name = 'territory' as const;
  readonly needIndependent = true;

  constructor(
    private readonly regionName: (code: string) => string | undefined = () => undefined,
    private readonly neighbours = REGION_NEIGHBOURS,
    private readonly scores = TERRITORY_SCORES,
  ) {}

  score(practice: Practice, { target }: FitContext): number | null {
    const p = practice.region;
    const t = target.region;
    if (p === null || t === null) return null;
    if (p === t) return this.scores.sameRegion;
    if (this.neighbours[t]?.includes(p)) return this.scores.neighbour;
    return regionZone(p) === regionZone(t) ? this.scores.sameZone : this.scores.otherZone;
  }

  private named(code: string): string {
    return this.regionName(code) ?? `région ${code}`;
  }

  reason(practice: Practice, { target }: FitContext, score: number | null): string {
    const p = practice.region;
    const t = target.region;
    if (p === null) return 'région de la collectivité source inconnue : critère neutre';
    if (t === null) return `${this.named(p)} ; votre région n'est pas renseignée : critère neutre`;
    if (score === this.scores.sameRegion) return `même région que vous (${this.named(p)})`;
    if (score === this.scores.neighbour) return `${this.named(p)}, région voisine de la vôtre`;
    if (score === this.scores.sameZone)
      return regionZone(p) === 'metro'
        ? `${this.named(p)}, en métropole mais loin de chez vous`
        : `${this.named(p)}, en outre-mer comme vous`;
    return regionZone(p) === 'metro'
      ? `${this.named(p)}, en métropole, quand vous êtes en outre-mer`
      : `${this.named(p)}, en outre-mer, quand vous êtes en métropole`;
  }
}
