import type { GeoEntity } from '@essaimage/core';

/** Lower-case, without accents, hyphens and apostrophes as spaces: "Saint-Étienne" → "saint etienne". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’_.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const KIND_RANK = { region: 0, departement: 1, commune: 2, epci: 3 } as const;

/**
 * Accent-insensitive prefix search over collectivity names. Keys are sorted once, a query is a
 * binary search for the prefix range: a whole-name match ranks before a match of a later word
 * ("Pays de Pamiers" for "pamiers"), then larger populations first.
 */
export class CollectivitySearch {
  private readonly keys: string[];
  private readonly owners: Int32Array;
  /** 0 when the key is the whole name, 1 when it starts at a later word. */
  private readonly later: Uint8Array;

  constructor(private readonly entities: readonly GeoEntity[]) {
    const keys: string[] = [];
    const owners: number[] = [];
    const later: number[] = [];
    entities.forEach((entity, index) => {
      const name = normalizeName(entity.name);
      keys.push(name);
      owners.push(index);
      later.push(0);
      if (!name.includes(' ')) return;
      const words = name.split(' ');
      for (let w = 1; w < words.length; w++) {
        if (words[w].length < 3) continue;
        keys.push(words.slice(w).join(' '));
        owners.push(index);
        later.push(1);
      }
    });
    // Sort an index array (cheaper than sorting tuples): key, then entity order.
    const order = new Int32Array(keys.length).map((_v, i) => i);
    order.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : owners[a] - owners[b]));
    this.keys = Array.from(order, (i) => keys[i]);
    this.owners = Int32Array.from(order, (i) => owners[i]);
    this.later = Uint8Array.from(order, (i) => later[i]);
  }

  /** Up to `limit` entities whose name (or a word of it) starts with `text`. */
  search(text: string, limit = 8): GeoEntity[] {
    const prefix = normalizeName(text);
    if (prefix === '') return [];
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.keys[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    const found = new Map<number, { exact: boolean; whole: boolean }>();
    for (let i = low; i < this.keys.length && this.keys[i].startsWith(prefix); i++) {
      const owner = this.owners[i];
      const whole = this.later[i] === 0;
      const previous = found.get(owner);
      if (!previous || (whole && !previous.whole))
        found.set(owner, { exact: this.keys[i] === prefix, whole });
    }
    return [...found.entries()]
      .sort(([a, fa], [b, fb]) => {
        const ea = this.entities[a];
        const eb = this.entities[b];
        return (
          Number(fb.exact) - Number(fa.exact) ||
          Number(fb.whole) - Number(fa.whole) ||
          (eb.population ?? 0) - (ea.population ?? 0) ||
          KIND_RANK[ea.kind] - KIND_RANK[eb.kind] ||
          ea.code.localeCompare(eb.code)
        );
      })
      .slice(0, limit)
      .map(([index]) => this.entities[index]);
  }
}
