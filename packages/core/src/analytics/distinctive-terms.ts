import type { PracticeFilter } from '../store/practice-filter';
import type { PracticeStore } from '../store/practice-store';
import { groupedQuery } from './grouped-query';
import { parseTrendDimensions, type DimensionValue, type TrendDimension } from './trend-dimensions';

/** A term that sets a group apart, as a text index ranks it. */
export interface RankedTerm {
  /** The term as indexed (a folded stem: "velo"). */
  term: string;
  /** A readable word that gave it ("vélos"). */
  display: string;
  weight: number;
}

/**
 * What distinctive terms need of a text index holding the store's practices under their ids:
 * `TfIdfIndex.topTerms` (the sum of the group's TF-IDF vectors, so a term weighs more when it
 * is frequent in the group and rare in the corpus).
 */
export interface TermRanker {
  topTerms(docs: Iterable<string>, n: number): ReadonlyArray<RankedTerm>;
}

/** One group and the terms that set it apart. */
export type GroupTermsRow = { [D in TrendDimension]?: DimensionValue } & {
  /** Practices in the group. */
  practices: number;
  /** Its most distinctive terms, strongest first. */
  terms: RankedTerm[];
};

/** Options of {@link distinctiveTerms}. */
export interface DistinctiveTermsOptions {
  /** Terms per group (default 10). */
  n?: number;
  filter?: PracticeFilter;
}

/**
 * The most distinctive terms of each group of practices (by award category, by year... any
 * dimensions of the trends), ranked by the index over the whole corpus: what the laureates of a
 * category talk about that others do not.
 */
export async function distinctiveTerms(
  store: PracticeStore,
  index: TermRanker,
  dimensions: string | readonly string[],
  options: DistinctiveTermsOptions = {},
): Promise<GroupTermsRow[]> {
  const checked = parseTrendDimensions(dimensions);
  const query = groupedQuery(
    checked,
    options.filter,
    'count(*)::INTEGER AS practices, list(pid ORDER BY pid) AS ids',
  );
  const rows = await store.connector.query(query.sql, query.params);
  return rows.map((row) => {
    const { ids, ...group } = row;
    const terms = [...index.topTerms(ids as string[], options.n ?? 10)];
    return { ...group, terms } as GroupTermsRow;
  });
}
