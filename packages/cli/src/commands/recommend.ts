import { parseCommandArgs } from '../args';
import type { Command } from '../command';
import { DB_FLAG, DB_USAGE } from '../db-flag';
import { withEngine } from '../engine-source';
import { FILTER_FLAGS, FILTER_USAGE } from '../filter-flags';
import { UsageError } from '../io';
import { boundedFlag } from '../number-flag';
import { textOrStandardInput } from '../standard-input';
import { describeTarget, renderRanking } from './ranking-output';
import { TARGET_FLAGS, TARGET_USAGE, toTargetInput } from './target-flags';

// Characters that show nothing: zero-width spaces and joiners, word joiner, byte-order mark.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

/** A text typed by the user, without invisible characters and surrounding blanks. */
export function plainText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

export const recommendCommand: Command = {
  name: 'recommend',
  usage: `Usage : essaimage recommend --need "<texte>" [votre collectivité] [--top <k>] [--json]

Classe les pratiques par pertinence pour le besoin et par proximité de contexte avec votre
collectivité, et explique chaque critère.

  --need <texte>           le besoin, en français courant (obligatoire ; entre guillemets ; « - » : lu sur l'entrée standard)
  --top <k>                nombre de résultats (10 par défaut, de 1 à 1 000)
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
    const need = plainText((await textOrStandardInput('need', values.need)) ?? '');
    if (!need) {
      throw new UsageError(
        `--need : attendu un besoin en français courant, trouvé ${values.need === undefined ? 'rien' : 'un texte vide'}`,
      );
    }
    const top = boundedFlag('top', values.top) ?? 10;
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
