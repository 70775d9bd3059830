import type { Problem } from '@essaimage/core';
import { formatCount, KIND_LABELS } from './labels';
import { RECORD_FIELDS as FIELDS } from './record-fields';

/** The words the user may write for a fixed list's codes. */
const VALUE_WORDS: Record<string, string> = {
  'one-off': 'ponctuel',
  annual: 'annuel',
  'multi-year': 'pluriannuel',
  ...KIND_LABELS,
};

/** How the file's own columns are named, for « la colonne « Année » ». */
export type SourceColumns = ReadonlyMap<string, string>;

/** « Année (colonne « Millésime ») », « Domaines, 2ᵉ valeur ». */
export function fieldWords(field: string, sourceColumns: SourceColumns = new Map()): string {
  const [column, index] = splitIndex(field);
  const label = (FIELDS as Record<string, { label: string }>)[column]?.label ?? column;
  const source = sourceColumns.get(column);
  const named = source && source !== column ? `${label} (colonne « ${source} »)` : label;
  if (index === null) return named;
  return `${named}, ${index === 0 ? '1re' : `${index + 1}e`} valeur`;
}

/** "policyAreas.1" → ["policyAreas", 1]; "budget.amount" → ["budget.amount", null]. */
function splitIndex(field: string): [string, number | null] {
  const match = /^(.*)\.(\d+)$/.exec(field);
  return match ? [match[1], Number(match[2])] : [field, null];
}

/** « catalogue.csv, ligne 3 », « catalogue.json, fiche 2 », « catalogue.parquet, rangée 5 ». */
export function placeWords(at: Problem['at'], where: string): string {
  if (!at) return where.replace(/^practice "(.*)"$/, 'pratique « $1 »');
  if (at.line !== undefined) return `${at.file}, ligne ${at.line}`;
  if (at.record !== undefined) return `${at.file}, fiche ${at.record}`;
  if (at.row !== undefined) return `${at.file}, rangée ${at.row}`;
  return at.file;
}

function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return 'rien';
  if (typeof value === 'string')
    return `« ${value.length > 60 ? `${value.slice(0, 57)}…` : value} »`;
  if (typeof value === 'number') return `« ${String(value).replace('.', ',')} »`;
  if (Array.isArray(value)) return 'une liste';
  return 'un objet';
}

function allowedWords(allowed: readonly string[] | undefined): string {
  if (!allowed || allowed.length === 0) return '';
  const words = allowed.map((code) =>
    VALUE_WORDS[code] && VALUE_WORDS[code] !== code ? `${code} (${VALUE_WORDS[code]})` : code,
  );
  return words.length > 12
    ? ` (${formatCount(words.length)} valeurs possibles, par exemple ${words.slice(0, 4).join(', ')})`
    : ` : écrivez ${words.slice(0, -1).join(', ')}${words.length > 1 ? ' ou ' : ''}${words[words.length - 1]}`;
}

/**
 * A problem in French, in the dashboard user's terms: where (file and line), which field (by
 * its French name and the file's own column), what is wrong and what to do. No CLI options,
 * no internal paths.
 */
