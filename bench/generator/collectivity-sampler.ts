import type { CollectivityKind, CollectivityRef, GeoEntity, Geography } from '@essaimage/core';
import { SeededRandom, WeightedSampler } from './random';

/**
 * Share of each kind among awarded practices: mostly communes, some EPCI, few departments, rare
 * regions; a few syndicates and other bodies without an official code (their population, region
 * and department stay unknown, as in a real catalogue).
 */
export const KIND_SHARES: Readonly<Record<CollectivityKind, number>> = {
  commune: 0.7,
  epci: 0.17,
  departement: 0.08,
  region: 0.03,
  syndicat: 0.01,
  autre: 0.01,
};

// Awarded communes are larger than the average commune (three in four French communes have
// under 1,000 inhabitants, far fewer of the awarded ones): weight by population^EXPONENT.
// 0.8 puts the median drawn commune near 4,300 inhabitants (10 % under 430, 10 % over 65,000);
// the bundled corpus's laureates are larger still (median 45,000), a national base smaller.
const POPULATION_EXPONENT: Record<GeoEntity['kind'], number> = {
  commune: 0.8,
  epci: 0.5,
  departement: 0.3,
  region: 0,
};

const UNCODED_NAMES: Partial<Record<CollectivityKind, readonly string[]>> = {
  syndicat: [
    "Syndicat intercommunal d'eau potable",
    'Syndicat mixte de traitement des déchets',
    "Syndicat d'énergie départemental",
    'Syndicat intercommunal à vocation scolaire',
  ],
  autre: [
    "Centre communal d'action sociale",
    'Office public de l’habitat',
    'Parc naturel régional',
    'Établissement public foncier',
  ],
};

/** A drawn collectivity, with the population the practice's budget and staff scale with. */
export interface DrawnCollectivity {
  ref: CollectivityRef;
  population: number | null;
}

/** Draws collectivities from the official geography in realistic proportions. */
export class CollectivitySampler {
  private readonly kinds: WeightedSampler<CollectivityKind>;
  private readonly byKind = new Map<CollectivityKind, WeightedSampler<GeoEntity>>();

  constructor(geography: Geography) {
    const kinds = Object.keys(KIND_SHARES) as CollectivityKind[];
    this.kinds = new WeightedSampler(
      kinds,
      kinds.map((k) => KIND_SHARES[k]),
    );
    const grouped = new Map<GeoEntity['kind'], GeoEntity[]>();
    for (const entity of geography.entities()) {
      // Municipal arrondissements are inside their commune: awards go to the commune.
      if (entity.kind === 'commune' && /arrondissement/i.test(entity.name)) continue;
      // Uninhabited territories (Terres australes) have no population: nothing is awarded there.
      if (entity.population === null) continue;
      const list = grouped.get(entity.kind) ?? [];
      list.push(entity);
      grouped.set(entity.kind, list);
    }
    for (const [kind, entities] of grouped) {
      entities.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
      const exponent = POPULATION_EXPONENT[kind];
      const weights = entities.map((e) => Math.pow(Math.max(e.population ?? 1, 1), exponent));
      this.byKind.set(kind, new WeightedSampler(entities, weights));
    }
  }

  draw(random: SeededRandom): DrawnCollectivity {
    const kind = this.kinds.draw(random);
    const sampler = this.byKind.get(kind);
    if (!sampler) {
      const name = random.pick(UNCODED_NAMES[kind] ?? ['Organisme']);
      return { ref: { name, kind, code: null }, population: null };
    }
    const entity = sampler.draw(random);
    return {
      ref: { name: entity.name, kind: entity.kind, code: entity.code },
      population: entity.population,
    };
  }

  /** A commune drawn the same way, for a partner. */
  drawCommune(random: SeededRandom): CollectivityRef {
    const entity = (this.byKind.get('commune') as WeightedSampler<GeoEntity>).draw(random);
    return { name: entity.name, kind: 'commune', code: entity.code };
  }
}
