import { loadBundledCorpus, loadCompactGeography } from '@essaimage/core/node';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { formatEuros, formatInteger } from '../format';
import { renderTable, truncate } from '../table';

export const practicesCommand: Command = {
  name: 'practices',
  usage: `Usage : essaimage practices [--json]

Affiche toutes les pratiques du corpus, validées et enrichies par la géographie officielle
(population, région, département).

  --json   un tableau JSON, une entrée par pratique`,
  async run(args, io) {
    const { values } = parseCommandArgs('practices', args, { json: { type: 'boolean' } });
    const practices = loadBundledCorpus(loadCompactGeography());
    if (values.json) {
      io.stdout(`${JSON.stringify(practices, null, 2)}\n`);
      return;
    }
    io.stdout(
      renderTable(
        ['id', 'titre', 'collectivité', 'année', 'population', 'région', 'budget'],
        practices.map((p) => [
          truncate(p.id, 36),
          truncate(p.title, 50),
          truncate(p.collectivity.name, 28),
          p.year,
          formatInteger(p.population),
          p.region,
          formatEuros(p.budget?.amount ?? null),
        ]),
      ),
    );
    io.stdout(`${practices.length} pratiques\n`);
  },
};
