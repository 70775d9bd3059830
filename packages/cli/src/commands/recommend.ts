import { parseCommandArgs, positiveInteger } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE } from '../db-flag';
import { withEngine } from '../engine-source';
import { FILTER_FLAGS, FILTER_USAGE } from '../filter-flags';
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
  --json                   sortie JSON : { target, needAreas, results: [{ id, title, collectivity,
                           year, score, pertinence, transferability, criteria }], belowFloor, notices }

${TARGET_USAGE}
${DB_USAGE}

${FILTER_USAGE}`,
  async run(args, io) {
    const { values } = parseCommandArgs('recommend', args, {
      need: { type: 'string' },
      top: { type: 'string' },
      json: { type: 'boolean' },
      ...TARGET_FLAGS,
      ...FILTER_FLAGS,
      ...DB_FLAG,
    });
    const need = values.need?.trim() ?? '';
    if (!need) throw new UsageError('--need: expected a need in plain French, found nothing');
    const top = positiveInteger('top', values.top, 10);
    const target = toTargetInput(values);
    const result = await withEngine(values, ({ engine, candidates }) =>
      engine.recommend({ need, target, top, candidates }),
    );
    if (values.json) {
      const { target: profile, needAreas, results, belowFloor, notices } = result;
      const json = { target: profile, needAreas, results, belowFloor, notices };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
      return;
    }
    io.stdout(
      `Pour : ${describeTarget(result.target)}\nBesoin : ${need}\n\n${renderRanking(result.results, result.notices, result.belowFloor)}`,
    );
  },
};
