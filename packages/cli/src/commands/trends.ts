import {
  TREND_DIMENSIONS,
  countTrends,
  distinctiveTerms,
  loadPolicyAreas,
  parseTrendDimensions,
  practiceTermIndex,
} from '@essaimage/core/node';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE, withStore } from '../db-flag';
import { FILTER_FLAGS, FILTER_USAGE, toFilter } from '../filter-flags';
import { UsageError } from '../io';
import { boundedFlag } from '../number-flag';
import { renderTable } from '../table';
import { DIMENSION_HEADERS, dimensionLabeller } from '../trend-labels';

/** The `--by` usage lines shared by trends and budget. */
export const BY_USAGE = `  --by <dimensions>        une ou plusieurs dimensions, séparées par des virgules :
                           ${TREND_DIMENSIONS.join(', ')}
                           (populationBand : < 2 000, 2 000 – 10 000, 10 000 – 50 000,
                           50 000 – 200 000, > 200 000 habitants ; policyArea : une pratique
                           compte dans chacun de ses domaines)`;

/** Read `--by`, required: a UsageError without it; unknown dimensions are refused by core. */
export function byFlag(command: string, by: string | undefined) {
  if (by === undefined || by.trim() === '') {
    throw new UsageError(
      `--by : attendu une ou plusieurs dimensions parmi ${TREND_DIMENSIONS.join(', ')}, trouvé rien (essaimage ${command} exige --by)`,
    );
  }
  return parseTrendDimensions(by);
}

export const trendsCommand: Command = {
  name: 'trends',
  usage: `Usage : essaimage trends --by <dimension>[,<dimension>...] [filtres] [--terms <n>] [--json] [--db <fichier>]

Compte les pratiques par combinaison de dimensions (par exemple le palmarès par année et par
catégorie : --by year,category).

${BY_USAGE}
  --terms <n>              ajoute à chaque groupe ses n termes les plus distinctifs (TF-IDF)
  --json                   un tableau JSON : [{ <dimension>: valeur, ..., count }] (codes bruts,
                           null pour inconnu ; avec --terms, terms: [{ term, display, weight }])
${DB_USAGE}

${FILTER_USAGE}`,
  async run(args, io) {
    const { values } = parseCommandArgs('trends', args, {
      by: { type: 'string' },
      terms: { type: 'string' },
      json: { type: 'boolean' },
      ...DB_FLAG,
      ...FILTER_FLAGS,
    });
    const dimensions = byFlag('trends', values.by);
    const filter = toFilter(values);
    const termCount = boundedFlag('terms', values.terms);
    const rows = await withStore(values, async (store) => {
      const counts = await countTrends(store, dimensions, filter);
      if (termCount === undefined) return counts.map((row) => ({ ...row, terms: undefined }));
      const index = practiceTermIndex(await store.all(filter), loadPolicyAreas());
      const groups = await distinctiveTerms(store, index, dimensions, { n: termCount, filter });
      const key = (row: Record<string, unknown>) => JSON.stringify(dimensions.map((d) => row[d]));
      const termsOf = new Map(groups.map((g) => [key(g), g.terms]));
      return counts.map((row) => ({ ...row, terms: termsOf.get(key(row)) ?? [] }));
    });
    if (values.json) {
      const out = rows.map(({ terms, ...row }) => (terms ? { ...row, terms } : row));
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
      return;
    }
    const label = dimensionLabeller(dimensions);
    const headers = [...dimensions.map((d) => DIMENSION_HEADERS[d]), 'pratiques'];
    if (termCount !== undefined) headers.push('termes distinctifs');
    io.stdout(
      renderTable(
        headers,
        rows.map((row) => {
          const cells: Array<string | number> = [
            ...dimensions.map((d) => label(d, row[d])),
            row.count,
          ];
          if (termCount !== undefined)
            cells.push((row.terms ?? []).map((t) => t.display).join(', '));
          return cells;
        }),
      ),
    );
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    const note = dimensions.includes('policyArea')
      ? ' (une pratique compte dans chacun de ses domaines)'
      : '';
    io.stdout(`${rows.length} groupes, ${total} pratiques${note}\n`);
  },
};
