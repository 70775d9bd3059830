import {
  CRITERION_NAMES,
  type Notice,
  type RankedPractice,
  type TargetProfile,
} from '@essaimage/core';
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

/** A notice of core, in French for the command line's user, with what to do about it. */
export function noticeText(notice: Notice): string {
  switch (notice.code) {
    case 'need-too-vague':
      return 'Votre besoin ne contient que des mots trop généraux (aider, utiliser, mettre en place…). Dites ce que vous voulez changer et pour qui, par exemple --need "prêter des vélos aux habitants".';
    case 'nothing-relevant':
      return 'Aucune pratique ne répond assez à ce besoin. Essayez d’autres mots, plus courants ou plus précis (le public, le service, l’objet : « personnes âgées », « commerce », « vélos »), ou un besoin plus court.';
    case 'fit-weights-reset':
      return 'Tous les poids de transférabilité valaient 0 : les poids par défaut ont été utilisés.';
    case 'relevance-weight-raised':
      return `Le poids de la pertinence (${notice.given}) était sous son minimum : ${notice.used} a été utilisé.`;
  }
}

/**
 * The ranked results as French text: one block per practice, its two numbers (pertinence, or
 * proximité for similar practices; transférabilité) and the ranking score, then one line per
 * criterion; the notices after.
 */
export function renderRanking(
  results: readonly RankedPractice[],
  notices: readonly Notice[] = [],
  belowFloor = 0,
  relevanceWord = 'pertinence',
): string {
  const said = notices.map((n) => `${noticeText(n)}\n`).join('');
  if (results.length === 0) return said || 'Aucune pratique ne correspond à ce besoin.\n';
  const blocks = results.map((r, i) => {
    const head = `${i + 1}. ${r.title} — ${r.collectivity.name}${r.year === null ? '' : `, ${r.year}`}  [${r.id}]`;
    const numbers = `     ${relevanceWord} ${Math.round(r.pertinence * 100)} % · transférabilité ${Math.round(r.transferability * 100)} % · score ${Math.round(r.score * 100)} %`;
    const lines = CRITERION_NAMES.map(
      (name) =>
        `     ${CRITERION_LABEL[name].padEnd(10)} ${percent(r.criteria[name].score)}  ${r.criteria[name].reason}`,
    );
    return [head, numbers, ...lines].join('\n');
  });
  const apart =
    belowFloor > 0
      ? `${belowFloor} autre${belowFloor > 1 ? 's pratiques touchent' : ' pratique touche'} à peine ce besoin : non présentée${belowFloor > 1 ? 's' : ''}.\n`
      : '';
  return `${blocks.join('\n\n')}\n${apart ? `\n${apart}` : ''}${said ? `\n${said}` : ''}`;
}
