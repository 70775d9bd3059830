import type { RecordColumn } from '@essaimage/core';

/**
 * What each record column of a catalogue is called on screen, and what it holds (for « attendu :
 * … »): the import step's choices and the import problems use these words.
 */
export const RECORD_FIELDS: Record<RecordColumn, { label: string; holds?: string }> = {
  id: {
    label: 'Identifiant',
    holds: 'un identifiant en minuscules, chiffres et tirets (par exemple velos-libre-service)',
  },
  title: { label: 'Titre' },
  summary: { label: 'Résumé' },
  'collectivity.name': { label: 'Nom de la collectivité' },
  'collectivity.kind': { label: 'Type de collectivité' },
  'collectivity.code': {
    label: 'Code de la collectivité',
    holds:
      'un code INSEE (5 caractères, 39189), un SIREN d’EPCI (9 chiffres) ou un code de département ou de région',
  },
  partners: { label: 'Partenaires' },
  year: { label: 'Année', holds: 'une année en chiffres (par exemple 2019)' },
  'award.programme': { label: 'Prix' },
  'award.edition': { label: 'Édition du prix', holds: 'une année en chiffres (par exemple 2019)' },
  'award.category': { label: 'Catégorie du prix' },
  'award.medal': { label: 'Médaille' },
  policyAreas: { label: 'Domaines' },
  'budget.amount': {
    label: 'Budget (montant)',
    holds: 'un montant en euros, en chiffres (par exemple 20000)',
  },
  'budget.period': { label: 'Période du budget' },
  'budget.text': { label: 'Budget (texte de la source)' },
  'staff.fte': { label: 'Personnel (ETP)', holds: 'un nombre (par exemple 0.5)' },
  'staff.agents': { label: 'Personnel (agents)', holds: 'un nombre entier d’agents' },
  'staff.text': { label: 'Personnel (texte de la source)' },
  results: { label: 'Résultats' },
  'source.document': { label: 'Document source' },
  'source.publisher': { label: 'Éditeur de la source' },
  'source.url': { label: 'Adresse de la source', holds: 'une adresse web (https://…)' },
  'source.file': { label: 'Fichier source' },
};
