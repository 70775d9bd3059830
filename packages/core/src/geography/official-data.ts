/**
 * The shapes of `@etalab/decoupage-administratif`'s data files, reduced to the fields Essaimage
 * reads. Core takes them as plain arrays so that Node (reading the package's files) and the
 * browser (reading a compact file built from them) share one lookup.
 */
export interface OfficialCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  population?: number;
}

/** An EPCI with its member communes. */
export interface OfficialEpci {
  code: string;
  nom: string;
  populationMunicipale?: number;
  membres: ReadonlyArray<{ code: string; populationMunicipale?: number }>;
}

/** A department. */
export interface OfficialDepartement {
  code: string;
  nom: string;
  region: string;
  zone: string;
}

/** A region, with its zone: "metro", "drom" or "com". */
export interface OfficialRegion {
  code: string;
  nom: string;
  zone: string;
}

/** The four files of the official geography. */
export interface OfficialGeographyData {
  communes: readonly OfficialCommune[];
  epci: readonly OfficialEpci[];
  departements: readonly OfficialDepartement[];
  regions: readonly OfficialRegion[];
}
