import { describe, expect, it } from 'vitest';
import { loadOfficialGeography } from '../node/geography';
import { findEntity, geographyFromCompact, packGeography } from './compact-geography';

describe('the compact geography', () => {
  const official = loadOfficialGeography();
  const compact = JSON.parse(
    JSON.stringify(packGeography(official.entities(), official.regions())),
  ) as ReturnType<typeof packGeography>;
  const restored = geographyFromCompact(compact);

  it('gives back every entity of the official geography, field for field', () => {
    const entities = [...official.entities()];
    expect([...restored.entities()]).toHaveLength(entities.length);
    for (const entity of entities) {
      expect(restored.lookup(entity.kind, entity.code), `${entity.kind} ${entity.code}`).toEqual(
        entity,
      );
    }
  });

  it('keeps the regions, and finds one entity by a scan without unpacking the rest', () => {
    expect(restored.regions()).toEqual(official.regions());
    expect(findEntity(compact, 'commune', '09225')).toEqual(official.lookup('commune', '09225'));
    expect(findEntity(compact, 'commune', '99999')).toBeUndefined();
  });
});
