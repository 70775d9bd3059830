import { foldText } from './fold';

const MAX_ID_LENGTH = 80;

/**
 * A stable slug id for a record that has none: its collectivity's official code (its name when
 * it has no code) and its title, folded to lower-case ASCII words joined by dashes and cut at
 * 80 characters on a word boundary. "81004" + "Démarche pour une agriculture…" gives
 * `81004-demarche-pour-une-agriculture-…`. The same row always gets the same id, so importing a
 * file again duplicates nothing.
 */
export function deriveId(code: string | null, name: string, title: string): string {
  const words = foldText(`${code ?? name} ${title}`)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let id = '';
  for (const word of words) {
    const next = id === '' ? word : `${id}-${word}`;
    if (next.length > MAX_ID_LENGTH) break;
    id = next;
  }
  return id === '' ? (words[0]?.slice(0, MAX_ID_LENGTH) ?? '') : id;
}

/** A nested record with its id derived (see {@link deriveId}) when it has none. */
export function withDerivedId(record: Record<string, unknown>): Record<string, unknown> {
  if (typeof record.id === 'string' && record.id.trim() !== '') return record;
  const ref = record.collectivity;
  const collectivity = (ref !== null && typeof ref === 'object' ? ref : {}) as Record<
    string,
    unknown
  >;
  const code = typeof collectivity.code === 'string' ? collectivity.code : null;
  const name = typeof collectivity.name === 'string' ? collectivity.name : '';
  const title = typeof record.title === 'string' ? record.title : '';
  return { ...record, id: deriveId(code, name, title) };
}
