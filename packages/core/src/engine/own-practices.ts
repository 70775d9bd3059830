import type { Practice } from '../practice/record';
import type { TargetProfile } from '../scoring/target';

const NONE: ReadonlySet<number> = new Set();

/**
 * The doc numbers of the practices each collectivity ran, by its official code and kind: a
 * query leaves out the target's own practices (unless asked otherwise) by looking doc numbers
 * up in the target's set, without reading any practice. Reading a practice to compare its
 * collectivity means decoding it from the engine's compact store (several microseconds), and a
 * query looks at hundreds of candidates.
 */
export class OwnPractices {
  private readonly docsByOwner = new Map<string, Set<number>>();

  /** Records that the practice has that doc number. */
  add(practice: Practice, doc: number): void {
    const key = ownerKey(practice.collectivity.kind, practice.collectivity.code);
    if (key === undefined) return;
    let docs = this.docsByOwner.get(key);
    if (!docs) this.docsByOwner.set(key, (docs = new Set()));
    docs.add(doc);
  }

  /** Forgets the practice's doc number. */
  delete(practice: Practice, doc: number): void {
    const key = ownerKey(practice.collectivity.kind, practice.collectivity.code);
    const docs = key === undefined ? undefined : this.docsByOwner.get(key);
    if (!docs) return;
    docs.delete(doc);
    if (docs.size === 0) this.docsByOwner.delete(key as string);
  }

  /** The doc numbers of the practices the target itself ran (same official code and kind). */
  of(target: TargetProfile): ReadonlySet<number> {
    const key = ownerKey(target.kind, target.code);
    return (key === undefined ? undefined : this.docsByOwner.get(key)) ?? NONE;
  }
}

function ownerKey(kind: string | null, code: string | null): string | undefined {
  return code === null ? undefined : `${kind}\u0000${code}`;
}
