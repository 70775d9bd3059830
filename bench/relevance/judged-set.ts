import { readFileSync } from 'node:fs';

/** A need graded against the bundled corpus: practice id → 1 (partly) to 3 (squarely). */
export interface JudgedNeed {
  need: string;
  who?: string;
  /** INSEE code of the commune searching, when the need names one. */
  target?: string;
  /** The practice any reader would put first. */
  obvious: string;
  grades: Record<string, number>;
  /** Kept out of the tuning of the lexicon and the weights. */
  heldOut?: boolean;
}

/** Reads one of the judged sets beside this file. */
export function readJudgedSet(name: string): JudgedNeed[] {
  const file = new URL(name, import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { needs: JudgedNeed[] }).needs;
}

/** NDCG@k of a ranking (ids, best first) with gains 2^grade − 1. */
export function ndcgAt(
  k: number,
  ranking: readonly string[],
  grades: Record<string, number>,
): number {
  const gain = (grade: number) => 2 ** grade - 1;
  const dcg = ranking
    .slice(0, k)
    .reduce((sum, id, i) => sum + gain(grades[id] ?? 0) / Math.log2(i + 2), 0);
  const ideal = Object.values(grades)
    .sort((a, b) => b - a)
    .slice(0, k)
    .reduce((sum, grade, i) => sum + gain(grade) / Math.log2(i + 2), 0);
  return ideal > 0 ? dcg / ideal : 0;
}
