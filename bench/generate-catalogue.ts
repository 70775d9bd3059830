import {
  noTransferFacts,
  type Award,
  type Geography,
  type Medal,
  type PolicyArea,
  type PracticeRecord,
} from '@essaimage/core';
import { CollectivitySampler } from './generator/collectivity-sampler';
import { SeededRandom, WeightedSampler } from './generator/random';
import { drawBudget, drawStaff } from './generator/resources';
import { CorpusVocabulary, type SourceText } from './generator/vocabulary';

/** What a synthetic catalogue is drawn from: the real corpus, the taxonomy, the geography. */
export interface CatalogueSources {
  /** Raw records of the real corpus (data/practices.json). */
  corpus: readonly PracticeRecord[];
  policyAreas: readonly PolicyArea[];
  geography: Geography;
}

/** Share of practices with no year, no award, no results, a partner. */
export const MISSING_YEAR_SHARE = 0.05;
export const NO_AWARD_SHARE = 0.15;
export const NO_RESULTS_SHARE = 0.45;
export const PARTNER_SHARE = 0.03;
export const FIRST_YEAR = 1990;
export const LAST_YEAR = 2025;

const MEDALS: ReadonlyArray<Medal | null> = ['or', 'argent', 'bronze', 'excellence', null];
const MEDAL_WEIGHTS = [0.45, 0.13, 0.21, 0.02, 0.19];
const PROGRAMMES = [
  'Prix TERRITORIA',
  "Trophées de l'innovation publique",
  'Label Territoire innovant',
];
const PROGRAMME_WEIGHTS = [0.9, 0.05, 0.05];
// How many policy areas a practice has (the real corpus: 1 for 6 %, 2 for 67 %, 3 for 27 %).
const AREA_COUNTS = [1, 2, 3];
const AREA_COUNT_WEIGHTS = [0.06, 0.67, 0.27];

/** A summary's length in words: around 125, between 40 and 200 (the real corpus's spread). */
function summaryLength(random: SeededRandom): number {
  return Math.min(200, Math.max(40, Math.round(125 + 40 * random.normal())));
}

/** The id of the i-th generated practice: stable, sortable, a valid slug. */
export function syntheticId(seed: number, index: number): string {
  return `synth-${seed}-${String(index).padStart(6, '0')}`;
}

/**
 * A generator of synthetic practices that look like the real corpus: its vocabulary with a
 * Zipf-like distribution, real collectivities in realistic proportions, years, awards, budgets
 * and staff with realistic spreads and shares of missing values. Deterministic for a seed.
 */
export class CatalogueGenerator {
  private readonly vocabulary: CorpusVocabulary;
  private readonly collectivities: CollectivitySampler;
  private readonly areas: WeightedSampler<string>;
  private readonly areaOfCategory = new Map<string, string>();
  private readonly categories: string[];
  private readonly years: WeightedSampler<number>;
  private readonly medals = new WeightedSampler(MEDALS, MEDAL_WEIGHTS);
  private readonly programmes = new WeightedSampler(PROGRAMMES, PROGRAMME_WEIGHTS);
  private readonly areaCounts = new WeightedSampler(AREA_COUNTS, AREA_COUNT_WEIGHTS);

  constructor(sources: CatalogueSources) {
    const texts: SourceText[] = sources.corpus.map((r) => ({
      title: r.title,
      summary: r.summary,
      results: r.results,
      policyAreas: r.policyAreas,
    }));
    this.vocabulary = new CorpusVocabulary(texts);
    this.collectivities = new CollectivitySampler(sources.geography);
    // Areas the corpus uses often are drawn often; the others now and then.
    const codes = sources.policyAreas.map((a) => a.code);
    this.areas = new WeightedSampler(
      codes,
      codes.map((c) => 1 + texts.filter((t) => t.policyAreas.includes(c)).length),
    );
    for (const area of sources.policyAreas) {
      if (area.territoria2017) this.areaOfCategory.set(area.territoria2017, area.code);
    }
    const categories = new Set<string>(this.areaOfCategory.keys());
    for (const r of sources.corpus) if (r.award?.category) categories.add(r.award.category);
    this.categories = [...categories].sort();
    const years: number[] = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);
    // Awards and catalogues grew over the years: recent years weigh more.
    this.years = new WeightedSampler(
      years,
      years.map((y) => Math.exp((y - FIRST_YEAR) / 12)),
    );
  }

  /** Distinct words of the vocabulary the texts are drawn from. */
  get vocabularySize(): number {
    return this.vocabulary.size;
  }

  /** `count` practices for `seed`; the i-th depends on the seed and i only through the sequence. */
  generate(count: number, seed: number): PracticeRecord[] {
    return [...this.records(count, seed)];
  }

  /** The same practices one at a time, for a catalogue too large to hold (a million). */
  *records(count: number, seed: number): Generator<PracticeRecord> {
    const random = new SeededRandom(seed);
    for (let i = 0; i < count; i++) yield this.practice(random, syntheticId(seed, i));
  }

  private practice(random: SeededRandom, id: string): PracticeRecord {
    const { ref, population } = this.collectivities.draw(random);
    const year = random.chance(MISSING_YEAR_SHARE) ? null : this.years.draw(random);
    const award = random.chance(NO_AWARD_SHARE) ? null : this.award(random, year);
    const policyAreas = this.policyAreas(random, award);
    const title = this.vocabulary.title(random, random.int(5, 12), policyAreas);
    const summary = this.vocabulary.text(random, summaryLength(random), policyAreas);
    const results = random.chance(NO_RESULTS_SHARE)
      ? null
      : this.vocabulary.text(random, random.int(15, 80), policyAreas);
    const partners = random.chance(PARTNER_SHARE) ? [this.collectivities.drawCommune(random)] : [];
    return {
      id,
      title,
      summary,
      collectivity: ref,
      partners: partners.filter((p) => p.code !== ref.code),
      year,
      award,
      policyAreas,
      budget: drawBudget(random, population),
      staff: drawStaff(random, population),
      results,
      source: {
        document: 'Catalogue synthétique Essaimage (banc de mesure)',
        publisher: null,
        url: null,
        file: null,
      },
      ...noTransferFacts(),
    };
  }

  private award(random: SeededRandom, year: number | null): Award {
    const category = random.chance(0.1) ? null : random.pick(this.categories);
    return {
      programme: this.programmes.draw(random),
      edition: year,
      category,
      medal: this.medals.draw(random),
      sponsor: null,
    };
  }

  private policyAreas(random: SeededRandom, award: Award | null): string[] {
    const areas = new Set<string>();
    const fromCategory = award?.category ? this.areaOfCategory.get(award.category) : undefined;
    if (fromCategory) areas.add(fromCategory);
    const wanted = this.areaCounts.draw(random);
    for (let tries = 0; areas.size < wanted && tries < 10; tries++) {
      areas.add(this.areas.draw(random));
    }
    return [...areas];
  }
}

/** Shorthand: `count` synthetic practice records for `seed`. */
export function generateCatalogue(
  sources: CatalogueSources,
  count: number,
  seed: number,
): PracticeRecord[] {
  return new CatalogueGenerator(sources).generate(count, seed);
}
