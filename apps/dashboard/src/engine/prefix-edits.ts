// Rows of the edit-distance table, reused from call to call (the autocomplete runs it over
// 40,000 names per keystroke).
let previous2 = new Int32Array(64);
let previous = new Int32Array(64);
let current = new Int32Array(64);

/**
 * Whether `query` is at most `edits` insertions, deletions, substitutions or swaps of two
 * neighbouring letters away from some start of `name` ("damprais" and "damparis", "pamers" and
 * "pamiers"). Optimal-string-alignment distance, with the row minimum as an early exit.
 */
export function withinEdits(query: string, name: string, edits: number): boolean {
  const m = query.length;
  const n = Math.min(name.length, m + edits);
  if (n + edits < m) return false;
  if (n + 1 > current.length) {
    previous2 = new Int32Array(n + 1);
    previous = new Int32Array(n + 1);
    current = new Int32Array(n + 1);
  }
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= m; i++) {
    current[0] = i;
    let rowMin = i;
    const q = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const c = name.charCodeAt(j - 1);
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (q === c ? 0 : 1));
      if (
        i > 1 &&
        j > 1 &&
        q === name.charCodeAt(j - 2) &&
        query.charCodeAt(i - 2) === c &&
        previous2[j - 2] + 1 < best
      )
        best = previous2[j - 2] + 1;
      current[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > edits) return false;
    const spare = previous2;
    previous2 = previous;
    previous = current;
    current = spare;
  }
  // The query against the name's start of any length: the last row's minimum.
  let min = Infinity;
  for (let j = 0; j <= n; j++) if (previous[j] < min) min = previous[j];
  return min <= edits;
}
