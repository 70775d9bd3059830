import { describe, expect, it } from 'vitest';
import { importedTextsHash, indexKey } from './index-key';

const keyOf = (bundled: Uint8Array, practices: Parameters<typeof importedTextsHash>[0]) =>
  indexKey(bundled, importedTextsHash(practices));

describe('indexKey and importedTextsHash', () => {
  const bundled = Uint8Array.from({ length: 300 }, (_, i) => (i * 37) % 256);
  const practices = [
    {
      id: 'a',
      title: 'Navette fluviale',
      summary: 'Une barque électrique',
      results: null,
      policyAreas: ['mobilite'],
    },
    { id: 'b', title: 'Jardins', summary: 'Partagés', results: 'Cent', policyAreas: [] },
  ] as unknown as Parameters<typeof importedTextsHash>[0];

  it('is the same for the same bytes and texts', () => {
    expect(keyOf(bundled, practices)).toBe(keyOf(bundled.slice(), structuredClone(practices)));
  });

  it('changes with any byte of the bundled index and any indexed text', () => {
    const base = keyOf(bundled, practices);
    const otherByte = bundled.slice();
    otherByte[150] ^= 1;
    expect(keyOf(otherByte, practices)).not.toBe(base);
    const changes: Array<(p: (typeof practices)[number]) => void> = [
      (p) => (p.id = 'a2'),
      (p) => (p.title = 'Navette fluviales'),
      (p) => (p.summary = 'Une barque électriquE'),
      (p) => (p.results = 'Des résultats'),
      (p) => (p.policyAreas = ['mobilite', 'sante']),
    ];
    for (const change of changes) {
      const changed = structuredClone(practices);
      change(changed[0]!);
      expect(keyOf(bundled, changed)).not.toBe(base);
    }
    // Text moved from one field to the next is another text.
    const moved = structuredClone(practices);
    moved[1]!.title = 'Jardins Partagés';
    moved[1]!.summary = '';
    expect(keyOf(bundled, moved)).not.toBe(base);
    expect(keyOf(bundled, practices.slice().reverse())).not.toBe(base);
  });

  it('is the bundled index’s part then the texts’ hash, which can be saved and given again', () => {
    const texts = importedTextsHash(practices);
    expect(texts).toMatch(/^t1-2-[0-9a-f]{16}$/);
    expect(indexKey(bundled, texts)).toBe(keyOf(bundled, practices));
    expect(indexKey(bundled, texts).endsWith(`-${texts}`)).toBe(true);
    expect(importedTextsHash([])).not.toBe(importedTextsHash(practices.slice(0, 1)));
  });
});
