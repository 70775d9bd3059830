import {
  createEssaimage,
  DEFAULT_WEIGHTS,
  TfIdfIndex,
  Geography,
  formatProblem,
  type Essaimage,
  type GeoEntity,
  type OfficialKind,
  type PolicyArea,
  type RankedPractice,
  type Practice,
  type RecommendResult,
  type SimilarResult,
  type TargetInput,
  type TargetProfile,
} from '@essaimage/core';
import {
  checkCatalogueTable,
  decodeText,
  practicesToCsv,
  practicesToJson,
  readCsvTable,
  readJsonTable,
  type SourceTable,
} from '../store/core-store';
import { findEntity, unpackGeography, type CompactGeography } from '../data/compact-geography';
import { loadSavedIndex, saveIndex, type SavedIndex } from '../store/saved-index';
import type { PracticeFilters } from '../state/app-state';
import { hasFilters, matchesFilters } from '../state/practice-filter';
import { CollectivitySearch } from './collectivity-search';
import type {
  CatalogueFile,
  EngineApi,
  EngineSummary,
  ImportCheck,
  ProjectedPoint,
  SearchRequest,
} from './engine-api';
import { indexKey } from './index-key';
import { projectPractices } from './practice-projection';

/** An official collectivity, by kind and code. */
type OfficialRef = { kind: OfficialKind; code: string };

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * Everything the dashboard computes with core: the corpus (bundled + imported), the engine,
 * the collectivity autocomplete. Runs in the engine worker so the page never freezes, and
 * directly in tests.
 */
export class EngineHost implements EngineApi {
  private corpus: Practice[] = [];
  private imported: Practice[] = [];
  private policyAreas: PolicyArea[] = [];
  private geography: Geography | null = null;
  private entities: GeoEntity[] = [];
  private collectivities: CollectivitySearch | null = null;
  private engine: Essaimage | null = null;
  private projectionCache: ProjectedPoint[] | null = null;
  private loaded: Promise<EngineSummary> | null = null;
  private compact: CompactGeography | null = null;
  /** The bundled corpus's serialised index, built by build:data. */
  private prebuiltIndex: Uint8Array | null = null;
  /** The index of the bundled corpus with the imports, saved in this browser (or null). */
  private savedIndex: SavedIndex | null = null;
  /** The key of the current imports' index, and the imports it was computed for. */
  private importsKey: { imported: Practice[]; key: string | null } | null = null;
  /** The key of the imports the current engine was built with (null: none). */
  private engineKey: string | null = null;
  private indexSource: EngineSummary['indexSource'] = 'bundled';
  /** The official target the first search is for, resolvable before the whole geography is. */
  private initialTarget: OfficialRef | null = null;
  private geographyComplete = false;

  load(
    baseUrl: string,
    imported: Practice[],
    initialTarget: OfficialRef | null = null,
  ): Promise<EngineSummary> {
    this.loaded ??= this.fetchAll(baseUrl, imported, initialTarget);
    return this.loaded;
  }

  private async fetchAll(
    baseUrl: string,
    imported: Practice[],
    initialTarget: OfficialRef | null,
  ): Promise<EngineSummary> {
    const [corpus, policyAreas, compact, prebuiltIndex] = await Promise.all([
      fetchJson<Practice[]>(`${baseUrl}generated/corpus.json`),
      fetchJson<PolicyArea[]>(`${baseUrl}generated/policy-areas.json`),
      fetchJson<CompactGeography>(`${baseUrl}generated/geography.json`),
      fetchBytes(`${baseUrl}generated/index.bin`),
    ]);
    this.corpus = corpus;
    this.prebuiltIndex = prebuiltIndex;
    this.policyAreas = policyAreas;
    this.compact = compact;
    // First results must not wait for 40,000 collectivities to be unpacked and indexed: the
    // engine starts with the geography of the initial target only, and gets the whole of it
    // right after the first search (or before any call that needs it).
    this.initialTarget = initialTarget;
    const target = initialTarget && findEntity(compact, initialTarget.kind, initialTarget.code);
    this.geography = Geography.fromEntities(target ? [target] : [], compact.regions);
    this.imported = imported;
    if (imported.length > 0) this.savedIndex = await loadSavedIndex();
    return this.rebuild();
  }

