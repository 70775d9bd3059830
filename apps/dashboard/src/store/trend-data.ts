/** One count of practices for a key. */
export interface CountRow {
  key: string;
  count: number;
}

/** The aggregates of the trends view. */
export interface TrendData {
  total: number;
  /** Practices by year and award category (category "" when the source gives none). */
  byYearCategory: { year: number; category: string; count: number }[];
  byMedal: CountRow[];
  byKind: CountRow[];
  byBand: CountRow[];
  /** By region code. */
  byRegion: CountRow[];
  /** Every known budget amount, with its award category. */
  budgets: { category: string; amount: number; id: string }[];
}
