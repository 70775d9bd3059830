import type { Analyzer } from '../text/analyzer';
import type { FrenchAnalyzer } from '../text/french-analyzer';
import type { ReferenceDocument } from './brute-force-tf-idf';
import { FRENCH_PRACTICES } from './french-practices.fixture';

/** Field weights the tests index with: the title counts more, the results less. */
export const TEST_FIELD_WEIGHTS = { title: 3, summary: 1, results: 0.5 } as const;

/** A practice as data/practices.json has it, as far as the index cares. */
export interface PracticeText {
  id: string;
  title: string;
  summary: string | null;
  results?: string | null;
}

/** The fields the tests index for a practice. */
export function documentOf(practice: PracticeText): ReferenceDocument {
  return {
    id: practice.id,
    fields: [
      { text: practice.title, weight: TEST_FIELD_WEIGHTS.title },
      { text: practice.summary ?? '', weight: TEST_FIELD_WEIGHTS.summary },
      { text: practice.results ?? '', weight: TEST_FIELD_WEIGHTS.results },
    ],
  };
}

/** The forty fixture practices as documents. */
export const FIXTURE_DOCUMENTS: readonly ReferenceDocument[] = FRENCH_PRACTICES.map(documentOf);

/** Needs, as a collectivity would type them, for comparing rankings. */
export const TEST_QUERIES: readonly string[] = [
  'améliorer les conditions de travail des agents',
  'Réinventer les ateliers municipaux',
  'vélos gratuits pour les habitants',
  'mettre des vélos en libre-service gratuits pour les habitants',
  'transition énergétique des bâtiments publics',
  "qu'il s'agisse d'énergie ou d'eau",
  'alimentation locale, jardins et potagers dans les écoles',
  'management bienveillant et qualité de vie au travail',
  'ateliers numériques pour les seniors isolés',
  'participation des citoyens et budget participatif',
  'médecin santé proximité',
  'energie energie energie velo',
  'Damparis, 2 587 habitants, Jura : plombiers et menuisier aux ateliers',
];

/** The same French analyzer with its term keys hidden: an index then goes by term strings. */
export function termsOnly(analyzer: FrenchAnalyzer): Analyzer {
  return {
    terms: (text) => analyzer.terms(text),
    surfaceForm: (term) => analyzer.surfaceForm(term),
  };
}
