import type { CollectivityKind, GeoEntity } from '@essaimage/core';
import { KIND_LABELS, formatCount } from './labels';

/** What a collectivity's label is made of: a {@link GeoEntity}, or a target the engine resolved. */
type Labelled = Pick<GeoEntity, 'name' | 'population' | 'department'> & {
  kind: CollectivityKind;
};

/** "Pamiers (09) — commune, 15 432 hab."; a region has no department in parentheses. */
export function collectivityLabel(entity: Labelled): string {
  const where = entity.kind !== 'region' && entity.department ? ` (${entity.department})` : '';
  const population = entity.population !== null ? `, ${formatCount(entity.population)} hab.` : '';
  return `${entity.name}${where} — ${KIND_LABELS[entity.kind]}${population}`;
}
