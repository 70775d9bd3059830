import type { GeoEntity } from '@essaimage/core';
import { withinEdits } from './prefix-edits';

/** Lower-case, without accents, hyphens and apostrophes as spaces: "Saint-Étienne" → "saint etienne". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[-'’_.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** {@link normalizeName}, with « st », « ste » read as « saint », « sainte ». */
export function normalizeQuery(text: string): string {
  return normalizeName(text)
    .split(' ')
    .map((word) => (word === 'st' ? 'saint' : word === 'ste' ? 'sainte' : word))
    .join(' ');
}

const KIND_RANK = { region: 0, departement: 1, commune: 2, epci: 3 } as const;

/** How an entity matched, best first: its code, its whole name, a later word of it, a typo. */
const enum Match {
  Code = 0,
  ExactName = 1,
  WholeName = 2,
  LaterWord = 3,
  Context = 4,
  Typo = 5,
}

/** A collectivity's code or postcode as typed: digits, or Corsica's 2A/2B. */
const CODE = /^(\d[\dab]\d{0,7})$/;

/**
 * The collectivity autocomplete. A name is found from its start, or from any later word of it
 * ("Pays de Pamiers" for "pamiers"), accents, case, hyphens and « st »/« saint » aside; a word
 * left over may name the department or region ("saint paul reunion"); a name with one typo (two
 * from 10 letters on) is found when nothing starts so. A code is an INSEE code, a postcode, an
 * EPCI's SIREN, a department's or a region's code. Keys are sorted once: a name query is a
 * binary search for its prefix range.
 */
export class CollectivitySearch {
  private readonly keys: string[];
  private readonly owners: Int32Array;
  /** 0 when the key is the whole name, 1 when it starts at a later word. */
  private readonly later: Uint8Array;
  /** Each entity's whole name, normalised, in entity order (for typos and exact matches). */
  private readonly names: string[];
  /** Entity indices by code and by postcode. */
  private readonly byCode = new Map<string, number[]>();
  /** The words of each department's and region's name, by code, for "saint paul reunion". */
  private readonly places = new Map<string, string[]>();

  /**
   * @param postcodes for each entity (same order), its postcodes; communes only have them.
   */
  constructor(
    private readonly entities: readonly GeoEntity[],
    postcodes: readonly (readonly string[])[] = [],
  ) {
    const keys: string[] = [];
    const owners: number[] = [];
    const later: number[] = [];
    this.names = entities.map((entity) => normalizeQuery(entity.name));
    const addCode = (code: string, index: number) => {
      const list = this.byCode.get(code);
      if (list) {
        if (list[list.length - 1] !== index) list.push(index);
      } else this.byCode.set(code, [index]);
    };
    entities.forEach((entity, index) => {
      addCode(entity.code.toLowerCase(), index);
      for (const postcode of postcodes[index] ?? []) addCode(postcode, index);
      if (entity.kind === 'departement' || entity.kind === 'region')
        this.places.set(`${entity.kind}:${entity.code}`, this.names[index].split(' '));
      const name = this.names[index];
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

  /** Up to `limit` entities for the text typed, best first. */
  search(text: string, limit = 8): GeoEntity[] {
    const query = normalizeQuery(text);
    if (query === '') return [];
    const found = new Map<number, Match>();
    const add = (index: number, match: Match) => {
      const previous = found.get(index);
      if (previous === undefined || match < previous) found.set(index, match);
    };
    const compact = query.replace(/ /g, '');
    if (CODE.test(compact)) {
      for (const index of this.byCode.get(compact) ?? []) add(index, Match.Code);
    }
    this.prefixRange(query, (index, whole) =>
      add(
        index,
        this.names[index] === query ? Match.ExactName : whole ? Match.WholeName : Match.LaterWord,
      ),
    );
    if (found.size < limit) this.byContext(query, add);
    if (found.size === 0 && compact.length >= 4 && !/\d/.test(compact)) {
      const edits = query.length >= 10 ? 2 : 1;
      const first = query.charCodeAt(0);
      this.names.forEach((name, index) => {
        if (name.charCodeAt(0) === first && withinEdits(query, name, edits)) add(index, Match.Typo);
      });
    }
    return [...found.entries()]
      .sort(([a, ma], [b, mb]) => {
        const ea = this.entities[a];
        const eb = this.entities[b];
        return (
          ma - mb ||
          (eb.population ?? 0) - (ea.population ?? 0) ||
          KIND_RANK[ea.kind] - KIND_RANK[eb.kind] ||
          ea.code.localeCompare(eb.code)
        );
      })
      .slice(0, limit)
      .map(([index]) => this.entities[index]);
  }

  /**
   * The entities the text designates exactly and alone (its code, or its whole name), for a
   * text left without picking from the list; empty when none or several do.
   */
  exact(text: string): GeoEntity | null {
    const query = normalizeQuery(text);
    const compact = query.replace(/ /g, '');
    const byCode = CODE.test(compact) ? (this.byCode.get(compact) ?? []) : [];
    const entity = (index: number) => this.entities[index];
    if (byCode.length === 1 && entity(byCode[0]).code.toLowerCase() === compact)
      return entity(byCode[0]);
    const named: number[] = [];
    this.prefixRange(query, (index, whole) => {
      if (whole && this.names[index] === query) named.push(index);
    });
    return named.length === 1 ? entity(named[0]) : null;
  }

  /** Calls `visit` for every key starting with `prefix` (whole: the key is the whole name). */
  private prefixRange(prefix: string, visit: (index: number, whole: boolean) => void): void {
    let low = 0;
    let high = this.keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.keys[mid] < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.keys.length && this.keys[i].startsWith(prefix); i++)
      visit(this.owners[i], this.later[i] === 0);
  }

  /** "saint paul reunion", "saint paul 974": a name, then words of its department or region. */
  private byContext(query: string, add: (index: number, match: Match) => void): void {
    const words = query.split(' ');
    for (let k = words.length - 1; k >= 1; k--) {
      const context = words.slice(k);
      this.prefixRange(words.slice(0, k).join(' '), (index, whole) => {
        if (!whole) return;
        const e = this.entities[index];
        const around = [
          ...(e.department
            ? [e.department, ...(this.places.get(`departement:${e.department}`) ?? [])]
            : []),
          ...(e.region ? (this.places.get(`region:${e.region}`) ?? []) : []),
        ];
        if (context.every((word) => around.some((place) => place.startsWith(word))))
          add(index, Match.Context);
      });
    }
  }
}
