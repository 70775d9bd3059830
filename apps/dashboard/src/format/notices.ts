import type { Notice } from '@essaimage/core';

/** A notice of core, in French for the dashboard's user, with what to do about it. */
export function noticeText(notice: Notice): string {
  switch (notice.code) {
    case 'need-too-vague':
      return 'Votre besoin ne contient que des mots trop généraux (aider, utiliser, mettre en place…). Dites ce que vous voulez changer et pour qui : « prêter des vélos aux habitants », « rompre l’isolement des personnes âgées ».';
    case 'nothing-relevant':
      return 'Aucune pratique ne répond assez à ce besoin. Essayez d’autres mots, plus courants ou plus précis (le public, le service, l’objet : « personnes âgées », « commerce », « vélos »), ou un besoin plus court.';
    case 'fit-weights-reset':
      return 'Tous les poids de transférabilité valaient 0 : les poids par défaut ont été utilisés.';
    case 'relevance-weight-raised':
      return `Le poids de la pertinence ne descend pas sous ${notice.used} : votre besoin compte toujours.`;
  }
}

/** "3 autres pratiques touchent à peine votre besoin : elles ne sont pas présentées." */
export function belowFloorText(count: number): string {
  return count === 1
    ? '1 autre pratique touche à peine votre besoin : elle n’est pas présentée.'
    : `${count} autres pratiques touchent à peine votre besoin : elles ne sont pas présentées.`;
}
