import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE } from '../db-flag';
import { withEngine } from '../engine-source';
import { FILTER_FLAGS, FILTER_USAGE } from '../filter-flags';
import { UsageError } from '../io';
import { boundedFlag } from '../number-flag';
import { quoted } from '../words';
import { renderRanking } from './ranking-output';
import { TARGET_FLAGS, TARGET_USAGE, toTargetInput } from './target-flags';

export const similarCommand: Command = {
  name: 'similar',
  usage: `Usage : essaimage similar <id-de-pratique> [--top <k>] [votre collectivité] [--json]

Les pratiques les plus proches par leur texte, expliquées critère par critère. Sans collectivité
précisée, le contexte comparé est celui de la collectivité de la pratique.

  --top <k>                nombre de résultats (10 par défaut, de 1 à 1 000)
  --json                   sortie JSON : { practice, results: [...] }

${TARGET_USAGE}
${DB_USAGE}

${FILTER_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'similar',
      args,
      {
        top: { type: 'string' },
        json: { type: 'boolean' },
        ...TARGET_FLAGS,
        ...FILTER_FLAGS,
        ...DB_FLAG,
      },
      { max: 1, what: 'un identifiant de pratique' },
    );
    const [id] = positionals;
    if (!id) {
      throw new UsageError('essaimage similar : attendu un identifiant de pratique, trouvé rien');
    }
    const top = boundedFlag('top', values.top) ?? 10;
    const input = toTargetInput(values);
    const hasTarget = Object.keys(input).length > 0;
    const result = await withEngine(values, ({ engine, candidates }) => {
      if (!engine.practice(id)) {
        throw new UsageError(
          `essaimage similar : attendu l'identifiant d'une pratique du catalogue, trouvé ${quoted(id)} (voir essaimage practices)`,
        );
      }
      return engine.similar(id, { top, candidates, ...(hasTarget ? { target: input } : {}) });
    });
    if (values.json) {
      const { practice, target, results } = result;
      io.stdout(`${JSON.stringify({ practice, target, results }, null, 2)}\n`);
      return;
    }
    io.stdout(
      `Pratiques proches de « ${result.practice.title} » (${result.practice.collectivity.name}) :\n\n${renderRanking(result.results, [], 0, 'proximité')}`,
    );
  },
};
