import type { Problem, ProblemLocation } from '@essaimage/core';

/** A value the user gave, quoted for a message (shortened, control characters visible). */
export function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return JSON.stringify(shown);
}

/** A value found, in French: « rien », « une chaîne vide », "texte", 12, « une liste de 3 »... */
export function foundValue(value: unknown): string {
  if (value === undefined) return 'rien';
  if (value === null) return 'rien (null)';
  if (typeof value === 'string') return value.trim() === '' ? 'une chaîne vide' : quoted(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return `une liste de ${value.length}`;
  return 'un objet';
}

/** Where a problem is, in French: « cat.csv, ligne 4 », « cat.json, enregistrement 2 ». */
export function placeOf(problem: Problem): string {
  const at: ProblemLocation | undefined = problem.at;
  if (at) {
    if (at.line !== undefined)
      return `${at.file}, ligne ${at.line}${at.column !== undefined ? `, colonne ${at.column}` : ''}`;
    if (at.record !== undefined) return `${at.file}, enregistrement ${at.record}`;
    if (at.row !== undefined) return `${at.file}, rangée ${at.row}`;
    return at.file;
  }
  const places: Record<string, string> = {
    target: 'votre collectivité',
    query: 'la requête',
    filter: 'les filtres',
    'trend dimensions': '--by',
  };
  return places[problem.where] ?? problem.where;
}

// What some fields hold, for `wrong-type`, `bad-format` and `missing`.
const FIELD_WHAT: Readonly<Record<string, string>> = {
  id: 'un identifiant (lettres minuscules, chiffres et tirets)',
  title: 'un titre',
  summary: 'un résumé',
  'collectivity.name': 'le nom de la collectivité',
  'collectivity.kind': 'le type de la collectivité',
  'collectivity.code': 'un code officiel (INSEE, SIREN, département ou région)',
  year: 'une année entière de 1900 à 2100',
  'award.programme': 'le nom du prix',
  'award.edition': 'une année entière de 1900 à 2100',
  'budget.amount': 'un montant en euros, zéro ou plus',
  'budget.text': 'les mots de la source (texte)',
  'staff.fte': "un nombre d'équivalents temps plein, zéro ou plus",
  'staff.agents': "un nombre d'agents, zéro ou plus",
  'staff.text': 'les mots de la source (texte)',
  'source.document': 'le document source',
  policyAreas: 'une liste de codes de domaines',
  partners: 'une liste de collectivités partenaires',
};

// What an official code is, by the kind of the collectivity (a target's flag).
const OFFICIAL_CODE: Readonly<Record<string, string>> = {
  commune: "le code INSEE d'une commune",
  epci: "le SIREN d'un EPCI",
  departement: 'un code de département',
  region: 'un code de région',
  collectivity: "le code d'une collectivité",
};

function whatField(field: string): string | undefined {
  return FIELD_WHAT[field] ?? FIELD_WHAT[field.replace(/^partners\.\d+\./, 'collectivity.')];
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `un nombre de ${min} à ${max}`;
  if (min !== undefined) return `un nombre d'au moins ${min}`;
  if (max !== undefined) return `un nombre d'au plus ${max}`;
  return 'un nombre dans les bornes';
}

/** What was expected and what was found, in French, from a problem's code and values. */
function expectedAndFound(problem: Problem): [string, string] {
  const v = problem.values ?? {};
  const found = foundValue(v.value);
  const what = whatField(problem.field);
  switch (problem.code) {
    case 'missing':
      return [
        what ? `${what} (obligatoire)` : 'une valeur (obligatoire)',
        v.value === null ? 'rien' : found,
      ];
    case 'wrong-type':
      return [what ?? 'une valeur d’un autre type', found];
    case 'not-integer':
      return [what ?? 'un nombre entier', found];
    case 'out-of-range':
      return [what ?? bounds(v.min, v.max), found];
    case 'bad-format':
      if (problem.where.startsWith('--map'))
        return [
          'Colonne=champ (une colonne du fichier, « = », un champ du format de pratique ou « - »)',
          found,
        ];
      return [what ?? 'une valeur de la forme attendue', found];
    case 'not-one-of':
      return [`l'une des valeurs ${(v.allowed ?? []).join(', ')}`, found];
    case 'unknown-code':
      if (problem.field.startsWith('policyAreas'))
        return ['un code de domaine de packages/core/data/policy-areas.json', found];
      if (problem.where === 'query') return ["l'identifiant d'une pratique du catalogue", found];
      return [
        `${OFFICIAL_CODE[problem.field.replace(/\.code$/, '')] ?? 'un code'} connu de la géographie officielle`,
        found,
      ];
    case 'duplicate':
      return [
        v.other
          ? `une valeur donnée une seule fois (${v.other} la donne déjà)`
          : 'une valeur donnée une seule fois',
        found,
      ];
    case 'conflict':
      return [
        'un identifiant nouveau, ou exactement la pratique déjà enregistrée sous cet identifiant',
        `${found}, enregistré avec un autre contenu${v.other ? ` (${v.other})` : ''}`,
      ];
    case 'unknown-column':
      return [
        problem.at
          ? `une colonne du format de pratique, ou une colonne renommée avec --map "${String(v.value)}=<colonne>" ou ignorée avec --map "${String(v.value)}=-"`
          : `une colonne du format de pratique (${(v.allowed ?? []).join(', ')}) ou « - »`,
        found,
      ];
    case 'bad-row':
      if (v.expectedCount !== undefined)
        return [`${v.expectedCount} cellules, comme l'en-tête`, String(v.foundCount)];
      if (v.line !== undefined)
        return [
          `un guillemet fermant (") pour la cellule ouverte ligne ${v.line}`,
          'aucun avant la fin du fichier',
        ];
      return ['une ligne CSV bien formée', 'une ligne illisible'];
    case 'bad-file':
      return [badFileExpected(problem), badFileFound(problem)];
    case 'bad-encoding':
      return [
        'un fichier texte en UTF-8 ou en Windows-1252',
        `l'octet ${String(v.value)}, ni l'un ni l'autre`,
      ];
  }
}

function badFileExpected(problem: Problem): string {
  const { format, lacks } = problem.values ?? {};
  if (lacks === 'header') return "une ligne d'en-tête (les noms des colonnes)";
  if (format === 'json') return 'du JSON valide, un tableau de pratiques';
  if (format === 'parquet') return 'un fichier Parquet lisible';
  return 'un fichier lisible';
}

function badFileFound(problem: Problem): string {
  const { format, lacks } = problem.values ?? {};
  if (lacks === 'header') return 'un fichier vide';
  if (format === 'json') return 'une erreur de syntaxe';
  if (format === 'parquet')
    return 'un fichier que DuckDB ne lit pas comme du Parquet (autre format, ou abîmé)';
  return 'un fichier illisible';
}

/**
 * A problem as one French line: where, which field, what was expected, what was found. A
 * problem of the target or of the query names its flag (`--commune`, `--top`).
 */
export function wordProblem(problem: Problem): string {
  const [expected, found] = expectedAndFound(problem);
  if ((problem.where === 'target' || problem.where === 'query') && problem.field) {
    return `--${problem.field} : attendu ${expected}, trouvé ${found}`;
  }
  const field = problem.field ? `, champ « ${problem.field} »` : '';
  return `${placeOf(problem)}${field} : attendu ${expected}, trouvé ${found}`;
}
