import type { PolicyArea } from '../practice/policy-area';
import type { Practice } from '../practice/record';
import type { IndexedField } from '../search/search-types';

/** Field weights of a practice's text: the title says most about what a practice is. */
export const FIELD_WEIGHTS = { title: 3, summary: 1, results: 1, areas: 1 };

/** The weighted fields a practice is indexed with: title, summary, results and its area labels. */
export function practiceFields(
  practice: Practice,
  areaLabel: (code: string) => string,
): IndexedField[] {
  const fields: IndexedField[] = [
    { text: practice.title, weight: FIELD_WEIGHTS.title },
    { text: practice.summary, weight: FIELD_WEIGHTS.summary },
  ];
  if (practice.results) fields.push({ text: practice.results, weight: FIELD_WEIGHTS.results });
  if (practice.policyAreas.length > 0) {
    fields.push({
      text: practice.policyAreas.map(areaLabel).join(' '),
      weight: FIELD_WEIGHTS.areas,
    });
  }
  return fields;
}

/** A label lookup for policy-area codes, falling back on the code. */
export function areaLabeller(areas: readonly PolicyArea[]): (code: string) => string {
  const labels = new Map(areas.map((a) => [a.code, a.label]));
  return (code) => labels.get(code) ?? code;
}
