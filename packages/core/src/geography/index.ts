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
  departmentNames,
  findEntity,
  geographyFromCompact,
  packGeography,
  packPostcodes,
  unpackEntity,
  unpackGeography,
  unpackPostcodes,
  type CompactGeography,
  type CompactPostcodes,
} from './compact-geography';
