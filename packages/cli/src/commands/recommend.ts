import { createEssaimage } from '@essaimage/core';
import { loadBundledCorpus, loadOfficialGeography, loadPolicyAreas } from '@essaimage/core/node';
import { parseCommandArgs, positiveInteger } from '../args';
import type { Command } from '../command';
import { UsageError } from '../io';
import { describeTarget, renderRanking } from './ranking-output';
import { TARGET_FLAGS, TARGET_USAGE, toTargetInput } from './target-flags';

export const recommendCommand: Command = {
  name: 'recommend',
  summary: 'Trouve les pratiques pertinentes et transférables pour un besoin',
  usage: `Usage : essaimage recommend --need "<texte>" [votre collectivité] [--top <k>] [--json]

Classe les pratiques par pertinence pour le besoin et par proximité de contexte avec votre
collectivité, et explique chaque critère.

  --need <texte>           le besoin, en français courant (obligatoire)
  --top <k>                nombre de résultats (10 par défaut)
  --json                   sortie JSON : { target, results: [{ id, title, collectivity, year, score, criteria }] }

${TARGET_USAGE}`,
  async run(args, io) {
    const { values } = parseCommandArgs('recommend', args, {
      need: { type: 'string' },
      top: { type: 'string' },
      json: { type: 'boolean' },
      ...TARGET_FLAGS,
    });
    const need = values.need?.trim() ?? '';
    if (!need) throw new UsageError('--need: expected a need in plain French, found nothing');
    const top = positiveInteger('top', values.top, 10);
    const target = toTargetInput(values);
    const essaimage = createEssaimage({
      practices: loadBundledCorpus(),
      geography: loadOfficialGeography(),
      policyAreas: loadPolicyAreas(),
    });
    const result = essaimage.recommend({ need, target, top });
    if (values.json) {
      io.stdout(
        `${JSON.stringify({ target: result.target, needAreas: result.needAreas, results: result.results }, null, 2)}\n`,
      );
      return;
    }
    io.stdout(
      `Pour : ${describeTarget(result.target)}\nBesoin : ${need}\n\n${renderRanking(result.results)}`,
    );
  },
};
