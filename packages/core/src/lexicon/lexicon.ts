import bundled from '../../data/lexicon/lexicon.json' with { type: 'json' };
import { foldAccents } from '../text/fold-accents';

/** Where a related word comes from: the curated list of public action, or the thesaurus. */
export type LexiconSource = 'curated' | 'mythes-fr';

/** A related word (or expression) of a term, as analysed terms (all must match), with its source. */
export interface RelatedTerm {
  terms: readonly string[];
  source: LexiconSource;
}

/** What the engine asks of a lexicon, term by term (terms of the engine's analyzer). */
export interface Lexicon {
  /**
   * The related words of a term, closest first; none for an unknown term. `word`, the user's
   * word as written, picks its own list when the stemmer gives another word the same term
   * (« équipe » and « équipement », « données » and « donner »).
   */
  related(term: string, word?: string): readonly RelatedTerm[];
  /** Whether the term (as `word`, when given) says little about a need (aider, utiliser…). */
  isGeneric(term: string, word?: string): boolean;
}

/** The shape of packages/core/data/lexicon/lexicon.json (see build-lexicon.ts). */
export interface LexiconFile {
  stems: Record<string, string>;
  generic: string[];
  /** term → "stem stem:c,stem:m,…", closest first: c curated, m mythes-fr. */
  related: Record<string, string>;
  /** A curated word (folded, as written) → its own entries, for terms words share. */
  words?: Record<string, string>;
}

const SOURCES: Record<string, LexiconSource> = { c: 'curated', m: 'mythes-fr' };
const NONE: readonly RelatedTerm[] = [];

/** A lexicon read from its file; each term's entries are parsed the first time it is asked for. */
export class FileLexicon implements Lexicon {
  private readonly generic: ReadonlySet<string>;
  private readonly parsed = new Map<string, readonly RelatedTerm[]>();

  constructor(private readonly file: LexiconFile) {
    this.generic = new Set(file.generic);
  }

  related(term: string, word?: string): readonly RelatedTerm[] {
    const own = this.ownWord(word);
    const key = own === undefined ? term : `=${own}`;
    const known = this.parsed.get(key);
    if (known) return known;
    const raw =
      own !== undefined
        ? this.file.words?.[own]
        : Object.hasOwn(this.file.related, term)
          ? this.file.related[term]
          : undefined;
    const entries = raw
      ? raw.split(',').map((entry) => {
          const colon = entry.lastIndexOf(':');
          return {
            terms: entry.slice(0, colon).split(' '),
            source: SOURCES[entry.slice(colon + 1)] ?? 'curated',
          };
        })
      : NONE;
    this.parsed.set(key, entries);
    return entries;
  }

  isGeneric(term: string, word?: string): boolean {
    return this.generic.has(term) && this.ownWord(word) === undefined;
  }

  /** The folded word when it has its own entries in the file, else undefined. */
  private ownWord(word: string | undefined): string | undefined {
    if (word === undefined || !this.file.words) return undefined;
    const folded = foldAccents(word.toLowerCase());
    return Object.hasOwn(this.file.words, folded) ? folded : undefined;
  }
}

/** The lexicon bundled with core: no file read, no network (a JSON module, in Node and browsers). */
export function bundledLexicon(): Lexicon {
  return new FileLexicon(bundled as LexiconFile);
}

/** The sample words the bundled file records with their terms, to detect a changed stemmer. */
export const BUNDLED_LEXICON_STEMS: Readonly<Record<string, string>> = (bundled as LexiconFile)
  .stems;
