import type {
  GeoEntity,
  PolicyArea,
  RankedPractice,
  Practice,
  Problem,
  RecommendResult,
  RegionInfo,
  ScoreWeights,
  SimilarResult,
  TargetInput,
  TargetProfile,
} from '@essaimage/core';
import type { PracticeFilters } from '../state/app-state';

/** What the engine worker knows once its data is loaded. */
export interface EngineSummary {
  practiceCount: number;
  importedCount: number;
  policyAreas: PolicyArea[];
  regions: RegionInfo[];
  /** The engine's default weights. */
  defaultWeights: ScoreWeights;
}

/** A search as the dashboard asks it: the core query plus the dashboard's filters. */
export interface SearchRequest {
  need: string;
  target: TargetInput;
  weights: Partial<ScoreWeights>;
  filters: PracticeFilters;
  top: number;
}

/** One practice placed on the similarity map. */
export interface ProjectedPoint {
  id: string;
  title: string;
  collectivity: string;
  /** The first policy area, for the colour. */
  area: string | null;
  x: number;
  y: number;
}

/** The answer to an import check: what would be added, and every problem found. */
export interface ImportCheck {
  practices: Practice[];
  problems: Problem[];
  /** Index in the input of each rejected record. */
  rejected: number[];
}

/** The engine worker's interface (comlink), every method answering plain data. */
export interface EngineApi {
  load(baseUrl: string, imported: Practice[]): Promise<EngineSummary>;
  setImported(imported: Practice[]): EngineSummary;
  suggest(text: string, limit: number): Promise<GeoEntity[]>;
  resolve(target: TargetInput): TargetProfile;
  recommend(request: SearchRequest): RecommendResult;
  similar(id: string, request: Omit<SearchRequest, 'need'>): SimilarResult | null;
  /** One practice's score breakdown for a search (null when it shares no word with the need). */
  explain(id: string, request: SearchRequest): RankedPractice | null;
  practice(id: string): Practice | null;
  practices(filters: PracticeFilters | null): Practice[];
  check(records: unknown[], labels: string[]): ImportCheck;
  projection(): ProjectedPoint[];
}
