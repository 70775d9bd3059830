import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportCatalogueFile } from '@essaimage/core/node';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE, withStore } from '../db-flag';
import { FILTER_FLAGS, FILTER_USAGE, toFilter } from '../filter-flags';
import { UsageError } from '../io';
import { catalogueFormat } from './import';

export const exportCommand: Command = {
  name: 'export',
  usage: `Usage : essaimage export --out <fichier> [--format csv|json|parquet] [filtres] [--json] [--db <fichier>]

Écrit les pratiques de la base, ou celles que les filtres retiennent, dans un fichier qu'essaimage
import relit à l'identique. CSV et Parquet : une colonne par chemin du format de pratique
(collectivity.code, budget.amount...), plus officialName, population, region et department
(recalculés à l'import). JSON : un tableau de pratiques.

  --out <fichier>          le fichier à écrire (obligatoire)
  --format <format>        csv, json ou parquet (par défaut : l'extension du fichier)
  --json                   le compte rendu en JSON : { out, format, count }
${DB_USAGE}

${FILTER_USAGE}`,
  async run(args, io) {
    const { values } = parseCommandArgs('export', args, {
      out: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      ...DB_FLAG,
      ...FILTER_FLAGS,
    });
    const out = values.out?.trim();
    if (!out) {
      throw new UsageError('--out : attendu le fichier à écrire (obligatoire), trouvé rien');
    }
    if (!existsSync(dirname(out))) {
      throw new UsageError(
        `--out : attendu un fichier dans un dossier qui existe, trouvé ${out} (le dossier ${dirname(out)} n'existe pas)`,
      );
    }
    const format = catalogueFormat(values.format, out);
    const filter = toFilter(values);
    const count = await withStore(values, (store) =>
      exportCatalogueFile(store, out, format, filter),
    );
    if (values.json) {
      io.stdout(`${JSON.stringify({ out, format, count }, null, 2)}\n`);
      return;
    }
    io.stdout(`${count} pratiques exportées vers ${out} (${format}).\n`);
  },
};
