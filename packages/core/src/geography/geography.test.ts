import { describe, expect, it } from 'vitest';
import type { GeoEntity } from './geo-entity';
import { Geography } from './geography';

const commune = (code: string, name: string): GeoEntity => ({
  kind: 'commune',
  code,
  name,
  population: 1_000,
  region: '27',
  department: '39',
});
const regions = [{ code: '27', name: 'Bourgogne-Franche-Comté', zone: 'metro' as const }];

describe('a deferred geography', () => {
  const damparis = commune('39189', 'Damparis');
  const dole = commune('39198', 'Dole');

  function deferred() {
    let calls = 0;
    const geography = Geography.deferred([damparis], () => (calls++, [damparis, dole]), regions);
    return { geography, calls: () => calls };
  }

  it('answers from its first entities and regions without asking for the rest', () => {
    const { geography, calls } = deferred();
    expect(geography.lookup('commune', '39189')).toBe(damparis);
    expect(geography.region('27')?.name).toBe('Bourgogne-Franche-Comté');
    expect(geography.regions()).toEqual(regions);
    expect(calls()).toBe(0);
  });

  it('asks for the rest once, at the first lookup its first entities do not answer', () => {
    const { geography, calls } = deferred();
    expect(geography.lookup('commune', '39198')).toBe(dole);
    expect(geography.lookup('epci', '39198')).toBeUndefined();
    expect(calls()).toBe(1);
  });

  it('gives every entity, and their count, once the rest is in', () => {
    const first = deferred();
    expect([...first.geography.entities()]).toEqual([damparis, dole]);
    const second = deferred();
    expect(second.geography.size).toBe(2);
    expect(first.calls() + second.calls()).toBe(2);
  });
});
