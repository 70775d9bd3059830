import { describeValue } from '../practice/problem';
import type { SourceRow, SourceTable } from './source-table';

/** The line and column of an offset, for a JSON syntax error. */
function location(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

function position(text: string, offset: number): string {
  const { line, column } = location(text, offset);
  return `line ${line}, column ${column}`;
}

/**
 * Read a JSON catalogue: an array of practice records, each nested (as in data/practices.json)
 * or flat with dotted keys ("collectivity.code": "39189"). Rows are labelled "record n".
 */
export function readJsonTable(input: string, file: string): SourceTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return {
      file,
      columns: [],
      tabular: false,
      rows: [],
      fileProblems: [
        {
          code: 'bad-file',
          values: { detail: message, format: 'json', lacks: 'syntax' },
          where: at ? `${file} ${position(text, Number(at[1]))}` : file,
          at: { file, ...(at ? location(text, Number(at[1])) : {}) },
          field: '',
          expected: 'valid JSON',
          found: message,
        },
      ],
    };
  }
  if (!Array.isArray(data)) {
    return {
      file,
      columns: [],
      tabular: false,
      rows: [],
      fileProblems: [
        {
          code: 'wrong-type',
          values: { value: data },
          where: file,
          at: { file },
          field: '',
          expected: 'a JSON array of practice records',
          found: describeValue(data),
        },
      ],
    };
  }
  const columns = new Set<string>();
  const rows: SourceRow[] = data.map((item: unknown, i) => {
    const label = `${file} record ${i + 1}`;
    const at = { file, record: i + 1 };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      return {
        label,
        at,
        cells: {},
        nested: true,
        problems: [
          {
            code: 'wrong-type',
            values: { value: item },
            where: label,
            at,
            field: '',
            expected: 'a practice object',
            found: describeValue(item),
          },
        ],
      };
    }
    const cells = item as Record<string, unknown>;
    const keys = Object.keys(cells);
    keys.forEach((k) => columns.add(k));
    return { label, at, cells, nested: !keys.some((k) => k.includes('.')), problems: [] };
  });
  return { file, columns: [...columns], tabular: false, rows, fileProblems: [] };
}
