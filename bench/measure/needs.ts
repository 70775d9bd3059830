import type { TargetInput } from '@essaimage/core';

/**
 * Needs a collectivity would type, in its own words: the free-text queries of the benchmark.
 * Short and long, common and rarer words, with stop words, accents and elisions.
 */
export const BENCH_NEEDS: readonly string[] = [
  'améliorer les conditions de travail des agents des ateliers municipaux',
  'mettre des vélos en libre-service gratuits pour les habitants',
  'associer les habitants aux projets de la commune',
  'réduire la consommation d’énergie des bâtiments publics',
  'revitaliser le commerce du centre-ville',
  'lutter contre l’isolement des personnes âgées',
  'accompagner les habitants éloignés du numérique',
  'développer une alimentation locale dans les cantines scolaires',
  'prévenir les incendies de forêt avec des bénévoles',
  'faire participer les jeunes à la vie citoyenne',
  'évaluer les politiques publiques et piloter les services',
  'recruter et fidéliser les agents dans une petite commune',
  'valoriser le patrimoine culturel auprès des écoles',
  'accueillir les enfants en crèche avec des horaires atypiques',
  'réorganiser les services avec la participation des agents',
  'communication de la mairie vers les habitants',
  'santé des habitants et accès aux médecins en zone rurale',
  'réduire les déchets et développer le compostage',
  'sécurité routière aux abords des écoles',
  'mutualiser des équipements entre communes de l’intercommunalité',
];

/**
 * The target of the benchmark's queries: a commune of about 2,500 inhabitants (Damparis, Jura,
 * 2,587) with a budget ceiling and staff, so every transferability criterion is computed.
 */
export const BENCH_TARGET: TargetInput = {
  official: { kind: 'commune', code: '39189' },
  budget: 20_000,
  staff: 2,
};

/** How many results each query returns. */
export const TOP = 10;
