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
  'award.sponsor': { label: 'Partenaire du prix' },
  policyAreas: { label: 'Domaines' },
  'budget.amount': {
    label: 'Budget (montant)',
    holds: 'un montant en euros, en chiffres (par exemple 20000)',
  },
  'budget.period': { label: 'Période du budget' },
  'budget.precision': {
    label: 'Précision du budget',
    holds: 'exact, upper-bound (au plus) ou estimate (environ)',
  },
  'budget.text': { label: 'Budget (texte de la source)' },
  'budget.lines': { label: 'Lignes de budget', holds: 'une liste JSON de lignes de coût' },
  'staff.fte': { label: 'Personnel (ETP)', holds: 'un nombre (par exemple 0.5)' },
  'staff.agents': { label: 'Personnel (agents)', holds: 'un nombre entier d’agents' },
  'staff.text': { label: 'Personnel (texte de la source)' },
  results: { label: 'Résultats' },
  'source.document': { label: 'Document source' },
  'source.publisher': { label: 'Éditeur de la source' },
  'source.url': { label: 'Adresse de la source', holds: 'une adresse web (https://…)' },
  'source.file': { label: 'Fichier source' },
  'period.start': { label: 'Début (année)', holds: 'une année en chiffres (par exemple 2009)' },
  'period.end': { label: 'Fin (année)', holds: 'une année en chiffres (par exemple 2017)' },
  'period.months': { label: 'Durée (mois)', holds: 'un nombre entier de mois' },
  'period.text': { label: 'Période (texte de la source)' },
  partnerships: { label: 'Partenariats', holds: 'une liste JSON de partenaires' },
  publicReached: { label: 'Publics touchés', holds: 'une liste JSON de publics' },
  funding: { label: 'Financements', holds: 'une liste JSON de financeurs' },
  'contact.role': { label: 'Contact (fonction)' },
  'contact.name': { label: 'Contact (nom)' },
  ratings: { label: 'Évaluations de la source', holds: 'une liste JSON' },
  obstacles: { label: 'Difficultés', holds: 'une liste JSON de phrases' },
  keysToSuccess: { label: 'Clés de réussite', holds: 'une liste JSON de phrases' },
};