export function problemWords(problem: Problem, sourceColumns: SourceColumns = new Map()): string {
  if (problem.where === 'target') return targetProblemWords(problem);
  const where = placeWords(problem.at, problem.where);
  const field = problem.field ? fieldWords(problem.field, sourceColumns) : '';
  const on = field ? `${where}, ${field}` : where;
  const v = problem.values ?? {};
  const value = shown(v.value);
  const holds = (FIELDS as Record<string, { holds?: string }>)[splitIndex(problem.field)[0]]?.holds;
  switch (problem.code) {
    case 'missing':
      return `${on} : valeur manquante. Indiquez ${holds ?? 'une valeur'}.`;
    case 'wrong-type':
      return `${on} : ${value} n’est pas ${holds ?? 'une valeur du type attendu'}.`;
    case 'not-integer':
      return `${on} : ${value} n’est pas un nombre entier${holds ? ` : il faut ${holds}` : ''}.`;
    case 'out-of-range': {
      const bounds =
        v.min !== undefined && v.max !== undefined
          ? `entre ${v.min} et ${v.max}`
          : v.min !== undefined
            ? `au moins ${v.min}`
            : `au plus ${v.max}`;
      return `${on} : ${value} est hors limites (attendu ${bounds}).`;
    }
    case 'bad-format':
      return `${on} : ${value} n’a pas la forme attendue${holds ? ` : il faut ${holds}` : ''}.`;
    case 'not-one-of':
      return `${on} : ${value} n’est pas une valeur possible${allowedWords(v.allowed)}.`;
    case 'unknown-code':
      if (problem.field.startsWith('policyAreas'))
        return `${on} : ${value} n’est pas un domaine d’action publique connu. Utilisez un code de la liste des domaines (filtre « Domaine d’action publique »), par exemple ${v.allowed?.slice(0, 2).join(', ') ?? 'mobilite'}.`;
      if (problem.field.startsWith('collectivity') || problem.field === 'official')
        return `${on} : aucune collectivité n’a le code ${value}. Vérifiez le code INSEE (5 caractères), le SIREN (9 chiffres) ou le code de département ou de région.`;
      return `${on} : ${value} n’est pas un code connu.`;
    case 'duplicate':
      return `${on} : ${value} apparaît deux fois${v.other ? ` (déjà dans ${shown(v.other)})` : ''}. Gardez-en un seul.`;
    case 'conflict':
      return `${on} : une pratique de même identifiant existe déjà avec un autre contenu${v.other ? ` (${v.other})` : ''}. Changez l’identifiant, ou retirez d’abord l’ancienne.`;
    case 'unknown-column':
      return `${where} : la colonne ${value} n’est pas reconnue. Associez-la à un champ ou choisissez « ignorer » à l’étape des colonnes.`;
    case 'bad-row':
      if (v.expectedCount !== undefined && v.foundCount !== undefined)
        return `${where} : ${v.foundCount} cellules au lieu de ${v.expectedCount}. Vérifiez les séparateurs et les guillemets de cette ligne.`;
      if (v.line !== undefined)
        return `${where} : un guillemet ouvert ligne ${v.line} n’est jamais fermé.`;
      return `${where} : ligne illisible. Vérifiez ses séparateurs et ses guillemets.`;
    case 'bad-file':
      return `${where} : ce fichier n’est pas un catalogue lisible (vide, sans ligne d’en-tête, ou d’un autre format que son extension). Exportez-le à nouveau en CSV, JSON ou Parquet.`;
    case 'bad-encoding':
      return `${where} : le texte n’est ni en UTF-8 ni en Windows-1252. Enregistrez le fichier en « CSV UTF-8 ».`;
  }
}

const TARGET_FIELDS: Record<string, string> = {
  commune: 'la commune',
  epci: 'l’EPCI',
  departement: 'le département',
  region: 'la région',
  population: 'la population',
  budget: 'le budget maximal',
  staff: 'le personnel disponible',
  kind: 'le type de collectivité',
};

/** A problem of the search's target (from the link or the form), said to the user. */
function targetProblemWords(problem: Problem): string {
  const what = TARGET_FIELDS[problem.field] ?? problem.field;
  const value = shown(problem.values?.value);
  if (problem.code === 'unknown-code' && problem.field === 'region')
    return `Le lien donne pour région le code ${value}, qu’aucune région ne porte : choisissez la région dans « Ou décrivez-la à la main ».`;
  if (problem.code === 'unknown-code')
    return `Le lien désigne ${what} de code ${value}, que la géographie officielle ne connaît pas : choisissez votre collectivité dans le champ « Votre collectivité ».`;
  if (problem.code === 'not-one-of')
    return `Le lien donne pour type de collectivité ${value}, qui n’en est pas un : choisissez le type dans « Ou décrivez-la à la main ».`;
  return `Le nombre donné pour ${what}, ${value}, n’est pas valable : indiquez un nombre positif ou laissez le champ vide.`;
}
