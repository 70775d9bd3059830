import { readFileSync } from 'node:fs';
import type { Geography } from '../geography/geography';
import type { PolicyArea } from '../practice/policy-area';
import { ValidationError } from '../practice/problem';
import type { Practice } from '../practice/record';
import { readCatalogue } from '../practice/catalogue';
import { loadOfficialGeography } from './geography';
import { packagePath } from './package-path';

/** The package's data/ folder (packages/core/data), where the bundled corpus lives. */
export const DATA_DIR = packagePath('data/');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(`${DATA_DIR}${file}`, 'utf8'));
}

/** The policy-area taxonomy of data/policy-areas.json. */
export function loadPolicyAreas(): PolicyArea[] {
  return readJson('policy-areas.json') as PolicyArea[];
}

/** The raw records of data/practices.json, before validation. */
export function readBundledRecords(): unknown[] {
  const records = readJson('practices.json');
  if (!Array.isArray(records)) {
    throw new ValidationError(
      [
        {
          code: 'bad-file',
          where: 'data/practices.json',
          field: '',
          expected: 'a JSON array',
          found: typeof records,
        },
      ],
      'data/practices.json',
    );
  }
  return records;
}

/**
 * The bundled corpus, validated and enriched with the geography (the official one unless given:
 * `loadCompactGeography()` gives the same facts faster); throws a ValidationError naming every
 * bad record.
 */
export function loadBundledCorpus(geography: Geography = loadOfficialGeography()): Practice[] {
  const result = readCatalogue(readBundledRecords(), {
    geography,
    policyAreas: new Set(loadPolicyAreas().map((area) => area.code)),
  });
  if (result.problems.length > 0) throw new ValidationError(result.problems, 'data/practices.json');
  return result.practices;
}
