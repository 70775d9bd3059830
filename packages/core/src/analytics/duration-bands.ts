/** A duration band of the trends, in months: `min` included, `max` excluded (null: no bound). */
export interface DurationBand {
  /** French label, as shown to users ("1 à 3 ans"). */
  label: string;
  min: number | null;
  max: number | null;
}

/** The duration bands of the trends, shortest first. */
export const DURATION_BANDS: readonly DurationBand[] = [
  { label: "moins d'un an", min: null, max: 12 },
  { label: '1 à 3 ans', min: 12, max: 37 },
  { label: 'plus de 3 ans', min: 37, max: null },
];

/** SQL CASE giving a duration's band label (`expression` is SQL written in code), null when unknown. */
export function durationBandSql(expression: string): string {
  const whens = DURATION_BANDS.map((b) => {
    const bound = b.max === null ? `${expression} IS NOT NULL` : `${expression} < ${b.max}`;
    return `WHEN ${bound} THEN '${b.label.replace(/'/g, "''")}'`;
  });
  return `CASE ${whens.join(' ')} END`;
}
