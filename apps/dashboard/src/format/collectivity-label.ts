import type { GeoEntity } from '@essaimage/core';
import { KIND_LABELS, formatCount } from './labels';

/** "Pamiers (09) — commune, 15 432 hab."; a region has no department in parentheses. */
export function collectivityLabel(entity: GeoEntity): string {
  const where = entity.kind !== 'region' && entity.department ? ` (${entity.department})` : '';
  const population = entity.population !== null ? `, ${formatCount(entity.population)} hab.` : '';
  return `${entity.name}${where} — ${KIND_LABELS[entity.kind]}${population}`;
}
