import { budgetStats } from '@essaimage/core/node';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE, withStore } from '../db-flag';
import { FILTER_FLAGS, FILTER_USAGE, toFilter } from '../filter-flags';
import { formatEuros } from '../format';
import { renderTable } from '../table';
import { DIMENSION_HEADERS, dimensionLabeller } from '../trend-labels';
import { BY_USAGE, byFlag } from './trends';

export const budgetCommand: Command = {
  name: 'budget',
  usage: `Usage : essaimage budget --by <dimension>[,<dimension>...] [filtres] [--json] [--db <fichier>]

Pour chaque groupe : nombre de pratiques, nombre avec un montant connu, minimum, premier
quartile, médiane, troisième quartile, maximum et moyenne des montants, en euros (quartiles
interpolés entre les montants). Les montants ponctuels, annuels et pluriannuels sont mêlés :
ajoutez budgetPeriod aux dimensions pour les séparer.

${BY_USAGE}
  --json                   un tableau JSON : [{ <dimension>: valeur, ..., practices, withBudget,
                           min, q1, median, q3, max, mean }]
${DB_USAGE}

${FILTER_USAGE}`,
  async run(args, io) {
    const { values } = parseCommandArgs('budget', args, {
      by: { type: 'string' },
      json: { type: 'boolean' },
      ...DB_FLAG,
      ...FILTER_FLAGS,
    });
    const dimensions = byFlag('budget', values.by);
    const filter = toFilter(values);
    const rows = await withStore(values, (store) => budgetStats(store, dimensions, filter));
    if (values.json) {
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    const label = dimensionLabeller(dimensions);
    const euros = (value: number | null) => formatEuros(value === null ? null : Math.round(value));
    io.stdout(
      renderTable(
        [
          ...dimensions.map((d) => DIMENSION_HEADERS[d]),
          'pratiques',
          'avec montant',
          'min',
          'q1',
          'médiane',
          'q3',
          'max',
          'moyenne',
        ],
        rows.map((row) => [
          ...dimensions.map((d) => label(d, row[d])),
          row.practices,
          row.withBudget,
          euros(row.min),
          euros(row.q1),
          euros(row.median),
          euros(row.q3),
          euros(row.max),
          euros(row.mean),
        ]),
      ),
    );
  },
};
