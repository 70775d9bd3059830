import {
  createEssaimage,
  DEFAULT_WEIGHTS,
  findEntity,
  unpackGeography,
  TfIdfIndex,
  Geography,
  IGNORED_COLUMN,
  ValidationError,
  departmentNames,
  unpackPostcodes,
  type CompactGeography,
  type CompactPostcodes,
  type Problem,
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
import {
  discardUnreadablePractices,
  loadImportedPractices,
  saveImportedPractices,
  UnreadableSavedPractices,
} from '../store/imported-practices';
import { loadSavedIndex, saveIndex, type SavedIndex } from '../store/saved-index';
import type { PracticeFilters } from '../state/app-state';
import { hasFilters, matchesFilters } from '../state/practice-filter';
import { placeWords, problemWords, type SourceColumns } from '../format/problem-words';
import { guessColumns } from './column-guess';
import { CollectivitySearch } from './collectivity-search';
import type {
  CatalogueFile,
  ColumnChoice,
  EngineApi,
  FileColumns,
  EngineSummary,
  ImportCheck,
  ProjectedPoint,
  SearchRequest,
} from './engine-api';
import { importedTextsHash, indexKey } from './index-key';
import { measureLoadStep } from '../performance-marks';
import { projectPractices } from './practice-projection';

/** An official collectivity, by kind and code. */
type OfficialRef = { kind: OfficialKind; code: string };

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `${url} n’a pas pu être lu (erreur HTTP ${response.status}) : rechargez la page.`,
    );
  return new Uint8Array(await response.arrayBuffer());
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok)
    throw new Error(
      `${url} n’a pas pu être lu (erreur HTTP ${response.status}) : rechargez la page.`,
    );
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
  private collectivities: Promise<CollectivitySearch> | null = null;
  /** The postcodes file, fetched once the first search is out (only the autocomplete reads it). */
  private postcodes: Promise<CompactPostcodes | null> | null = null;
  private baseUrl = '';
  private engine: Essaimage | null = null;
  private projectionCache: ProjectedPoint[] | null = null;
  private loaded: Promise<EngineSummary> | null = null;
  private compact: CompactGeography | null = null;
  /** The bundled corpus's serialised index, built by build:data. */
  private prebuiltIndex: Uint8Array | null = null;
  /** The index of the bundled corpus with the imports, saved in this browser (or null). */
  private savedIndex: SavedIndex | null = null;
  /** The hash of the current imports' texts (read with them, or computed), and those imports. */
  private textsHash: { imported: Practice[]; hash: string } | null = null;
  /** The key of the imports the current engine was built with (null: none). */
  private engineKey: string | null = null;
  private indexSource: EngineSummary['indexSource'] = 'bundled';
  /** Why the practices imported earlier could not be read, or null. */
  private unreadableImported: string | null = null;

  load(baseUrl: string, initialTarget: OfficialRef | null = null): Promise<EngineSummary> {
    this.baseUrl = baseUrl;
    this.loaded ??= this.fetchAll(baseUrl, initialTarget);
    return this.loaded;
  }

  private async fetchAll(
    baseUrl: string,
    initialTarget: OfficialRef | null,
  ): Promise<EngineSummary> {
    // The imported practices are read here, beside the files: sent by the page, 100,000 of
    // them took some 2 s more to be copied into the worker.
    const imports = this.readImported();
    const fetching = performance.now();
    const [corpus, policyAreas, compact, prebuiltIndex] = await Promise.all([
      fetchJson<Practice[]>(`${baseUrl}generated/corpus.json`),
      fetchJson<PolicyArea[]>(`${baseUrl}generated/policy-areas.json`),
      fetchJson<CompactGeography>(`${baseUrl}generated/geography.json`),
      fetchBytes(`${baseUrl}generated/index.bin`),
    ]);
    measureLoadStep('files-fetched', fetching);
    const imported = await imports;
    this.corpus = corpus;
    this.prebuiltIndex = prebuiltIndex;
    this.policyAreas = policyAreas;
    this.compact = compact;
    // First results must not wait for 40,000 collectivities to be unpacked and indexed: the
    // engine's geography holds the initial target only, and unpacks the others the first time
    // it is asked for one of them (or for all, by the autocomplete).
    const target = initialTarget && findEntity(compact, initialTarget.kind, initialTarget.code);
    this.geography = Geography.deferred(
      target ? [target] : [],
      () => unpackGeography(compact),
      compact.regions,
    );
    this.imported = imported;
    if (imported.length > 0) {
      const reading = performance.now();
      this.savedIndex = await loadSavedIndex();
      measureLoadStep('saved-index-read', reading);
    }
    return this.rebuild();
  }

  /**
   * The practices imported earlier in this browser; none, and the reason kept for the page,
   * when they exist but cannot be read (see {@link UnreadableSavedPractices}).
   */
  private async readImported(): Promise<Practice[]> {
    const reading = performance.now();
    try {
      const { practices, textsHash } = await loadImportedPractices();
      if (textsHash !== null) this.textsHash = { imported: practices, hash: textsHash };
      return practices;
    } catch (error) {
      if (!(error instanceof UnreadableSavedPractices)) throw error;
      this.unreadableImported = error.message;
      return [];
    } finally {
      measureLoadStep('imported-practices-read', reading);
    }
  }

  async setImported(imported: Practice[]): Promise<EngineSummary> {
    this.imported = imported;
    this.rebuild();
    await this.keepImportedIndex();
    return this.summary();
  }

  private rebuild(): EngineSummary {
    const imported = this.imported;
    // An imported practice replaces a bundled one with the same id.
    const ids = new Set(imported.map((p) => p.id));
    const keying = performance.now();
    const key = this.importedIndexKey();
    measureLoadStep('index-key', keying);
    const saved = key !== null && this.savedIndex?.key === key ? this.savedIndex : null;
    // The bundled index holds the bundled texts: an import that replaces one (same id) must be
    // analysed again, so the index is then built afresh.
    const bundled =
      this.prebuiltIndex && !this.corpus.some((p) => ids.has(p.id)) ? this.prebuiltIndex : null;
    const prebuiltIndex = saved?.bytes ?? bundled;
    const creating = performance.now();
    this.engine = createEssaimage({
      practices: [...this.corpus.filter((p) => !ids.has(p.id)), ...imported],
      geography: this.requireGeography(),
      policyAreas: this.policyAreas,
      ...(prebuiltIndex ? { prebuiltIndex } : {}),
    });
    measureLoadStep('engine-created', creating);
    this.engineKey = key;
    this.indexSource = saved ? 'saved' : imported.length > 0 ? 'built' : 'bundled';
    this.projectionCache = null;
    return this.summary();
  }

  /** The key of the index for the current imports, or null without imports. */
  private importedIndexKey(): string | null {
    return this.imported.length > 0 && this.prebuiltIndex
      ? indexKey(this.prebuiltIndex, this.importedTextsHash())
      : null;
  }

  /** The hash of the current imports' texts: saved with them, or computed once. */
  private importedTextsHash(): string {
    if (this.textsHash?.imported !== this.imported) {
      this.textsHash = { imported: this.imported, hash: importedTextsHash(this.imported) };
    }
    return this.textsHash.hash;
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
    return (await this.autocomplete()).search(text, limit);
  }

  async exactCollectivity(text: string): Promise<GeoEntity | null> {
    return (await this.autocomplete()).exact(text);
  }

  /** The autocomplete index, built once (the user may type before the geography is loaded). */
  private autocomplete(): Promise<CollectivitySearch> {
    this.collectivities ??= (async () => {
      await this.loaded;
      // Built once the first results are out (see recommend): the imports' index is kept then.
      void this.keepImportedIndex();
      // Without its postcodes (a failed fetch), the autocomplete still finds names and codes.
      this.postcodes ??= fetchJson<CompactPostcodes>(
        `${this.baseUrl}generated/postcodes.json`,
      ).catch(() => null);
      const postcodes = await this.postcodes;
      const entities = [...this.requireGeography().entities()]; // unpacks the deferred ones
      return new CollectivitySearch(entities, postcodes ? unpackPostcodes(postcodes) : []);
    })();
    return this.collectivities;
  }

  resolve(target: TargetInput): TargetProfile {
    return this.requireEngine().resolveTarget(target);
  }

  recommend(request: SearchRequest): RecommendResult {
    // The whole geography, the autocomplete index and the imports' saved index come once the
    // first results are out (another target's lookup unpacks the geography at once).
    if (!this.collectivities) setTimeout(() => void this.autocomplete(), 0);
    const result = inFrench(() =>
      this.requireEngine().recommend({
        need: request.need,
        target: request.target,
        weights: request.weights,
        top: request.top,
        candidates: this.candidates(request.filters),
      }),
    );
    return { ...result, results: result.results.map((r) => this.officiallyNamed(r)) };
  }

  /**
   * The result with its collectivity under its official name, as the fiche, the table and the
   * map write it (« Garges-lès-Gonesse », not the source's « Garges lès Gonesse »).
   */
  private officiallyNamed(result: RankedPractice): RankedPractice {
    const name = this.requireEngine().practice(result.id)?.officialName;
    return name && name !== result.collectivity.name
      ? { ...result, collectivity: { ...result.collectivity, name } }
      : result;
  }

  similar(id: string, request: Omit<SearchRequest, 'need'>): SimilarResult | null {
    const engine = this.requireEngine();
    if (!engine.practice(id)) return null;
    const candidates = this.candidates(request.filters);
    const similar = inFrench(() =>
      engine.similar(id, {
        target: hasTarget(request.target) ? request.target : undefined,
        weights: request.weights,
        top: request.top,
        candidates,
      }),
    );
    return { ...similar, results: similar.results.map((r) => this.officiallyNamed(r)) };
  }

  explain(id: string, request: SearchRequest): RankedPractice | null {
    if (request.need.trim() === '') return null;
    const engine = this.requireEngine();
    // The policy areas the need asks for are inferred over the whole search, as in the list,
    // so that the fiche shows the same score as the result list.
    const { needAreas } = inFrench(() =>
      engine.recommend({
        need: request.need,
        target: request.target,
        weights: request.weights,
        top: 1,
        candidates: this.candidates(request.filters),
      }),
    );
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
    return result.results[0] ? this.officiallyNamed(result.results[0]) : null;
  }

  practice(id: string): Practice | null {
    return this.requireEngine().practice(id) ?? null;
  }

  practices(filters: PracticeFilters | null): Practice[] {
    const all = this.requireEngine().practices();
    return filters ? all.filter((p) => matchesFilters(p, filters)) : all;
  }

  async inspect(file: CatalogueFile): Promise<FileColumns> {
    const table = await this.readTable(file);
    const fileProblems = table.fileProblems.map((p) => problemWords(p));
    const columns = table.tabular ? table.columns : [];
    return {
      columns,
      proposed: guessColumns(columns),
      examples: columns.map((column) =>
        table.rows.slice(0, 3).map((row) => cellText(row.cells[column])),
      ),
      rows: table.rows.length,
      fileProblems,
    };
  }

  private async readTable(file: CatalogueFile): Promise<SourceTable> {
    if (file.format === 'parquet') {
      // Loaded on first use: the Parquet reader is not part of the home view.
      const { readParquetCatalogue } = await import('../store/parquet-catalogue');
      return readParquetCatalogue(file.bytes, file.name);
    }
    const text = decodeText(file.bytes);
    return file.format === 'csv' ? readCsvTable(text, file.name) : readJsonTable(text, file.name);
  }

  async check(file: CatalogueFile, mapping: ColumnChoice[] = []): Promise<ImportCheck> {
    const table = await this.readTable(file);
    // The record column → the file's column it comes from, to name it in the problems.
    const sourceColumns = new Map(
      mapping.filter(([, target]) => target !== IGNORED_COLUMN).map(([s, t]) => [t, s]),
    );
    const refused = (problems: readonly Problem[]): ImportCheck => ({
      rows: table.rows.length,
      practices: [],
      rejected: [],
      fileProblems: problems.map((p) => problemWords(p, sourceColumns)),
    });
    if (table.fileProblems.length > 0) return refused(table.fileProblems);
    let result: ReturnType<typeof checkCatalogueTable>;
    try {
      // The same validation and enrichment as the CLI's import.
      result = checkCatalogueTable(table, {
        geography: this.requireGeography(),
        policyAreas: new Set(this.policyAreas.map((area) => area.code)),
        emptyIsNull: file.format === 'csv',
        mapping: new Map(mapping),
      });
    } catch (error) {
      if (error instanceof ValidationError) return refused(error.problems);
      throw error;
    }
    return {
      rows: table.rows.length,
      practices: result.practices,
      rejected: result.rejected.map((row) => ({
        label: placeWords(row.problems[0]?.at, row.label),
        problems: row.problems.map((p) => problemWords(p, sourceColumns)),
      })),
      fileProblems: [],
    };
  }

  addImported(practices: Practice[]): Promise<EngineSummary> {
    const ids = new Set(practices.map((p) => p.id));
    return this.replaceImported([...this.imported.filter((p) => !ids.has(p.id)), ...practices]);
  }

  clearImported(): Promise<EngineSummary> {
    return this.replaceImported([]);
  }

  async discardUnreadableImported(): Promise<EngineSummary> {
    await discardUnreadablePractices();
    this.unreadableImported = null;
    return this.summary();
  }

  /**
   * The imports replaced, in the engine and in this browser. Refused, nothing changed, while
   * the saved ones could not be read: they would be lost without the user knowing.
   */
  private async replaceImported(imported: Practice[]): Promise<EngineSummary> {
    if (this.unreadableImported) {
      throw new Error(
        `${this.unreadableImported} Rien n’a été importé ni retiré, pour ne pas les effacer : ` +
          'rechargez la page pour réessayer de les lire, ou supprimez-les (bouton en haut de page).',
      );
    }
    const summary = await this.setImported(imported);
    await saveImportedPractices(imported, this.importedTextsHash());
    return summary;
  }

  exportText(format: 'csv' | 'json', ids: string[], forExcel = false): string {
    const practices = this.byIds(ids);
    if (format === 'json') return practicesToJson(practices);
    return practicesToCsv(practices, forExcel ? { delimiter: ';', bom: true } : {});
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
      departments: this.compact ? departmentNames(this.compact) : [],
      defaultWeights: { ...DEFAULT_WEIGHTS },
      indexSource: this.indexSource,
      unreadableImported: this.unreadableImported,
    };
  }

  private requireEngine(): Essaimage {
    if (!this.engine)
      throw new Error('Le moteur n’est pas encore chargé : réessayez dans un instant.');
    return this.engine;
  }

  private requireGeography(): Geography {
    if (!this.geography)
      throw new Error('La géographie n’est pas encore chargée : réessayez dans un instant.');
    return this.geography;
  }
}

/**
 * Runs `compute`, turning core's ValidationError into an Error whose message is its problems in
 * French (comlink passes the message on to the page, which shows it).
 */
function inFrench<T>(compute: () => T, sourceColumns?: SourceColumns): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof ValidationError)
      throw new Error(error.problems.map((p) => problemWords(p, sourceColumns)).join('\n'));
    throw error;
  }
}

/** A cell as the import step shows it. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(' ; ');
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function hasTarget(target: TargetInput): boolean {
  return Object.values(target).some((value) => value !== undefined && value !== null);
}
