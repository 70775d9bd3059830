import { describe, expect, it } from 'vitest';
import { createEssaimage } from '../engine/create-essaimage';
import type { Practice } from '../practice/record';
import { TfIdfIndex } from '../search/tf-idf-index';
import { loadBundledCorpus, loadPolicyAreas } from './bundled-corpus';
import { loadOfficialGeography } from './geography';
import { buildEssaimage } from './parallel-build';

// The corpus four times over, under other ids, the last copies with words of their own (as a
// real catalogue's dictionary keeps growing): the worker's share holds terms the first
// practices lack and terms they hold, so term ids, tf codes and surfaces are all put to test.
const corpus = loadBundledCorpus();
const letters = (n: number) => String.fromCharCode(97 + (n % 26), 97 + (Math.floor(n / 26) % 26));
const practices: Practice[] = [0, 1, 2, 3].flatMap((copy) =>
  corpus.map((p, i) => ({
    ...p,
    id: `${p.id}-${copy}`,
    title: copy < 2 ? p.title : `${p.title} : Écoquartiers ${letters(copy * 49 + i)}élités`,
    // Each copy reordered, so that a term's first word differs from one copy to the next.
    summary: copy % 2 === 0 ? p.summary : (corpus[(i + copy) % corpus.length] as Practice).summary,
  })),
);
const options = {
  practices,
  geography: loadOfficialGeography(),
  policyAreas: loadPolicyAreas(),
};

describe('buildEssaimage', () => {
  it('builds on two threads the index createEssaimage builds, byte for byte', async () => {
    const serial = createEssaimage(options);
    const parallel = await buildEssaimage(options, { parallelFrom: 0 });
    const bytes = (engine: typeof serial) => (engine.index as TfIdfIndex).serialize();
    expect(Buffer.from(bytes(parallel)).equals(Buffer.from(bytes(serial)))).toBe(true);
    const need = 'mettre des vélos en libre-service pour les agents';
    const target = { official: { kind: 'commune' as const, code: '39189' } };
    expect(parallel.recommend({ need, target })).toEqual(serial.recommend({ need, target }));
    expect(parallel.practices().map((p) => p.id)).toEqual(serial.practices().map((p) => p.id));
  });

  it('stays on one thread for a small catalogue, and for ids given twice', async () => {
    const twice = { ...options, practices: [...practices, practices[0] as Practice] };
    const serial = createEssaimage(twice);
    const built = await buildEssaimage(twice, { parallelFrom: 0 });
    expect(built.size).toBe(serial.size);
    expect(Buffer.from((built.index as TfIdfIndex).serialize())).toEqual(
      Buffer.from((serial.index as TfIdfIndex).serialize()),
    );
    expect((await buildEssaimage(options)).size).toBe(practices.length);
  });
});
