import type {
  GeoEntity,
  OfficialKind,
  PolicyArea,
  RankedPractice,
  Practice,
  RecommendResult,
  RegionInfo,
  ScoreWeights,
  SimilarResult,
  TargetInput,
  TargetProfile,
} from '@essaimage/core';
import type { PracticeFilters } from '../state/app-state';
import type { CatalogueFormat } from '../store/core-store';

/** What the engine worker knows once its data is loaded. */
export interface EngineSummary {
  practiceCount: number;
  importedCount: number;
  /** Ids of the imported practices. */
  importedIds: string[];
  policyAreas: PolicyArea[];
  regions: RegionInfo[];
  /** Every department's code and name (« 44 », « Loire-Atlantique »). */
  departments: { code: string; name: string }[];
  /** The engine's default weights. */
  defaultWeights: ScoreWeights;
  /**
   * Where the search index came from: the bundled corpus's alone (no imports), the one saved
   * in this browser with the imports, or built again (the imported texts analysed).
   */
  indexSource: 'bundled' | 'saved' | 'built';
  /**
   * Why the practices imported earlier in this browser could not be read (in French), or null:
   * the engine then runs without them, and no import or removal may replace them until they
   * are read or discarded.
   */
  unreadableImported: string | null;
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

/** A catalogue file to check: its name (for messages), format and bytes. */
export interface CatalogueFile {
  name: string;
  format: CatalogueFormat;
  bytes: Uint8Array;
}

/** The answer to an import check: the valid practices, and every problem of every other row. */
export interface ImportCheck {
  /** Rows read (blank lines aside). */
  rows: number;
  practices: Practice[];
  /** One per invalid row: its place (« cat.csv, ligne 3 ») and its problems in French. */
  rejected: { label: string; problems: string[] }[];
  /** Problems with the file as a whole (not a CSV, no header, unknown columns), in French. */
  fileProblems: string[];
}

/** A file's column and the record column it feeds (or "-": ignored). */
export type ColumnChoice = [source: string, target: string];

/** A catalogue file's columns, with a proposed mapping and a few examples, before import. */
export interface FileColumns {
  /** The file's columns (none for a JSON file of nested records). */
  columns: string[];
  /** For each column, the record column proposed (its own name, a French header) or "-". */
  proposed: string[];
  /** For each column, its values in the first rows (at most 3). */
  examples: string[][];
  rows: number;
  /** Problems with the file as a whole, in French. */
  fileProblems: string[];
}

/** The engine worker's interface (comlink), every method answering plain data. */
export interface EngineApi {
  /**
   * Load the data and the practices imported earlier in this browser (IndexedDB, read in the
   * worker); `initialTarget` (from the URL) is resolvable before the whole geography.
   */
  load(
    baseUrl: string,
    initialTarget: { kind: OfficialKind; code: string } | null,
  ): Promise<EngineSummary>;
  /** Replace the imported practices; answers once their index is saved in this browser. */
  setImported(imported: Practice[]): Promise<EngineSummary>;
  suggest(text: string, limit: number): Promise<GeoEntity[]>;
  /** The collectivity the text designates exactly and alone (its code or whole name), or null. */
  exactCollectivity(text: string): Promise<GeoEntity | null>;
  resolve(target: TargetInput): TargetProfile;
  recommend(request: SearchRequest): RecommendResult;
  similar(id: string, request: Omit<SearchRequest, 'need'>): SimilarResult | null;
  /** One practice's score breakdown for a search (null when it shares no word with the need). */
  explain(id: string, request: SearchRequest): RankedPractice | null;
  practice(id: string): Practice | null;
  practices(filters: PracticeFilters | null): Practice[];
  /** A file's columns and a proposed mapping, for the import step. */
  inspect(file: CatalogueFile): Promise<FileColumns>;
  /** Validate a file with a column mapping; problems are worded in French. */
  check(file: CatalogueFile, mapping?: ColumnChoice[]): Promise<ImportCheck>;
  /**
   * Add imported practices (replacing those with the same ids) and save them all in this
   * browser; refused while the saved ones could not be read (see `unreadableImported`).
   */
  addImported(practices: Practice[]): Promise<EngineSummary>;
  /** Drop every imported practice, here and in this browser (refused likewise). */
  clearImported(): Promise<EngineSummary>;
  /** The user's choice: delete the saved practices that could not be read. */
  discardUnreadableImported(): Promise<EngineSummary>;
  /**
   * Practices by id as a CSV or JSON catalogue (the CLI's export format); `forExcel`: a CSV
   * with « ; » between cells and a BOM, as French Excel opens it.
   */
  exportText(format: 'csv' | 'json', ids: string[], forExcel?: boolean): string;
  /** Practices by id as a Parquet catalogue (same columns as the CLI's export). */
  exportParquet(ids: string[]): Promise<Uint8Array>;
  projection(): ProjectedPoint[];
}
