import type { CollectivityKind, TargetInput } from '@essaimage/core';
import { COLLECTIVITY_KINDS } from '@essaimage/core';
import { nonNegativeNumber } from '../args';
import { UsageError } from '../io';

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
      `expected one official code at most, found ${official.map((k) => `--${k}`).join(' and ')}`,
    );
  }
  const input: TargetInput = {};
  const kind = official[0];
  if (kind) {
    const code = (values[kind] ?? '').trim().toUpperCase();
    if (!code) throw new UsageError(`--${kind}: expected an official code, found an empty string`);
    input.official = { kind, code };
  }
  if (values.kind !== undefined) {
    if (!(COLLECTIVITY_KINDS as readonly string[]).includes(values.kind)) {
      throw new UsageError(
        `--kind: expected one of ${COLLECTIVITY_KINDS.join(', ')}, found ${JSON.stringify(values.kind)}`,
      );
    }
    input.kind = values.kind as CollectivityKind;
  }
  const population = nonNegativeNumber('population', values.population);
  if (population !== undefined) input.population = population;
  const budget = nonNegativeNumber('budget', values.budget);
  if (budget !== undefined) input.budget = budget;
  const staff = nonNegativeNumber('staff', values.staff);
  if (staff !== undefined) input.staff = staff;
  return input;
}
