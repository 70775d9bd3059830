import type { Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';
import { formatCount } from './french-format';

const LN10 = Math.log(10);

/**
 * Size: how close the populations are on a log scale, exp(−|ln(p/t)| / ln 10). Equal sizes give
 * 1, one order of magnitude apart 0.37, two orders 0.14.
 */
export class SizeFit implements FitCriterion {
  readonly name = 'size' as const;
  readonly needIndependent = true;

  score(practice: Practice, { target }: FitContext): number | null {
    const p = practice.population;
    const t = target.population;
    if (p === null || t === null || p <= 0 || t <= 0) return null;
    return Math.exp(-Math.abs(Math.log(p / t)) / LN10);
  }

  reason(practice: Practice, { target }: FitContext, score: number | null): string {
    if (practice.population === null || practice.population <= 0)
      return 'population de la collectivité source inconnue : critère neutre';
    if (target.population === null || target.population <= 0)
      return 'population de votre collectivité non renseignée : critère neutre';
    const versus = `population ${formatCount(practice.population)} contre ${formatCount(target.population)}`;
    if (score === null) return versus;
    if (score >= 0.8) return `${versus} : taille comparable`;
    if (score >= 0.5) return `${versus} : taille assez proche`;
    if (score >= 0.3) return `${versus} : ordre de grandeur différent`;
    return `${versus} : tailles très éloignées`;
  }
}
