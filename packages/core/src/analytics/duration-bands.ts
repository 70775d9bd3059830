import { bandSql, type Band } from './population-bands';

/** The duration bands of the trends, in months, shortest first. */
export const DURATION_BANDS: readonly Band[] = [
  { label: "moins d'un an", min: null, max: 12 },
  { label: '1 à 3 ans', min: 12, max: 37 },
  { label: 'plus de 3 ans', min: 37, max: null },
];

/** SQL CASE giving a duration's band label (`expression` is SQL written in code), null when unknown. */
export function durationBandSql(expression: string): string {
  return bandSql(expression, DURATION_BANDS);
}
