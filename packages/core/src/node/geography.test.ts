import { describe, expect, it } from 'vitest';
import { Geography } from '../geography/geography';
import { loadOfficialGeography, readOfficialGeographyData } from './geography';

describe('official geography', () => {
  const geography = loadOfficialGeography();

  it('looks communes up by INSEE code, with their official population', () => {
    expect(geography.lookup('commune', '09282')).toEqual({
      kind: 'commune',
      code: '09282',
      name: 'Saverdun',
      population: 4808,
      region: '76',
      department: '09',
    });
    expect(geography.lookup('commune', '97115')?.region).toBe('01');
    expect(geography.lookup('commune', '97213')?.region).toBe('02');
    expect(geography.lookup('commune', '99999')).toBeUndefined();
  });

  it('knows municipal arrondissements (Paris 9e)', () => {
    const paris9 = geography.lookup('commune', '75109');
    expect(paris9?.name).toMatch(/Paris 9e/);
    expect(paris9?.region).toBe('11');
  });

  it('sums member communes for an EPCI and places it where its largest member is', () => {
    const data = readOfficialGeographyData();
    const raw = data.epci.find((e) => e.code === '241100593');
    expect(raw).toBeDefined();
    const populations = new Map(data.communes.map((c) => [c.code, c.population ?? 0]));
    const expected = raw!.membres.reduce((sum, m) => sum + (populations.get(m.code) ?? 0), 0);
    const narbonne = geography.lookup('epci', '241100593');
    expect(narbonne?.population).toBe(expected);
    expect(narbonne?.department).toBe('11');
    expect(narbonne?.region).toBe('76');
  });

  it('sums the current communes (not arrondissements) for departments and regions', () => {
    const data = readOfficialGeographyData();
    const jura = data.communes
      .filter((c) => c.type === 'commune-actuelle' && c.departement === '39')
      .reduce((sum, c) => sum + (c.population ?? 0), 0);
    expect(geography.lookup('departement', '39')?.population).toBe(jura);
    const paris = geography.lookup('departement', '75')?.population ?? 0;
    expect(paris).toBe(geography.lookup('commune', '75056')?.population);
    expect(geography.lookup('region', '27')?.name).toBe('Bourgogne-Franche-Comté');
    expect(geography.region('01')?.zone).toBe('drom');
  });

  it('rebuilds the same lookups from its own entities', () => {
    const copy = Geography.fromEntities(geography.entities(), geography.regions());
    expect(copy.size).toBe(geography.size);
    expect(copy.lookup('epci', '241100593')).toEqual(geography.lookup('epci', '241100593'));
  });
});
