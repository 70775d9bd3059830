import type { GeoEntity, OfficialKind } from './geo-entity';
import { Geography, type RegionInfo } from './geography';

/**
 * The official geography in a columnar, gzip-friendly form for the browser: one array per field,
 * departments and regions referred to by their index in `departments`/`regions`. About 12×
 * smaller than the raw official JSON (about 1 MB, 0.2 MB gzip): what a browser fetches instead of
 * `@etalab/decoupage-administratif`. `@essaimage/core/node` ships one prebuilt
 * (`loadCompactGeography`); `packGeography` writes another.
 */
export interface CompactGeography {
  version: 1;
  regions: RegionInfo[];
  /** Department codes; a department's region is `departmentRegion[i]`, an index into `regions`. */
  departments: string[];
  departmentRegion: number[];
  /** One letter per entity: c(ommune), e(pci), d(épartement), r(égion). */
  kinds: string;
  codes: string[];
  names: string[];
  /** Population, or -1 when unknown. */
  populations: number[];
  /** Index into `departments`, or -1 (regions, EPCI without member data). */
  department: number[];
  /** Index into `regions`, or -1. Only needed when the department does not say it. */
  region: number[];
}

const KIND_LETTER: Record<OfficialKind, string> = {
  commune: 'c',
  epci: 'e',
  departement: 'd',
  region: 'r',
};
const LETTER_KIND: Record<string, OfficialKind> = {
  c: 'commune',
  e: 'epci',
  d: 'departement',
  r: 'region',
};

/** Pack entities into columns (kinds ordered region, departement, epci, commune for stable output). */
export function packGeography(
  entities: Iterable<GeoEntity>,
  regions: readonly RegionInfo[],
): CompactGeography {
  const all = [...entities];
  const order: OfficialKind[] = ['region', 'departement', 'epci', 'commune'];
  all.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.code.localeCompare(b.code));
  const regionIndex = new Map(regions.map((r, i) => [r.code, i]));
  const departments = all.filter((e) => e.kind === 'departement');
  const departmentIndex = new Map(departments.map((d, i) => [d.code, i]));
  const compact: CompactGeography = {
    version: 1,
    regions: [...regions],
    departments: departments.map((d) => d.code),
    departmentRegion: departments.map((d) => regionIndex.get(d.region ?? '') ?? -1),
    kinds: '',
    codes: [],
    names: [],
    populations: [],
    department: [],
    region: [],
  };
  const kinds: string[] = [];
  for (const entity of all) {
    kinds.push(KIND_LETTER[entity.kind]);
    compact.codes.push(entity.code);
    compact.names.push(entity.name);
    compact.populations.push(entity.population ?? -1);
    const d = entity.department === null ? -1 : (departmentIndex.get(entity.department) ?? -1);
    compact.department.push(d);
    const r = entity.region === null ? -1 : (regionIndex.get(entity.region) ?? -1);
    // The region is implied by the department: store it only when it differs.
    compact.region.push(d >= 0 && compact.departmentRegion[d] === r ? -1 : r);
  }
  compact.kinds = kinds.join('');
  return compact;
}

/** The entity at row `i` of the columns. */
export function unpackEntity(compact: CompactGeography, i: number): GeoEntity {
  const d = compact.department[i];
  const ownRegion = compact.region[i];
  const r = ownRegion >= 0 ? ownRegion : d >= 0 ? compact.departmentRegion[d] : -1;
  const population = compact.populations[i];
  return {
    kind: LETTER_KIND[compact.kinds[i]],
    code: compact.codes[i],
    name: compact.names[i],
    population: population < 0 ? null : population,
    department: d >= 0 ? compact.departments[d] : null,
    region: r >= 0 ? compact.regions[r].code : null,
  };
}

/** The entity of that kind and code, found by a scan of the columns (no index to build). */
export function findEntity(
  compact: CompactGeography,
  kind: OfficialKind,
  code: string,
): GeoEntity | undefined {
  const letter = KIND_LETTER[kind];
  for (let i = 0; i < compact.codes.length; i++) {
    if (compact.codes[i] === code && compact.kinds[i] === letter) return unpackEntity(compact, i);
  }
  return undefined;
}

/** Every department's code and name, in code order. */
export function departmentNames(compact: CompactGeography): { code: string; name: string }[] {
  const names: { code: string; name: string }[] = [];
  for (let i = 0; i < compact.codes.length; i++) {
    if (compact.kinds[i] === 'd') names.push({ code: compact.codes[i], name: compact.names[i] });
  }
  return names;
}

/** Unpack the columns into entities, in file order. */
export function unpackGeography(compact: CompactGeography): GeoEntity[] {
  const entities: GeoEntity[] = new Array(compact.codes.length);
  for (let i = 0; i < compact.codes.length; i++) entities[i] = unpackEntity(compact, i);
  return entities;
}

// ---- Postcodes ----------------------------------------------------------------------------
// A file of their own (generated/postcodes.json): only the autocomplete reads them, so the
// first results do not wait for them.

/** The postcodes of each row of a {@link CompactGeography}, space-separated ("" for none). */
export interface CompactPostcodes {
  version: 1;
  /** As many as the geography's rows, in the same order. */
  postcodes: string[];
}

/** The postcodes of the geography's communes, from the official communes' `codesPostaux`. */
export function packPostcodes(
  compact: CompactGeography,
  byCommune: ReadonlyMap<string, readonly string[]>,
): CompactPostcodes {
  return {
    version: 1,
    postcodes: compact.codes.map((code, i) =>
      compact.kinds[i] === 'c' ? (byCommune.get(code) ?? []).join(' ') : '',
    ),
  };
}

/** Each row's postcodes as a list. */
export function unpackPostcodes(compact: CompactPostcodes): string[][] {
  return compact.postcodes.map((text) => (text === '' ? [] : text.split(' ')));
}

/**
 * The Geography of a compact file, ready for `createEssaimage`:
 *
 * ```ts
 * const compact = await (await fetch('/geography.compact.json')).json();
 * const essaimage = createEssaimage({ practices, geography: geographyFromCompact(compact) });
 * ```
 */
export function geographyFromCompact(compact: CompactGeography): Geography {
  return Geography.fromEntities(unpackGeography(compact), compact.regions);
}
