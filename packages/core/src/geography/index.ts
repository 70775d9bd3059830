export type { GeoEntity, OfficialKind } from './geo-entity';
export { Geography, type RegionInfo, type Zone } from './geography';
export type {
  OfficialCommune,
  OfficialDepartement,
  OfficialEpci,
  OfficialGeographyData,
  OfficialRegion,
} from './official-data';
export {
  findEntity,
  geographyFromCompact,
  packGeography,
  unpackEntity,
  unpackGeography,
  type CompactGeography,
} from './compact-geography';
