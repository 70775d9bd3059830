import { DERIVED_COLUMNS, IGNORED_COLUMN, RECORD_COLUMNS } from '@essaimage/core';
import { normalizeName } from './collectivity-search';

/**
 * Header names a French catalogue uses for each record column, folded (no accents, lower
 * case, hyphens and apostrophes as spaces). A header is also recognised under its own record
 * column name (« collectivity.code »).
 */
const FRENCH_HEADERS: Record<string, readonly string[]> = {
  id: ['identifiant', 'id', 'ref', 'reference', 'code pratique'],
  title: ['intitule', 'titre', 'nom du projet', 'nom de la pratique', 'projet', 'action', 'nom'],
  summary: ['resume', 'description', 'descriptif', 'presentation', 'texte'],
  'collectivity.name': [
    'collectivite',
    'commune',
    'nom de la collectivite',
    'nom de la commune',
    'ville',
    'structure',
    'laureat',
    'porteur',
  ],
  'collectivity.kind': ['type', 'type de collectivite', 'nature', 'type de structure'],
  'collectivity.code': [
    'code insee',
    'insee',
    'code commune',
    'code de la commune',
    'siren',
    'code collectivite',
    'code de la collectivite',
    'code officiel',
  ],
  partners: ['partenaires', 'partenaire'],
  year: ['annee', 'millesime', 'date', 'annee de lancement', 'annee de mise en oeuvre'],
  'award.programme': ['prix', 'programme', 'concours', 'trophee', 'trophees'],
  'award.edition': ['edition', 'annee du prix', 'edition du prix'],
  'award.category': ['categorie', 'categorie du prix', 'theme', 'thematique du prix'],
  'award.medal': ['medaille', 'distinction', 'recompense'],
  policyAreas: ['domaines', 'domaine', 'thematiques', 'thematique', 'politique publique'],
  'budget.amount': ['budget', 'montant', 'cout', 'budget euros', 'cout total', 'budget en euros'],
  'budget.period': ['periode', 'periodicite', 'periode du budget', 'type de budget'],
  'budget.text': ['budget texte', 'detail du budget', 'budget detail', 'budget source'],
  'staff.fte': ['etp', 'personnel etp', 'equivalents temps plein'],
  'staff.agents': ['agents', 'nombre d agents', 'nb agents'],
  'staff.text': ['personnel', 'moyens humains', 'detail du personnel'],
  results: ['resultats', 'resultat', 'impact', 'impacts', 'bilan'],
  'source.document': ['source', 'document', 'document source'],
  'source.publisher': ['editeur', 'publie par', 'editeur de la source'],
  'source.url': ['url', 'lien', 'site', 'adresse web', 'lien source'],
  'source.file': ['fichier', 'fichier source'],
};

const BY_HEADER = new Map<string, string>();
for (const column of RECORD_COLUMNS) BY_HEADER.set(normalizeName(column), column);
for (const [column, headers] of Object.entries(FRENCH_HEADERS))
  for (const header of headers) if (!BY_HEADER.has(header)) BY_HEADER.set(header, column);
// Columns an export adds (official name, population...) are recomputed on import: ignored.
for (const column of DERIVED_COLUMNS) BY_HEADER.set(normalizeName(column), IGNORED_COLUMN);

/**
 * The record column each of a file's columns most likely feeds, or {@link IGNORED_COLUMN}:
 * its own name, a French header name (« Intitulé », « Commune », « Année »), else ignored. A
 * record column is proposed once, for the first column that names it.
 */
export function guessColumns(columns: readonly string[]): string[] {
  const taken = new Set<string>();
  return columns.map((column) => {
    const target = BY_HEADER.get(normalizeName(column).replace(/\s*\(.*\)$/, '')) ?? IGNORED_COLUMN;
    if (target === IGNORED_COLUMN || taken.has(target)) return IGNORED_COLUMN;
    taken.add(target);
    return target;
  });
}