  /** Unpack the whole geography and rebuild the engine with it (once). */
  private completeGeography(): void {
    if (this.geographyComplete || !this.compact) return;
    this.geographyComplete = true;
    this.entities = unpackGeography(this.compact);
    this.geography = Geography.fromEntities(this.entities, this.compact.regions);
    void this.keepImportedIndex(); // the rebuild below starts from it
    this.rebuild();
  }

  async setImported(imported: Practice[]): Promise<EngineSummary> {
    this.imported = imported;
    if (!this.geographyComplete) {
      this.completeGeography(); // rebuilds with the new imports
    } else {
      this.rebuild();
    }
    await this.keepImportedIndex();
    return this.summary();
  }

  private rebuild(): EngineSummary {
    const imported = this.imported;
    // An imported practice replaces a bundled one with the same id.
    const ids = new Set(imported.map((p) => p.id));
    const key = this.importedIndexKey();
    const saved = key !== null && this.savedIndex?.key === key ? this.savedIndex : null;
    // The bundled index holds the bundled texts: an import that replaces one (same id) must be
    // analysed again, so the index is then built afresh.
    const bundled =
      this.prebuiltIndex && !this.corpus.some((p) => ids.has(p.id)) ? this.prebuiltIndex : null;
    const prebuiltIndex = saved?.bytes ?? bundled;
    this.engine = createEssaimage({
      practices: [...this.corpus.filter((p) => !ids.has(p.id)), ...imported],
      geography: this.requireGeography(),
      policyAreas: this.policyAreas,
      ...(prebuiltIndex ? { prebuiltIndex } : {}),
    });
    this.engineKey = key;
    this.indexSource = saved ? 'saved' : imported.length > 0 ? 'built' : 'bundled';
    this.projectionCache = null;
    return this.summary();
  }

  /** The key of the index for the current imports, or null without imports. */
  private importedIndexKey(): string | null {
    if (this.importsKey?.imported !== this.imported) {
      const key =
        this.imported.length > 0 && this.prebuiltIndex
          ? indexKey(this.prebuiltIndex, this.imported)
          : null;
      this.importsKey = { imported: this.imported, key };
    }
    return this.importsKey.key;
  }

  /**
   * Keeps the current engine's index for its imports, in memory and in this browser, unless it
   * is kept already: the next engine and the next page load start from it.
   */
  private async keepImportedIndex(): Promise<void> {
    const key = this.engineKey;
    if (key === null) {
      const forget = this.savedIndex !== null;
      this.savedIndex = null;
      if (forget) await saveIndex(null);
      return;
    }
    const index = this.engine?.index;
    if (this.savedIndex?.key === key || !(index instanceof TfIdfIndex)) return;
    this.savedIndex = { key, bytes: index.serialize() };
    await saveIndex(this.savedIndex);
  }

  async suggest(text: string, limit: number): Promise<GeoEntity[]> {
    // The user may type before the geography is loaded: answer once it is.
    await this.loaded;
    this.completeGeography();
    return this.autocomplete().search(text, limit);
  }

  private autocomplete(): CollectivitySearch {
    this.completeGeography();
    this.collectivities ??= new CollectivitySearch(this.entities);
    return this.collectivities;
  }

  resolve(target: TargetInput): TargetProfile {
    this.completeGeography();
    return this.requireEngine().resolveTarget(target);
  }

  recommend(request: SearchRequest): RecommendResult {
    const official = request.target.official;
    const initial = this.initialTarget;
    if (official && !(initial && official.kind === initial.kind && official.code === initial.code))
      this.completeGeography();
    // The whole geography and the autocomplete index come once the first results are out.
    if (!this.collectivities) setTimeout(() => this.autocomplete(), 0);
    return this.requireEngine().recommend({
      need: request.need,
      target: request.target,
      weights: request.weights,
      top: request.top,
      candidates: this.candidates(request.filters),
    });
  }

  similar(id: string, request: Omit<SearchRequest, 'need'>): SimilarResult | null {
    this.completeGeography();
    const engine = this.requireEngine();
    if (!engine.practice(id)) return null;
    const candidates = this.candidates(request.filters);
    return engine.similar(id, {
      target: hasTarget(request.target) ? request.target : undefined,
      weights: request.weights,
      top: request.top,
      candidates,
    });
  }

