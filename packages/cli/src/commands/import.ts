import {
  CATALOGUE_FORMATS,
  formatFromFileName,
  importCatalogueFile,
  parseColumnMapping,
  rejectReason,
  type CatalogueFormat,
} from '@essaimage/core/node';
import { existsSync } from 'node:fs';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE, withStore } from '../db-flag';
import { UsageError } from '../io';
import { readStandardInput } from '../standard-input';

/** The format a `--format` flag names, or the file's extension says; a UsageError otherwise. */
export function catalogueFormat(flag: string | undefined, file: string): CatalogueFormat {
  const format = flag ?? formatFromFileName(file);
  if (format === undefined) {
    throw new UsageError(
      `--format: expected one of ${CATALOGUE_FORMATS.join(', ')} (the file name ${JSON.stringify(file)} does not say which)`,
    );
  }
  if (!(CATALOGUE_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(
      `--format: expected one of ${CATALOGUE_FORMATS.join(', ')}, found ${JSON.stringify(format)}`,
    );
  }
  return format as CatalogueFormat;
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
award.category, award.medal, policyAreas, budget.amount, budget.period, budget.text, staff.fte,
staff.agents, staff.text, results, source.document, source.publisher, source.url, source.file).
Une cellule vide vaut null ; "19 000" et "1,5" sont des nombres ; "Or" vaut or ; policyAreas
s'écrit "a;b". Sans id, l'identifiant est tiré du code de la collectivité et du titre.

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
    const { values, positionals } = parseCommandArgs('import', args, {
      format: { type: 'string' },
      map: { type: 'string' },
      'skip-invalid': { type: 'boolean' },
      'without-corpus': { type: 'boolean' },
      json: { type: 'boolean' },
      ...DB_FLAG,
    });
    if (positionals.length !== 1) {
      throw new UsageError(
        `essaimage import: expected one file to import, found ${positionals.length === 0 ? 'none' : positionals.join(' ')}`,
      );
    }
    const fromStdin = positionals[0] === '-';
    // Standard input is named "stdin" in messages, and its rejects go to ./stdin.rejects.csv.
    const file = fromStdin ? 'stdin' : positionals[0];
    if (!fromStdin && !existsSync(file)) {
      throw new UsageError(`essaimage import: no such file: ${file}`);
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
          reason: rejectReason(row.label, row.problems),
          problems: row.problems,
        })),
      };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    io.stdout(
      `${file} : ${report.rows} lignes lues, ${report.added.length} pratiques ajoutées, ` +
        `${report.unchanged.length} déjà présentes à l'identique, ${report.rejected.length} rejetées.\n`,
    );
    if (report.rejectsPath) {
      io.stdout(`Lignes rejetées, avec leur raison : ${report.rejectsPath}\n`);
      for (const row of report.rejected.slice(0, 20)) {
        io.stdout(`  ${rejectReason(row.label, row.problems)}\n`);
      }
      if (report.rejected.length > 20)
        io.stdout(`  ... et ${report.rejected.length - 20} autres\n`);
    }
    io.stdout(
      values.db === undefined
        ? `Base en mémoire (sans --db) : rien n'est conservé.\n`
        : `${values.db} : ${report.total} pratiques.\n`,
    );
  },
};
