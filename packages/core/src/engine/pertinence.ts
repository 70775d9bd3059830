/**
 * Pertinence, what the user reads as how well a practice answers the need (README, "How the
 * score works"): the share of the need's weight the practice covers, C, scaled by its text
 * score T (the cosine of the expanded need and the practice) for its second half:
 * P = C × (0.5 + 0.5 × min(1, T / 0.15)). Measured on the judged sets (bench/relevance/):
 * shares of 0.25 and 0.75, and a full text score of 0.25, ranked worse.
 */
export const PERTINENCE_TEXT_SHARE = 0.5;
/** The text score from which a practice gets the whole text share. */
export const FULL_TEXT_SCORE = 0.15;
/** Under this pertinence a practice barely touches the need: it is not an answer. */
export const PERTINENCE_FLOOR = 0.2;

/** P from coverage and text score, in [0, 1]. */
export function pertinence(coverage: number, textScore: number): number {
  const text = Math.min(1, textScore / FULL_TEXT_SCORE);
  return coverage * (1 - PERTINENCE_TEXT_SHARE + PERTINENCE_TEXT_SHARE * text);
}

/**
 * Proximité, the first number of a similar practice: its text's cosine with the practice's,
 * on the scale of the need's text score (README, "How the score works"), so that a practice on
 * the same subject reads high rather than a raw cosine of 0.1: min(1, cosine / 0.15). Between
 * two practices of this corpus the nearest one's cosine is 0.09 at the median, 0.15 at the 90th
 * percentile; unrelated ones stay under 0.04 (27 %).
 */
export function proximity(cosine: number): number {
  return Math.min(1, cosine / FULL_TEXT_SCORE);
}
