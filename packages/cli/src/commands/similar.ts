import { createEssaimage } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
import { parseCommandArgs, positiveInteger } from '../args';
import type { Command } from '../command';
import { UsageError } from '../io';
import { renderRanking } from './ranking-output';
import { TARGET_FLAGS, TARGET_USAGE, toTargetInput } from './target-flags';

export const similarCommand: Command = {
  name: 'similar',
  summary: "Trouve les pratiques proches d'une pratique (« voir aussi »)",
  usage: `Usage : essaimage similar <id-de-pratique> [--top <k>] [votre collectivité] [--json]

Les pratiques les plus proches par leur texte, expliquées critère par critère. Sans collectivité
précisée, le contexte comparé est celui de la collectivité de la pratique.

  --top <k>                nombre de résultats (10 par défaut)
  --json                   sortie JSON : { practice, results: [...] }

${TARGET_USAGE}`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('similar', args, {
      top: { type: 'string' },
      json: { type: 'boolean' },
      ...TARGET_FLAGS,
    });
    const [id, ...extra] = positionals;
    if (!id) throw new UsageError('essaimage similar: expected a practice id, found nothing');
    if (extra.length > 0)
      throw new UsageError(
        `essaimage similar: expected one practice id, found also ${extra.join(' ')}`,
      );
    const top = positiveInteger('top', values.top, 10);
    const input = toTargetInput(values);
    const essaimage = createEssaimage({
      practices: loadBundledCorpus(),
      geography: loadOfficialGeography(),
      policyAreas: loadPolicyAreas(),
    });
    if (!essaimage.practice(id)) {
      throw new UsageError(
        `essaimage similar: expected the id of a practice of the corpus, found ${JSON.stringify(id)} (see essaimage practices)`,
      );
    }
    const hasTarget = Object.keys(input).length > 0;
    const result = essaimage.similar(id, hasTarget ? { top, target: input } : { top });
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ practice: result.practice, target: result.target, results: result.results }, null, 2)}\n`,
      );
      return;
    }
    io.stdout(
      `Pratiques proches de « ${result.practice.title} » (${result.practice.collectivity.name}) :\n\n${renderRanking(result.results)}`,
    );
  },
};
