import type { PolicyArea } from '../practice/policy-area';
import { ValidationError, type Problem } from '../practice/problem';
import type { Practice } from '../practice/record';
import type { SqlConnector, SqlRow, SqlValue } from './connector';
import { compilePracticeFilter, type PracticeFilter } from './practice-filter';
import {
  PRACTICE_COLUMN_LIST,
  practiceContentHash,
  practiceContentKey,
  practiceFromRow,
  practiceToRow,
} from './practice-row';
import { placeholders } from './sql-identifiers';
import {
  CREATE_STATEMENTS,
  PRACTICE_AREA_COLUMNS,
  PRACTICE_COLUMNS,
  STORE_SCHEMA_VERSION,
} from './store-schema';
import { inTransaction } from './transaction';

/** Options of {@link PracticeStore.open}. */
export interface PracticeStoreOptions {
  /** The policy-area taxonomy, written to the `policy_areas` table (replacing what was there). */
  policyAreas?: readonly PolicyArea[];
}

/** Options of {@link PracticeStore.add}. */
export interface AddPracticesOptions {
  /** How to name the practice at an index in messages (a file and line); default its id. */
  where?: (index: number) => string;
}

/** What {@link PracticeStore.add} did. */
export interface AddPracticesResult {
  /** Ids of the practices written, in input order. */
  added: string[];
  /** Ids already stored with exactly the same content: left as they were. */
  unchanged: string[];
}

// Ids per `IN (...)` when reading practices back by id.
const ID_BATCH = 500;

/**
 * The practices in a DuckDB database, behind a {@link SqlConnector}: one typed column per fact
 * (`practices`), their policy areas (`practice_areas`, in order) and the taxonomy
 * (`policy_areas`). What is added comes back exactly from `all()` and `get()`.
 *
 * Opening a database that already holds the tables (a DuckDB file) keeps its practices.
 */
export class PracticeStore {
  private constructor(
    /** The connection the store runs its SQL on (trends and exports share it). */
    readonly connector: SqlConnector,
  ) {}

  /**
   * Open the store on a connection: create its tables if they do not exist, check the version
   * of those that do, and write the taxonomy when given.
   */
  static async open(
    connector: SqlConnector,
    options: PracticeStoreOptions = {},
  ): Promise<PracticeStore> {
    for (const statement of CREATE_STATEMENTS) await connector.run(statement);
    const [version] = await connector.query<{ value: string }>(
      `SELECT value FROM essaimage_meta WHERE key = 'schema_version'`,
    );
    if (version === undefined) {
      await connector.run(`INSERT INTO essaimage_meta VALUES ('schema_version', ?)`, [
        STORE_SCHEMA_VERSION,
      ]);
    } else if (version.value !== STORE_SCHEMA_VERSION) {
      throw new Error(
        `this database holds Essaimage tables of version ${version.value}; this version reads version ${STORE_SCHEMA_VERSION}`,
      );
    }
    const store = new PracticeStore(connector);
    if (options.policyAreas) await store.setPolicyAreas(options.policyAreas);
    return store;
  }

  /** A value of the store's metadata table, or undefined. */
  async meta(key: string): Promise<string | undefined> {
    const [row] = await this.connector.query<{ value: string }>(
      `SELECT value FROM essaimage_meta WHERE key = ?`,
      [key],
    );
    return row?.value;
  }

  /** Set a value of the store's metadata table. */
  async setMeta(key: string, value: string): Promise<void> {
    await this.connector.run(`INSERT OR REPLACE INTO essaimage_meta VALUES (?, ?)`, [key, value]);
  }

  /** Replace the policy-area taxonomy. */
  async setPolicyAreas(areas: readonly PolicyArea[]): Promise<void> {
    await inTransaction(this.connector, async () => {
      await this.connector.run('DELETE FROM policy_areas');
      await this.connector.insertRows(
        'policy_areas',
        [
          { name: 'code', type: 'VARCHAR' },
          { name: 'label', type: 'VARCHAR' },
          { name: 'description', type: 'VARCHAR' },
          { name: 'territoria2017', type: 'VARCHAR' },
        ],
        areas.map((a) => [a.code, a.label, a.description, a.territoria2017]),
      );
    });
  }

  /** The policy-area taxonomy, in code order. */
  async policyAreas(): Promise<PolicyArea[]> {
    const rows = await this.connector.query(
      'SELECT code, label, description, territoria2017 FROM policy_areas ORDER BY code',
    );
    return rows.map((r) => ({
      code: String(r.code),
      label: String(r.label),
      description: String(r.description ?? ''),
      territoria2017: r.territoria2017 === null ? null : String(r.territoria2017),
    }));
  }

  /** How many practices match the filter (all of them without one). */
  async count(filter?: PracticeFilter): Promise<number> {
    const where = compilePracticeFilter(filter);
    const [row] = await this.connector.query<{ n: number }>(
      `SELECT count(*)::INTEGER AS n FROM practices p WHERE ${where.sql}`,
      where.params,
    );
    return row?.n ?? 0;
  }

  /** The ids of the practices matching the filter, in the order they were added. */
  async ids(filter?: PracticeFilter): Promise<string[]> {
    const where = compilePracticeFilter(filter);
    const rows = await this.connector.query<{ id: string }>(
      `SELECT p.id FROM practices p WHERE ${where.sql} ORDER BY p.seq`,
      where.params,
    );
    return rows.map((r) => r.id);
  }

