import { COLLECTIVITY_KINDS, MEDALS, type CollectivityKind, type Medal } from '@essaimage/core';
import { loadPolicyAreas, type PracticeFilter } from '@essaimage/core/node';
import { UsageError } from './io';
import { boundedFlag } from './number-flag';
import { quoted } from './words';

/**
 * The flags that narrow the practices considered, for parseArgs: shared by trends, budget,
 * export, and recommend / similar (as a pre-filter). They name the *practices'* facts, never
 * the target's (`--region` in recommend is the target's region; `--in-region` filters practices).
 */
export const FILTER_FLAGS = {
  'in-region': { type: 'string' },
  'in-department': { type: 'string' },
  'kind-of-source': { type: 'string' },
  'min-population': { type: 'string' },
  'max-population': { type: 'string' },
  'year-from': { type: 'string' },
  'year-to': { type: 'string' },
  medal: { type: 'string' },
  area: { type: 'string' },
  'max-budget': { type: 'string' },
  'max-staff': { type: 'string' },
  'max-duration': { type: 'string' },
  'with-partners': { type: 'boolean' },
  'without-partners': { type: 'boolean' },
  'exclude-unknown': { type: 'boolean' },
} as const;

/** The usage lines of the filter flags, in French. */
export const FILTER_USAGE = `Filtres sur les pratiques (listes séparées par des virgules ; tous cumulés) :
  --in-region <codes>        régions de la collectivité porteuse (ex. 27,76)
  --in-department <codes>    départements (ex. 39,2A,971)
  --kind-of-source <types>   type de collectivité porteuse : commune, epci, departement, region,
                             syndicat, autre (ex. commune,epci)
  --min-population <n>       population d'au moins n habitants
  --max-population <n>       population d'au plus n habitants
  --year-from <année>        année de la pratique, à partir de
  --year-to <année>          année de la pratique, jusqu'à
  --medal <médailles>        or, argent, bronze, excellence (ex. or,argent)
  --area <codes>             domaines d'action publique (au moins un), codes de data/policy-areas.json
                             (ex. mobilite,ressources-humaines)
  --max-budget <euros>       budget d'au plus ce montant (ex. 20000 ou "20 000")
  --max-staff <ETP>          effectifs d'au plus ce nombre d'équivalents temps plein
  --max-duration <mois>      durée d'au plus ce nombre de mois (« de 2009 à 2017 » : 108 mois)
  --with-partners            seulement les pratiques menées avec des partenaires
  --without-partners         seulement celles sans partenaire nommé par la source
  --exclude-unknown          avec --max-budget / --max-staff / --max-duration : écarter aussi les
                             pratiques dont le budget, les effectifs ou la durée sont inconnus
                             (gardées par défaut)
  Une pratique dont le fait filtré est inconnu (année, région...) n'est pas retenue, sauf pour le
  budget, les effectifs et la durée (voir --exclude-unknown).`;

/** The parsed values of the filter flags, as parseArgs gives them. */
export type FilterValues = {
  [K in keyof typeof FILTER_FLAGS]?: (typeof FILTER_FLAGS)[K]['type'] extends 'boolean'
    ? boolean
    : string;
};

/** A word the user typed, matched without case or accents ("Département" → "departement"). */
export function foldWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

function list(flag: string, value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length === 0) {
    throw new UsageError(
      `--${flag} : attendu une liste de valeurs séparées par des virgules, trouvé ${quoted(value)}`,
    );
  }
  return items;
}

/** A word among `allowed`, matched without case or accents; a UsageError naming the flag. */
export function oneWord<T extends string>(flag: string, item: string, allowed: readonly T[]): T {
  const folded = foldWord(item) as T;
  if (!allowed.includes(folded)) {
    throw new UsageError(
      `--${flag} : attendu l'une des valeurs ${allowed.join(', ')}, trouvé ${quoted(item)}`,
    );
  }
  return folded;
}

function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  return list(flag, value)?.map((item) => oneWord(flag, item, allowed));
}

function codes(flag: string, value: string | undefined, pattern: RegExp, what: string) {
  return list(flag, value)?.map((item) => {
    const code = item.toUpperCase();
    if (!pattern.test(code)) {
      throw new UsageError(`--${flag} : attendu ${what}, trouvé ${quoted(item)}`);
    }
    return code;
  });
}

/** Build a practice filter from the parsed flags; a bad value is a UsageError naming its flag. */
export function toFilter(values: FilterValues): PracticeFilter {
  const filter: PracticeFilter = {};
  const regions = codes(
    'in-region',
    values['in-region'],
    /^\d{2,3}$/,
    'des codes de région (ex. 27,76)',
  );
  if (regions) filter.regions = regions;
  const departments = codes(
    'in-department',
    values['in-department'],
    /^(\d{2,3}|2A|2B)$/,
    'des codes de département (ex. 39,2A,971)',
  );
  if (departments) filter.departments = departments;
  const kinds = oneOf<CollectivityKind>(
    'kind-of-source',
    values['kind-of-source'],
    COLLECTIVITY_KINDS,
  );
  if (kinds) filter.kinds = kinds;
  const medals = oneOf<Medal>('medal', values.medal, MEDALS);
  if (medals) filter.medals = medals;
  const areas = list('area', values.area);
  if (areas) {
    const known = loadPolicyAreas().map((a) => a.code);
    const unknown = areas.filter((a) => !known.includes(a));
    if (unknown.length > 0) {
      throw new UsageError(
        `--area : attendu des codes de domaine (${known.join(', ')}), trouvé ${unknown.map(quoted).join(', ')}`,
      );
    }
    filter.policyAreas = areas;
  }
  const numbers = {
    populationMin: boundedFlag('min-population', values['min-population']),
    populationMax: boundedFlag('max-population', values['max-population']),
    yearFrom: boundedFlag('year-from', values['year-from']),
    yearTo: boundedFlag('year-to', values['year-to']),
    maxBudget: boundedFlag('max-budget', values['max-budget']),
    maxStaff: boundedFlag('max-staff', values['max-staff']),
  };
  for (const [key, value] of Object.entries(numbers)) {
    if (value !== undefined) filter[key as keyof typeof numbers] = value;
  }
  const maxDuration = boundedFlag('max-duration', values['max-duration']);
  if (maxDuration !== undefined) filter.maxDurationMonths = maxDuration;
  if (values['with-partners'] && values['without-partners']) {
    throw new UsageError(
      '--with-partners, --without-partners : attendu l’un des deux, trouvé les deux',
    );
  }
  if (values['with-partners']) filter.withPartners = true;
  if (values['without-partners']) filter.withPartners = false;
  if (values['exclude-unknown']) {
    if (
      filter.maxBudget === undefined &&
      filter.maxStaff === undefined &&
      filter.maxDurationMonths === undefined
    ) {
      throw new UsageError(
        '--exclude-unknown : attendu avec --max-budget, --max-staff ou --max-duration, trouvé sans',
      );
    }
    filter.includeUnknown = false;
  }
  return filter;
}
