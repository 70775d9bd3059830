import type { CollectivityKind, TargetInput } from '@essaimage/core';
import { COLLECTIVITY_KINDS } from '@essaimage/core';
import { oneWord } from '../filter-flags';
import { UsageError } from '../io';
import { boundedFlag } from '../number-flag';

/** The flags that describe the target collectivity, shared by recommend and similar. */
export const TARGET_FLAGS = {
  commune: { type: 'string' },
  epci: { type: 'string' },
  departement: { type: 'string' },
  region: { type: 'string' },
  population: { type: 'string' },
  kind: { type: 'string' },
  budget: { type: 'string' },
  staff: { type: 'string' },
} as const;

/** Their usage lines, in French. */
export const TARGET_USAGE = `Votre collectivité (un code officiel, ou les faits à la main ; la main l'emporte) :
  --commune <INSEE>        code INSEE d'une commune (ex. 09225 pour Pamiers)
  --epci <SIREN>           SIREN d'une intercommunalité
  --departement <code>     code d'un département (ex. 39)
  --region <code>          code d'une région (ex. 27)
  --population <n>         population
  --kind <type>            commune | epci | departement | region | syndicat | autre
  --budget <euros>         plafond de budget pour la pratique
  --staff <ETP>            effectifs disponibles, en équivalents temps plein`;

type TargetValues = Partial<Record<keyof typeof TARGET_FLAGS, string>>;

/** Build the target input from the parsed flags; one official code at most. */
export function toTargetInput(values: TargetValues): TargetInput {
  const official = (['commune', 'epci', 'departement', 'region'] as const).filter(
    (kind) => values[kind] !== undefined,
  );
  if (official.length > 1) {
    throw new UsageError(
      `${official.map((k) => `--${k}`).join(' et ')} : attendu un seul code officiel, trouvé ${official.length}`,
    );
  }
  const input: TargetInput = {};
  const kind = official[0];
  if (kind) {
    const code = (values[kind] ?? '').trim().toUpperCase();
    if (!code) throw new UsageError(`--${kind} : attendu un code officiel, trouvé une chaîne vide`);
    input.official = { kind, code };
  }
  if (values.kind !== undefined) {
    // Matched as --kind-of-source is: "Commune", "Département" are accepted.
    input.kind = oneWord<CollectivityKind>('kind', values.kind, COLLECTIVITY_KINDS);
  }
  const population = boundedFlag('population', values.population);
  if (population !== undefined) input.population = population;
  const budget = boundedFlag('budget', values.budget);
  if (budget !== undefined) input.budget = budget;
  const staff = boundedFlag('staff', values.staff);
  if (staff !== undefined) input.staff = staff;
  return input;
}
