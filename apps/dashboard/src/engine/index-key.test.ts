import { describe, expect, it } from 'vitest';
import { indexKey } from './index-key';

describe('indexKey', () => {
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
  ] as unknown as Parameters<typeof indexKey>[1];

  it('is the same for the same bytes and texts', () => {
    expect(indexKey(bundled, practices)).toBe(
      indexKey(bundled.slice(), structuredClone(practices)),
    );
  });

  it('changes with any byte of the bundled index and any indexed text', () => {
    const base = indexKey(bundled, practices);
    const otherByte = bundled.slice();
    otherByte[150] ^= 1;
    expect(indexKey(otherByte, practices)).not.toBe(base);
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
      expect(indexKey(bundled, changed)).not.toBe(base);
    }
    // Text moved from one field to the next is another text.
    const moved = structuredClone(practices);
    moved[1]!.title = 'Jardins Partagés';
    moved[1]!.summary = '';
    expect(indexKey(bundled, moved)).not.toBe(base);
    expect(indexKey(bundled, practices.slice().reverse())).not.toBe(base);
  });
});
