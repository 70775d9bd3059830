import { CRITERION_NAMES, type RankedPractice, type TargetProfile } from '@essaimage/core';
import { formatInteger } from '../format';

const CRITERION_LABEL: Record<(typeof CRITERION_NAMES)[number], string> = {
  relevance: 'pertinence',
  size: 'taille',
  kind: 'type',
  territory: 'territoire',
  policyArea: 'domaine',
  budget: 'budget',
  staff: 'effectifs',
};

const percent = (score: number | null) =>
  score === null ? ' —  ' : `${Math.round(score * 100)}`.padStart(3) + ' %';

/** A French description of the resolved target, for the human-readable output. */
export function describeTarget(target: TargetProfile): string {
  const parts = [
    target.name ?? 'collectivité non précisée',
    target.kind,
    target.population === null ? null : `${formatInteger(target.population)} hab.`,
    target.region === null ? null : `région ${target.region}`,
    target.budget === null ? null : `budget ${formatInteger(target.budget)} €`,
    target.staff === null ? null : `${target.staff} ETP`,
  ];
  return parts.filter((p) => p !== null).join(', ');
}

/** The ranked results as French text: one block per practice, one line per criterion. */
export function renderRanking(results: readonly RankedPractice[]): string {
  if (results.length === 0) return 'Aucune pratique ne correspond à ce besoin.\n';
  return results
    .map((r, i) => {
      const head = `${i + 1}. ${r.title} — ${r.collectivity.name}${r.year === null ? '' : `, ${r.year}`} (score ${Math.round(r.score * 100)} %)  [${r.id}]`;
      const lines = CRITERION_NAMES.map(
        (name) =>
          `     ${CRITERION_LABEL[name].padEnd(10)} ${percent(r.criteria[name].score)}  ${r.criteria[name].reason}`,
      );
      return [head, ...lines].join('\n');
    })
    .join('\n\n')
    .concat('\n');
}
