import type { CollectivityKind, Practice } from '../practice/record';
import type { FitContext, FitCriterion } from './criterion';

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
const LABEL: Record<CollectivityKind, string> = {
  commune: 'une commune',
  epci: 'une intercommunalité',
  departement: 'un département',
  region: 'une région',
  syndicat: 'un syndicat',
  autre: 'une autre structure',
};
// Stryker restore all

// Stryker disable all: built as the module loads, so its mutants cannot be switched per test
/**
 * How well a practice run by one kind of collectivity can be run by another: rows are the
 * practice's kind, columns the target's. Communes and EPCI share most competences; a region's
 * programme is far from what a commune can run. A syndicate is an intercommunal body.
 */
export const KIND_AFFINITY: Record<CollectivityKind, Record<CollectivityKind, number>> = {
  commune: { commune: 1, epci: 0.8, departement: 0.4, region: 0.2, syndicat: 0.6, autre: 0.5 },
  epci: { commune: 0.8, epci: 1, departement: 0.5, region: 0.3, syndicat: 0.8, autre: 0.5 },
  departement: { commune: 0.4, epci: 0.5, departement: 1, region: 0.7, syndicat: 0.4, autre: 0.5 },
  region: { commune: 0.2, epci: 0.3, departement: 0.7, region: 1, syndicat: 0.3, autre: 0.5 },
  syndicat: { commune: 0.6, epci: 0.8, departement: 0.4, region: 0.3, syndicat: 1, autre: 0.5 },
  autre: { commune: 0.5, epci: 0.5, departement: 0.5, region: 0.5, syndicat: 0.5, autre: 1 },
};
// Stryker restore all

/** Kind: can a practice of that kind of collectivity be run by the target's kind. */
export class KindFit implements FitCriterion {
  readonly name = 'kind' as const;
  readonly needIndependent = true;

  constructor(private readonly affinity = KIND_AFFINITY) {}

  score(practice: Practice, { target }: FitContext): number | null {
    if (target.kind === null) return null;
    return this.affinity[practice.collectivity.kind][target.kind];
  }

  reason(practice: Practice, { target }: FitContext, score: number | null): string {
    const source = LABEL[practice.collectivity.kind];
    if (target.kind === null || score === null)
      return `menée par ${source} ; type de votre collectivité non renseigné : critère neutre`;
    if (practice.collectivity.kind === target.kind) return `menée par ${source}, comme vous`;
    const how =
      score >= 0.7
        ? 'compétences proches'
        : score >= 0.4
          ? 'compétences en partie différentes'
          : 'compétences très différentes';
    return `menée par ${source}, vous êtes ${LABEL[target.kind]} : ${how}`;
  }
}
