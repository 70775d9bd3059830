/**
 * Sublinear term frequency: 1 + ln(tf) for tf ≥ 1, so the tenth "vélo" adds less than the
 * second. tf is a sum of field weights; below 1 (one occurrence in a field weighted under 1)
 * it is kept as is, which stays positive and continuous at 1 where 1 + ln(tf) would turn
 * negative below 1/e.
 */
export function sublinearTf(tf: number): number {
  return tf >= 1 ? 1 + Math.log(tf) : tf;
}

/**
 * Smooth inverse document frequency: ln(1 + N / df), with N the number of documents in the
 * index and df the number holding the term (df ≥ 1). Always positive, so a term in every
 * document still counts a little (ln 2).
 */
export function smoothIdf(documentCount: number, documentFrequency: number): number {
  return Math.log(1 + documentCount / documentFrequency);
}
