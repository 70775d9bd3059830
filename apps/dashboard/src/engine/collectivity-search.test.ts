import type { GeoEntity } from '@essaimage/core';
import { describe, expect, it } from 'vitest';
import { CollectivitySearch, normalizeName } from './collectivity-search';

const entity = (
  kind: GeoEntity['kind'],
  code: string,
  name: string,
  population: number,
): GeoEntity => ({
  kind,
  code,
  name,
  population,
  region: '76',
  department: '09',
});

const ENTITIES = [
  entity('commune', '09225', 'Pamiers', 16473),
  entity('epci', '200066223', 'CA du Pays de Pamiers', 39000),
  entity('commune', '42218', 'Saint-Étienne', 173089),
  entity('commune', '09122', 'Foix', 9600),
];

describe('CollectivitySearch', () => {
  const search = new CollectivitySearch(ENTITIES);
  const names = (text: string) => search.search(text).map((e) => e.name);

  it('matches the start of the name without accents, case or hyphens', () => {
    expect(normalizeName('Saint-Étienne')).toBe('saint etienne');
    expect(names('saint eti')).toEqual(['Saint-Étienne']);
    expect(names('SAINT-ÉT')).toEqual(['Saint-Étienne']);
    expect(names('x')).toEqual([]);
  });

  it('ranks whole-name matches before later-word matches', () => {
    expect(names('pam')).toEqual(['Pamiers', 'CA du Pays de Pamiers']);
    expect(names('pays de pam')).toEqual(['CA du Pays de Pamiers']);
  });
});
