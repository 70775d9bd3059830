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
  entity('commune', '39189', 'Damparis', 2587),
  entity('commune', '39525', 'Tavaux', 4000),
  { ...entity('commune', '97415', 'Saint-Paul', 108088), region: '04', department: '974' },
  { ...entity('commune', '40279', 'Saint-Paul-lès-Dax', 13000), region: '75', department: '40' },
  { ...entity('region', '04', 'La Réunion', 860000), department: null },
  { ...entity('departement', '39', 'Jura', 259000), region: '27' },
];
const POSTCODES = [['09100'], [], ['42000'], ['09000'], ['39500'], ['39500'], ['97460'], ['40990']];

describe('CollectivitySearch', () => {
  const search = new CollectivitySearch(ENTITIES, POSTCODES);
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

describe('CollectivitySearch, beyond name prefixes', () => {
  const search = new CollectivitySearch(ENTITIES, POSTCODES);
  const names = (text: string) => search.search(text).map((e) => e.name);

  it('finds a collectivity by INSEE code, postcode, SIREN, department or region code', () => {
    expect(names('39189')).toEqual(['Damparis']);
    expect(names('39500')).toEqual(['Tavaux', 'Damparis']);
    expect(names('200066223')).toEqual(['CA du Pays de Pamiers']);
    expect(names('39')).toEqual(['Jura']);
    expect(names('04')).toEqual(['La Réunion']);
  });

  it('reads « st » as « saint », and takes left-over words as the department or region', () => {
    expect(names('st paul')).toEqual(['Saint-Paul', 'Saint-Paul-lès-Dax']);
    expect(names('saint paul reunion')).toEqual(['Saint-Paul']);
    expect(names('st paul 974')).toEqual(['Saint-Paul']);
  });

  it('forgives a small typo when nothing starts so', () => {
    expect(names('damprais')).toEqual(['Damparis']);
    expect(names('pamers')[0]).toBe('Pamiers');
    expect(names('zzzz')).toEqual([]);
  });

  it('names the one collectivity a text designates exactly, or none', () => {
    expect(search.exact('damparis')?.code).toBe('39189');
    expect(search.exact('39189')?.name).toBe('Damparis');
    expect(search.exact('39500')).toBeNull(); // two communes
    expect(search.exact('Dampar')).toBeNull();
  });
});
