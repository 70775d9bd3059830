import { SeededRandom, WeightedSampler } from './random';

/** The texts of one real practice the vocabulary learns from. */
export interface SourceText {
  title: string;
  summary: string;
  results: string | null;
  policyAreas: readonly string[];
}

// Zipf–Mandelbrot: the word of rank r (0-based) is drawn with weight 1 / (r + Q)^S.
const ZIPF_S = 1.07;
const ZIPF_Q = 2.7;
// A real catalogue of 100,000 practices has a vocabulary of tens of thousands of words (Heaps'
// law), most of them rare: this share of words comes from a tail of TAIL_SIZE rarer words made
// from the corpus's own (a real word's beginning with another's ending: "jardinisation").
const TAIL_SHARE = 0.04;
const TAIL_SIZE = 60_000;
// Share of a text's words that repeat one of its earlier words (burstiness: a practice about
// bicycles says "vélos" several times, and the other practices never). 0.1 on top of the
// Zipf draws' own repeats gives 30 % of repeated words in a summary, as in the real corpus.
const REPEAT_SHARE = 0.1;
// The most frequent words of the whole corpus are function words: topics leave them out.
const FUNCTION_WORD_RANKS = 120;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

function words(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Words ranked by frequency, most frequent first, ties in code-unit order (deterministic). */
function rankByFrequency(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of words(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([w]) => w);
}

function zipfSampler(ranked: readonly string[]): WeightedSampler<string> {
  return new WeightedSampler(
    ranked,
    ranked.map((_, r) => 1 / Math.pow(r + ZIPF_Q, ZIPF_S)),
  );
}

/** TAIL_SIZE distinct made-up words, each a real word's start and another's end, in a fixed order. */
function tailWords(ranked: readonly string[]): string[] {
  const long = ranked.filter((w) => /^\p{L}{6,}$/u.test(w));
  const starts = [...new Set(long.map((w) => w.slice(0, 5)))];
  const ends = [...new Set(long.map((w) => w.slice(-4)))];
  const out = new Set<string>();
  const random = new SeededRandom(0x7a11);
  for (let tries = 0; out.size < TAIL_SIZE && tries < TAIL_SIZE * 4; tries++) {
    out.add(random.pick(starts) + random.pick(ends));
  }
  return [...out];
}

/**
 * The real corpus's words with a Zipf-like distribution: a global one over every text, one over
 * titles, and one per policy area (the content words of the practices in that area), so that
 * generated practices of the same area share words as real ones do.
 */
export class CorpusVocabulary {
  private readonly global: WeightedSampler<string>;
  private readonly titles: WeightedSampler<string>;
  private readonly tail: WeightedSampler<string>;
  private readonly topics = new Map<string, WeightedSampler<string>>();
  /** Distinct words known. */
  readonly size: number;

  constructor(sources: readonly SourceText[]) {
    const all = sources.flatMap((s) => [s.title, s.summary, s.results ?? '']);
    const ranked = rankByFrequency(all);
    this.size = ranked.length;
    this.global = zipfSampler(ranked);
    this.tail = zipfSampler(tailWords(ranked));
    const functionWords = new Set(ranked.slice(0, FUNCTION_WORD_RANKS));
    this.titles = zipfSampler(
      rankByFrequency(sources.map((s) => s.title)).filter((w) => !functionWords.has(w)),
    );
    const areas = new Set(sources.flatMap((s) => s.policyAreas));
    for (const area of areas) {
      const inArea = sources.filter((s) => s.policyAreas.includes(area));
      const topic = rankByFrequency(
        inArea.flatMap((s) => [s.title, s.summary, s.results ?? '']),
      ).filter((w) => !functionWords.has(w));
      if (topic.length > 0) this.topics.set(area, zipfSampler(topic));
    }
  }

  /** Whether the corpus has texts in that policy area. */
  hasTopic(area: string): boolean {
    return this.topics.has(area);
  }

  /**
   * A text of `length` words in sentences: each word comes from one of the areas' topics with
   * probability `topicShare`, else from the whole corpus.
   */
  text(random: SeededRandom, length: number, areas: readonly string[], topicShare = 0.35): string {
    const topics = areas.map((a) => this.topics.get(a)).filter((t) => t !== undefined);
    const out: string[] = [];
    let sentence = 0;
    let sentenceLength = random.int(8, 25);
    for (let i = 0; i < length; i++) {
      const source =
        topics.length > 0 && random.chance(topicShare) ? random.pick(topics) : this.global;
      // Words come in bursts: a document repeats its own words more than chance would.
      let word =
        out.length > 0 && random.chance(REPEAT_SHARE)
          ? (random.pick(out).replace(/\.$/, '').toLowerCase() as string)
          : (random.chance(TAIL_SHARE) ? this.tail : source).draw(random);
      if (sentence === 0) word = word.charAt(0).toUpperCase() + word.slice(1);
      sentence++;
      if (sentence >= sentenceLength || i === length - 1) {
        word += '.';
        sentence = 0;
        sentenceLength = random.int(8, 25);
      }
      out.push(word);
    }
    return out.join(' ');
  }

  /** A title of `length` words: half title words, half topic words, no final stop. */
  title(random: SeededRandom, length: number, areas: readonly string[]): string {
    const topics = areas.map((a) => this.topics.get(a)).filter((t) => t !== undefined);
    const out: string[] = [];
    for (let i = 0; i < length; i++) {
      const source = topics.length > 0 && random.chance(0.5) ? random.pick(topics) : this.titles;
      out.push(source.draw(random));
    }
    const first = out[0] as string;
    out[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return out.join(' ');
  }
}
