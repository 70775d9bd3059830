import type { GeoEntity, OfficialKind } from './geo-entity';
import type { OfficialGeographyData } from './official-data';

/** The zone of a region: metropolitan France, an overseas region/department, or another overseas collectivity. */
export type Zone = 'metro' | 'drom' | 'com';

/** A region's identity and zone. */
export interface RegionInfo {
  code: string;
  name: string;
  zone: Zone;
}

const keyOf = (kind: OfficialKind, code: string) => `${kind}:${code}`;

/**
 * Lookup of French collectivities by kind and official code. Build it from the official data
 * files (`Geography.fromOfficialData`) or from the entities it has already derived
 * (`Geography.fromEntities`, what the dashboard ships in compact form).
 */
export class Geography {
  private readonly byKey = new Map<string, GeoEntity>();
  private readonly regionInfo = new Map<string, RegionInfo>();

  private constructor(
    entities: Iterable<GeoEntity>,
    regions: Iterable<RegionInfo>,
    /** The entities not given yet (see {@link Geography.deferred}), or null. */
    private rest: (() => Iterable<GeoEntity>) | null = null,
  ) {
    this.add(entities);
    for (const region of regions) this.regionInfo.set(region.code, region);
  }

  /** Derive every entity from the official data: populations of EPCI, departments and regions are sums of communes. */
  static fromOfficialData(data: OfficialGeographyData): Geography {
    const entities: GeoEntity[] = [];
    const communeByCode = new Map<string, GeoEntity>();
    const departmentPopulation = new Map<string, number>();
    const regionPopulation = new Map<string, number>();

    for (const commune of data.communes) {
      if (commune.type !== 'commune-actuelle' && commune.type !== 'arrondissement-municipal') {
        continue;
      }
      const entity: GeoEntity = {
        kind: 'commune',
        code: commune.code,
        name: commune.nom,
        population: commune.population ?? null,
        region: commune.region ?? null,
        department: commune.departement ?? null,
      };
      entities.push(entity);
      communeByCode.set(commune.code, entity);
      // Arrondissements are inside their commune's population already: count communes only.
      if (commune.type === 'commune-actuelle' && commune.population !== undefined) {
        if (commune.departement) {
          const d = commune.departement;
          departmentPopulation.set(d, (departmentPopulation.get(d) ?? 0) + commune.population);
        }
        if (commune.region) {
          const r = commune.region;
          regionPopulation.set(r, (regionPopulation.get(r) ?? 0) + commune.population);
        }
      }
    }

    for (const epci of data.epci) {
      let population = 0;
      let largest: GeoEntity | undefined;
      for (const member of epci.membres) {
        const commune = communeByCode.get(member.code);
        const memberPopulation = commune?.population ?? member.populationMunicipale ?? 0;
        population += memberPopulation;
        if (commune && (!largest || memberPopulation > (largest.population ?? 0)))
          largest = commune;
      }
      // An EPCI can straddle departments: it is placed where its most populous member is.
      entities.push({
        kind: 'epci',
        code: epci.code,
        name: epci.nom,
        population: epci.membres.length > 0 ? population : (epci.populationMunicipale ?? null),
        region: largest?.region ?? null,
        department: largest?.department ?? null,
      });
    }

    for (const departement of data.departements) {
      entities.push({
        kind: 'departement',
        code: departement.code,
        name: departement.nom,
        population: departmentPopulation.get(departement.code) ?? null,
        region: departement.region,
        department: departement.code,
      });
    }

    const regions: RegionInfo[] = [];
    for (const region of data.regions) {
      entities.push({
        kind: 'region',
        code: region.code,
        name: region.nom,
        population: regionPopulation.get(region.code) ?? null,
        region: region.code,
        department: null,
      });
      regions.push({ code: region.code, name: region.nom, zone: region.zone as Zone });
    }
    return new Geography(entities, regions);
  }

  /** Rebuild a geography from entities derived earlier (see `entities()`). */
  static fromEntities(entities: Iterable<GeoEntity>, regions: Iterable<RegionInfo>): Geography {
    return new Geography(entities, regions);
  }

  /**
   * A geography of `first` now and of `rest()` once anything else is asked of it (a lookup that
   * `first` does not answer, every entity, their count): `rest` runs once, and may give again
   * the entities of `first`. The dashboard starts its engine with the target of its first search
   * only, so that its first results do not wait for 40,000 collectivities to be unpacked, and the
   * same engine finds the others later.
   */
  static deferred(
    first: Iterable<GeoEntity>,
    rest: () => Iterable<GeoEntity>,
    regions: Iterable<RegionInfo>,
  ): Geography {
    return new Geography(first, regions, rest);
  }

  /** The collectivity of that kind and code, or undefined. */
  lookup(kind: OfficialKind, code: string): GeoEntity | undefined {
    const key = keyOf(kind, code);
    const entity = this.byKey.get(key);
    if (entity !== undefined || this.rest === null) return entity;
    this.complete();
    return this.byKey.get(key);
  }

  /** A region's name and zone. */
  region(code: string): RegionInfo | undefined {
    return this.regionInfo.get(code);
  }

  /** Every region, in code order. */
  regions(): RegionInfo[] {
    return [...this.regionInfo.values()].sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Every entity, for building a compact file or an autocomplete. */
  entities(): IterableIterator<GeoEntity> {
    this.complete();
    return this.byKey.values();
  }

  /** How many entities are known. */
  get size(): number {
    this.complete();
    return this.byKey.size;
  }

  private add(entities: Iterable<GeoEntity>): void {
    for (const entity of entities) this.byKey.set(keyOf(entity.kind, entity.code), entity);
  }

  /** Adds the deferred entities, if any are still to come. */
  private complete(): void {
    const rest = this.rest;
    if (rest === null) return;
    this.rest = null;
    this.add(rest());
  }
}
