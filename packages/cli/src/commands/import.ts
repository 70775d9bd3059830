import {
  CATALOGUE_FORMATS,
  formatFromFileName,
  importCatalogueFile,
  parseColumnMapping,
  type RejectedRow,
  type CatalogueFormat,
} from '@essaimage/core/node';
import { existsSync, statSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE, withStore } from '../db-flag';
import { UsageError } from '../io';
import { quoted, wordProblem } from '../words';
import { readStandardInput } from '../standard-input';

/** The format a `--format` flag names, or the file's extension says; a UsageError otherwise. */
export function catalogueFormat(flag: string | undefined, file: string): CatalogueFormat {
  const format = flag ?? formatFromFileName(file);
  if (format === undefined) {
    throw new UsageError(
      `--format : attendu l'un des formats ${CATALOGUE_FORMATS.join(', ')}, trouvé rien (le nom ${quoted(file)} ne dit pas lequel)`,
    );
  }
  if (!(CATALOGUE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format : attendu l'un des formats ${CATALOGUE_FORMATS.join(', ')}, trouvé ${quoted(format)}`,
    );
  }
  return format as CatalogueFormat;
}

/** Why a row was rejected, in French: each of its problems. */
function rowReason(row: RejectedRow): string {
  return row.problems.map(wordProblem).join(' ; ');
}

export const importCommand: Command = {
  name: 'import',
  usage: `Usage : essaimage import <fichier|-> [--format csv|json|parquet] [--map <correspondances>] [--skip-invalid] [--db <fichier>] [--json]

Valide chaque ligne comme le corpus intégré (schéma, géographie officielle, domaines) et
l'ajoute à la base. Tout ou rien : si une ligne est invalide, rien n'est écrit et chaque problème
est signalé (ligne, champ, attendu, trouvé). Réimporter le même fichier n'ajoute rien ; une ligne
dont l'identifiant existe déjà avec un autre contenu arrête l'import.

Colonnes : les chemins du format de pratique (id, title, summary, collectivity.name,
collectivity.kind, collectivity.code, partners, year, award.programme, award.edition,
award.category, award.medal, award.sponsor, policyAreas, budget.amount, budget.period,
budget.precision, budget.text, budget.lines, staff.fte, staff.agents, staff.text, results,
source.document, source.publisher, source.url, source.file, period.start, period.end,
period.months, period.text, partnerships, publicReached, funding, contact.role, contact.name,
ratings, obstacles, keysToSuccess). Une cellule vide vaut null ; "19 000" et "1,5" sont des
nombres ; "Or" vaut or ; policyAreas s'écrit "a;b" ; les listes (partners, budget.lines,
partnerships, publicReached, funding, ratings, obstacles, keysToSuccess) sont des tableaux JSON.
Sans id, l'identifiant est tiré du code de la collectivité et du titre.

  --format <format>        csv, json ou parquet (par défaut : l'extension du fichier)
  --map <correspondances>  colonnes nommées autrement : "Intitulé=title,Commune=collectivity.code"
                           (« Colonne=- » ignore une colonne)
  -                        à la place du fichier : lire l'entrée standard (--format obligatoire ;
                           lignes rejetées dans ./stdin.rejects.csv)
  --skip-invalid           importe les lignes valides ; les autres sont écrites, inchangées, avec
                           une colonne reason, dans <fichier>.rejects.csv (.rejects.json pour un JSON)
  --json                   le compte rendu en JSON
${DB_USAGE}
                           (sans --db, l'import est vérifié en mémoire et rien n'est conservé)
  --without-corpus         avec --db, créer une nouvelle base sans le corpus intégré`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'import',
      args,
      {
        format: { type: 'string' },
        map: { type: 'string' },
        'skip-invalid': { type: 'boolean' },
        'without-corpus': { type: 'boolean' },
        json: { type: 'boolean' },
        ...DB_FLAG,
      },
      { max: 1, what: 'un fichier à importer' },
    );
    const [given] = positionals;
    if (given === undefined) {
      throw new UsageError('essaimage import : attendu un fichier à importer, trouvé rien');
    }
    const fromStdin = given === '-';
    // Standard input is named "stdin" in messages, and its rejects go to ./stdin.rejects.csv.
    const file = fromStdin ? 'stdin' : given;
    if (!fromStdin && !existsSync(file)) {
      throw new UsageError(
        `essaimage import : attendu un fichier qui existe, trouvé ${quoted(file)} (introuvable)`,
      );
    }
    if (!fromStdin && !statSync(file).isFile()) {
      throw new UsageError(
        `essaimage import : attendu un fichier, trouvé ${quoted(file)}, qui n'en est pas un (un dossier, un périphérique...)`,
      );
    }
    if (values['without-corpus'] && values.db === undefined) {
      throw new UsageError(
        "--without-corpus : attendu avec --db (il dit comment créer la base), trouvé sans : sans --db, l'import est vérifié en mémoire",
      );
    }
    const format = catalogueFormat(values.format, file);
    const content = fromStdin ? await readStandardInput() : undefined;
    const mapping = values.map === undefined ? undefined : parseColumnMapping(values.map);
    const report = await withStore(
      values,
      async (store) => {
        const result = await importCatalogueFile(store, file, {
          format,
          mapping,
          skipInvalid: values['skip-invalid'],
          reason: rowReason,
          content,
        });
        return { ...result, total: await store.count() };
      },
      { withoutCorpus: values['without-corpus'] },
    );
    if (values.json) {
      const { rejected, columns: _columns, tabular: _tabular, ...rest } = report;
      const out = {
        ...rest,
        persisted: values.db !== undefined,
        rejected: rejected.map((row) => ({
          where: row.label,
          reason: rowReason(row),
          problems: row.problems,
        })),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    io.stdout(
      `${file}${report.encoding === 'windows-1252' ? ' (lu en Windows-1252)' : ''} : ${report.rows} lignes lues, ${report.added.length} pratiques ajoutées, ` +
        `${report.unchanged.length} déjà présentes à l'identique, ${report.rejected.length} rejetées.\n`,
    );
    if (report.rejectsPath) {
      io.stdout(`Lignes rejetées, avec leur raison : ${report.rejectsPath}\n`);
      for (const row of report.rejected.slice(0, 20)) {
        io.stdout(`  ${rowReason(row)}\n`);
      }
      if (report.rejected.length > 20)
        io.stdout(
          `  ... et ${report.rejected.length - 20} autres, toutes dans ${report.rejectsPath}\n`,
        );
    }
    io.stdout(
      values.db === undefined
        ? `Base en mémoire (sans --db) : rien n'est conservé.\n`
        : `${values.db} : ${report.total} pratiques.\n`,
    );
  },
};