  explain(id: string, request: SearchRequest): RankedPractice | null {
    this.completeGeography();
    if (request.need.trim() === '') return null;
    const engine = this.requireEngine();
    // The policy areas the need asks for are inferred over the whole search, as in the list,
    // so that the fiche shows the same score as the result list.
    const { needAreas } = engine.recommend({
      need: request.need,
      target: request.target,
      weights: request.weights,
      top: 1,
      candidates: this.candidates(request.filters),
    });
    const result = engine.recommend({
      need: request.need,
      target: request.target,
      weights: request.weights,
      areas: needAreas,
      top: 1,
      candidates: new Set([id]),
      // A fiche explains the practice it shows, even one's own or one that barely touches the need.
      includeOwn: true,
      includeBelowFloor: true,
    });
    return result.results[0] ?? null;
  }

  practice(id: string): Practice | null {
    return this.requireEngine().practice(id) ?? null;
  }

  practices(filters: PracticeFilters | null): Practice[] {
    const all = this.requireEngine().practices();
    return filters ? all.filter((p) => matchesFilters(p, filters)) : all;
  }

  async check(file: CatalogueFile): Promise<ImportCheck> {
    this.completeGeography();
    let table: SourceTable;
    if (file.format === 'parquet') {
      // Loaded on first use: the Parquet reader is not part of the home view.
      const { readParquetCatalogue } = await import('../store/parquet-catalogue');
      table = await readParquetCatalogue(file.bytes, file.name);
    } else {
      const text = decodeText(file.bytes);
      table =
        file.format === 'csv' ? readCsvTable(text, file.name) : readJsonTable(text, file.name);
    }
    if (table.fileProblems.length > 0) {
      return {
        rows: 0,
        practices: [],
        rejected: [],
        fileProblems: table.fileProblems.map(formatProblem),
      };
    }
    // The same validation and enrichment as the CLI's import.
    const result = checkCatalogueTable(table, {
      geography: this.requireGeography(),
      policyAreas: new Set(this.policyAreas.map((area) => area.code)),
      emptyIsNull: file.format === 'csv',
    });
    return {
      rows: table.rows.length,
      practices: result.practices,
      rejected: result.rejected.map((row) => ({
        label: row.label,
        problems: row.problems.map(formatProblem),
      })),
      fileProblems: [],
    };
  }

  async addImported(
    practices: Practice[],
  ): Promise<{ summary: EngineSummary; imported: Practice[] }> {
    const ids = new Set(practices.map((p) => p.id));
    const imported = [...this.imported.filter((p) => !ids.has(p.id)), ...practices];
    return { summary: await this.setImported(imported), imported };
  }

  clearImported(): Promise<EngineSummary> {
    return this.setImported([]);
  }

  exportText(format: 'csv' | 'json', ids: string[]): string {
    const practices = this.byIds(ids);
    return format === 'csv' ? practicesToCsv(practices) : practicesToJson(practices);
  }

  async exportParquet(ids: string[]): Promise<Uint8Array> {
    const { practicesToParquetBytes } = await import('../store/parquet-catalogue');
    return practicesToParquetBytes(this.byIds(ids));
  }

  private byIds(ids: string[]): Practice[] {
    const engine = this.requireEngine();
    return ids.map((id) => engine.practice(id)).filter((p): p is Practice => !!p);
  }

  projection(): ProjectedPoint[] {
    this.completeGeography();
    this.projectionCache ??= projectPractices(this.requireEngine());
    return this.projectionCache;
  }

  private candidates(filters: PracticeFilters): ReadonlySet<string> | undefined {
    if (!hasFilters(filters)) return undefined;
    return new Set(this.practices(filters).map((p) => p.id));
  }

  private summary(): EngineSummary {
    return {
      practiceCount: this.requireEngine().size,
      importedCount: this.imported.length,
      importedIds: this.imported.map((p) => p.id),
      policyAreas: this.policyAreas,
      regions: this.requireGeography().regions(),
      defaultWeights: { ...DEFAULT_WEIGHTS },
      indexSource: this.indexSource,
    };
  }

  private requireEngine(): Essaimage {
    if (!this.engine) throw new Error('the engine is not loaded yet');
    return this.engine;
  }

  private requireGeography(): Geography {
    if (!this.geography) throw new Error('the geography is not loaded yet');
    return this.geography;
  }
}

function hasTarget(target: TargetInput): boolean {
  return Object.values(target).some((value) => value !== undefined && value !== null);
}
