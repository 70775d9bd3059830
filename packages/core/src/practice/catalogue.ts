import type { Geography } from '../geography/geography';
import { enrichRecord, referenceProblems } from './enrich';
import type { Problem } from './problem';
import type { Practice } from './record';
import { checkPracticeRecord } from './schema';

/** What a catalogue read gives: the valid practices, and every problem of the others. */
export interface CatalogueReadResult {
  practices: Practice[];
  problems: Problem[];
  /** Index in the input of each rejected record. */
  rejected: number[];
}

/** Options of `readCatalogue`. */
export interface ReadCatalogueOptions {
  geography: Geography;
  /** The policy-area codes a record may use. */
  policyAreas: ReadonlySet<string>;
  /** How to name the record at an index in messages (default: its id). */
  where?: (index: number) => string | undefined;
}

/**
 * Validate and enrich a whole catalogue of raw records. Duplicate ids are problems too. Nothing
 * is thrown: the caller decides whether one bad record rejects the whole input.
 */
export function readCatalogue(
  inputs: readonly unknown[],
  options: ReadCatalogueOptions,
): CatalogueReadResult {
  const practices: Practice[] = [];
  const problems: Problem[] = [];
  const rejected: number[] = [];
  const seen = new Map<string, number>();
  inputs.forEach((input, index) => {
    const where = options.where?.(index);
    const checked = checkPracticeRecord(input, where);
    if (!checked.ok) {
      problems.push(...checked.problems);
      // The row's other faults too, so that fixing one does not reveal the next.
      const reported = new Set(checked.problems.map((p) => p.field));
      const label = where ?? checked.problems[0]?.where ?? 'practice';
      problems.push(
        ...referenceProblems(input, options.geography, options.policyAreas, label, reported),
      );
      rejected.push(index);
      return;
    }
    const label = where ?? `practice "${checked.record.id}"`;
    const first = seen.get(checked.record.id);
    if (first !== undefined) {
      const firstLabel = options.where?.(first) ?? `record ${first + 1}`;
      problems.push({
        code: 'duplicate',
        values: { value: checked.record.id, other: firstLabel },
        where: label,
        field: 'id',
        expected: `an id not used by another record (${firstLabel} has it)`,
        found: JSON.stringify(checked.record.id),
      });
      rejected.push(index);
      return;
    }
    seen.set(checked.record.id, index);
    const enriched = enrichRecord(checked.record, options.geography, options.policyAreas, label);
    if (enriched.ok) practices.push(enriched.practice);
    else {
      problems.push(...enriched.problems);
      rejected.push(index);
    }
  });
  return { practices, problems, rejected };
}
