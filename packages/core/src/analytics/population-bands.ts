/** A band of values of the trends: `min` included, `max` excluded (null: no bound). */
export interface Band {
  /** French label, as shown to users ("2 000 – 10 000"). */
  label: string;
  min: number | null;
  max: number | null;
}

/** A population band of the trends. */
export type PopulationBand = Band;

/** The five population bands of the trends, smallest first. */
export const POPULATION_BANDS: readonly PopulationBand[] = [
  { label: '< 2 000', min: null, max: 2_000 },
  { label: '2 000 – 10 000', min: 2_000, max: 10_000 },
  { label: '10 000 – 50 000', min: 10_000, max: 50_000 },
  { label: '50 000 – 200 000', min: 50_000, max: 200_000 },
  { label: '> 200 000', min: 200_000, max: null },
];

/** The band of a population, or null when it is unknown. */
export function populationBandOf(population: number | null): string | null {
  if (population === null) return null;
  const band = POPULATION_BANDS.find(
    (b) => (b.min === null || population >= b.min) && (b.max === null || population < b.max),
  );
  return band?.label ?? null;
}

/** A SQL string literal of a constant written in code (never of user input). */
function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * SQL CASE giving the label of the band a value falls in, null when the value is (`expression`
 * is SQL written in code; the bands are in order, each starting where the previous one ends).
 */
export function bandSql(expression: string, bands: readonly Band[]): string {
  const whens = bands.map((b) => {
    const bound = b.max === null ? `${expression} IS NOT NULL` : `${expression} < ${b.max}`;
    return `WHEN ${bound} THEN ${literal(b.label)}`;
  });
  return `CASE ${whens.join(' ')} END`;
}

/** SQL CASE giving a population's band label (`expression` is a column written in code). */
export function populationBandSql(expression: string): string {
  return bandSql(expression, POPULATION_BANDS);
}

/** SQL CASE giving a population's band number (1 for the smallest), for ordering. */
export function populationBandOrderSql(expression: string): string {
  const whens = POPULATION_BANDS.map((b, i) => {
    const bound = b.max === null ? `${expression} IS NOT NULL` : `${expression} < ${b.max}`;
    return `WHEN ${bound} THEN ${i + 1}`;
  });
  return `CASE ${whens.join(' ')} END`;
}
