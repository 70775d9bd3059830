import type { Practice } from '../practice/record';
import { noTransferFacts } from '../practice/transfer-facts';

/**
 * A practice of the engine's tests: its texts and no fact (no population, area, budget, staff,
 * code), so that only what a test gives in `extra` counts.
 */
export function barePractice(
  id: string,
  title: string,
  summary: string,
  extra: Partial<Practice> = {},
): Practice {
  return {
    id,
    title,
    summary,
    collectivity: { name: id, kind: 'commune', code: null },
    partners: [],
    year: null,
    award: null,
    policyAreas: [],
    budget: null,
    staff: null,
    results: null,
    source: { document: 'exemple', publisher: null, url: null, file: null },
    ...noTransferFacts(),
    officialName: null,
    population: null,
    region: null,
    department: null,
    ...extra,
  };
}