  /** The practice with this id, or undefined. */
  async get(id: string): Promise<Practice | undefined> {
    const [practice] = await this.select('p.id = ?', [id]);
    return practice;
  }

  /** The practices matching the filter (all without one), in the order they were added. */
  async all(filter?: PracticeFilter): Promise<Practice[]> {
    const where = compilePracticeFilter(filter);
    return this.select(where.sql, where.params);
  }

  private async select(condition: string, params: readonly SqlValue[]): Promise<Practice[]> {
    const rows = await this.connector.query(
      `SELECT ${PRACTICE_COLUMN_LIST} FROM practices p WHERE ${condition} ORDER BY p.seq`,
      params,
    );
    const areaRows = await this.connector.query<{ practice_id: string; area: string }>(
      `SELECT a.practice_id, a.area FROM practice_areas a
       WHERE a.practice_id IN (SELECT p.id FROM practices p WHERE ${condition})
       ORDER BY a.practice_id, a.ord`,
      params,
    );
    const areas = new Map<string, string[]>();
    for (const { practice_id: id, area } of areaRows) {
      const list = areas.get(id);
      if (list) list.push(area);
      else areas.set(id, [area]);
    }
    return rows.map((row: SqlRow) => practiceFromRow(row, areas.get(String(row.id)) ?? []));
  }

  private async storedAmong(ids: readonly string[]): Promise<Map<string, Practice>> {
    const stored = new Map<string, Practice>();
    for (let start = 0; start < ids.length; start += ID_BATCH) {
      const batch = ids.slice(start, start + ID_BATCH);
      for (const practice of await this.select(`p.id IN (${placeholders(batch.length)})`, batch)) {
        stored.set(practice.id, practice);
      }
    }
    return stored;
  }

  /**
   * Add practices, all or none, in one transaction. A practice already stored with the same
   * content is left alone (adding the same catalogue twice duplicates nothing); one whose id is
   * stored with other content, or an id given twice, refuses the whole call with a
   * ValidationError naming each (nothing is written).
   */
  async add(
    practices: readonly Practice[],
    options: AddPracticesOptions = {},
  ): Promise<AddPracticesResult> {
    const label = (i: number) => options.where?.(i) ?? `practice "${practices[i].id}"`;
    const problems: Problem[] = [];
    const firstIndex = new Map<string, number>();
    practices.forEach((p, i) => {
      const first = firstIndex.get(p.id);
      if (first === undefined) firstIndex.set(p.id, i);
      else {
        problems.push({
          code: 'duplicate',
          values: { value: p.id, other: label(first) },
          where: label(i),
          field: 'id',
          expected: `an id not used by another practice of the input (${label(first)} has it)`,
          found: JSON.stringify(p.id),
        });
      }
    });
    // Stored ids and content hashes: an incoming practice with the same hash is unchanged; only
    // those whose hash differs are read back, to name the fields that differ.
    const storedHash = new Map(
      (
        await this.connector.query<{ id: string; content_hash: string }>(
          'SELECT id, content_hash FROM practices',
        )
      ).map((r) => [r.id, r.content_hash]),
    );
    const differing = practices
      .filter((p) => {
        const hash = storedHash.get(p.id);
        return hash !== undefined && hash !== practiceContentHash(p);
      })
      .map((p) => p.id);
    const stored = await this.storedAmong(differing);
    const added: string[] = [];
    const unchanged: string[] = [];
    const fresh: Practice[] = [];
    practices.forEach((p, i) => {
      if (firstIndex.get(p.id) !== i) return;
      const old = stored.get(p.id);
      if (!storedHash.has(p.id)) {
        fresh.push(p);
        added.push(p.id);
      } else if (old === undefined || practiceContentKey(old) === practiceContentKey(p)) {
        unchanged.push(p.id);
      } else {
        problems.push({
          code: 'conflict',
          values: { value: p.id, other: differingFields(old, p).join(', ') },
          where: label(i),
          field: 'id',
          expected: 'a new id, or exactly the practice already stored under it',
          found: `${JSON.stringify(p.id)}, stored with different content (${differingFields(old, p).join(', ')})`,
        });
      }
    });
    if (problems.length > 0) {
      throw new ValidationError(problems, 'nothing written');
    }
    if (fresh.length > 0) {
      await inTransaction(this.connector, async () => {
        const [row] = await this.connector.query<{ next: number }>(
          'SELECT (coalesce(max(seq), 0) + 1)::INTEGER AS next FROM practices',
        );
        const next = row?.next ?? 1;
        await this.connector.insertRows(
          'practices',
          PRACTICE_COLUMNS,
          fresh.map((p, i) => practiceToRow(p, next + i)),
        );
        await this.connector.insertRows(
          'practice_areas',
          PRACTICE_AREA_COLUMNS,
          fresh.flatMap((p) => p.policyAreas.map((area, ord) => [p.id, ord, area])),
        );
      });
    }
    return { added, unchanged };
  }

  /** Close the connection. */
  async close(): Promise<void> {
    await this.connector.close();
  }
}

/** The top-level fields in which two practices differ. */
function differingFields(a: Practice, b: Practice): string[] {
  const keys = Object.keys(a) as Array<keyof Practice>;
  return keys.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
}
