/** One count of practices for a key. */
export interface CountRow {
  key: string;
  count: number;
}

/** The aggregates of the trends view. */
export interface TrendData {
  total: number;
  /**
   * Practices by year (null: the source gives none) and award category ("" when the source
   * gives none).
   */
  byYearCategory: { year: number | null; category: string; count: number }[];
  byMedal: CountRow[];
  byKind: CountRow[];
  byBand: CountRow[];
  /** By region code. */
  byRegion: CountRow[];
  /** Every known budget amount, with its period (null: not said) and the practice's title. */
  budgets: { period: string | null; amount: number; id: string; title: string }[];
}
