import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Geography } from '../geography/geography';
import type { OfficialGeographyData } from '../geography/official-data';

const require = createRequire(import.meta.url);

function readOfficial<T>(file: string): T {
  const path = require.resolve(`@etalab/decoupage-administratif/data/${file}`);
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The raw official data files of `@etalab/decoupage-administratif`. */
export function readOfficialGeographyData(): OfficialGeographyData {
  return {
    communes: readOfficial('communes.json'),
    epci: readOfficial('epci.json'),
    departements: readOfficial('departements.json'),
    regions: readOfficial('regions.json'),
  };
}

let cached: Geography | undefined;

/** The official geography, read once from `@etalab/decoupage-administratif` (about 0.3 s). */
export function loadOfficialGeography(): Geography {
  cached ??= Geography.fromOfficialData(readOfficialGeographyData());
  return cached;
}
