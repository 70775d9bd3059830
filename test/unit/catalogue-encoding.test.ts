import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkCatalogueTable,
  decodeText,
  decodeTextFile,
  readCsvTable,
} from '../../packages/core/src/catalogue-io';
import { loadOfficialGeography, loadPolicyAreas } from '../../packages/core/src/node';
import { runMain } from '../e2e/cli-in-process';

const dir = mkdtempSync(join(tmpdir(), 'essaimage-encoding-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The bytes of the reproduction: a French spreadsheet's « CSV » in Windows-1252.
const HEADER =
  'title;summary;collectivity.name;collectivity.kind;collectivity.code;source.document\r\n';
const CP1252_ROW = Buffer.concat([
  Buffer.from(HEADER, 'latin1'),
  Buffer.from([
    ...Buffer.from('C', 'latin1'),
    0x9c,
    ...Buffer.from('ur de ville ', 'latin1'),
    0x96,
    ...Buffer.from(' l', 'latin1'),
    0x92,
    0x9c,
    ...Buffer.from('uvre;Co', 'latin1'),
    0xfb,
    ...Buffer.from('t 19 000 ', 'latin1'),
    0x80,
    ...Buffer.from(';Damparis;commune;39189;doc\r\n', 'latin1'),
  ]),
]);

describe('decodeTextFile', () => {
  it('reads the 27 characters Windows-1252 puts in 0x80–0x9F, and says it used it', () => {
    const defined = [...Array(32).keys()]
      .map((i) => 0x80 + i)
      .filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const decoded = decodeTextFile(new Uint8Array([0xe9, ...defined]));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.unreadableAt).toBeNull();
    // Written out as characters, independently of the decoder's table.
    expect(decoded.text).toBe('é€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  });

  it('reads UTF-8 with and without a byte-order mark, removing the mark', () => {
    const utf8 = Buffer.from('Cœur – 19 000 €', 'utf8');
    expect(decodeTextFile(utf8)).toEqual({
      text: 'Cœur – 19 000 €',
      encoding: 'utf-8',
      bom: false,
      unreadableAt: null,
    });
    const withBom = decodeTextFile(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]));
    expect(withBom).toMatchObject({ text: 'Cœur – 19 000 €', encoding: 'utf-8', bom: true });
  });

  it('says where a file shows it is in neither encoding (an undefined byte, UTF-16)', () => {
    expect(decodeTextFile(new Uint8Array([0x41, 0xe9, 0x81])).unreadableAt).toBe(2);
    expect(decodeTextFile(Buffer.from('\uFEFFa', 'utf16le')).unreadableAt).toBe(0);
    // A NUL is a character: what a JSON text holds must read back from its CSV export.
    expect(decodeTextFile(Buffer.from('a\u0000b', 'utf8'))).toMatchObject({
      text: 'a\u0000b',
      unreadableAt: null,
    });
  });
});

describe('a French spreadsheet file through the CLI', () => {
  it('imports the issue reproduction intact, with the id the dashboard gives', async () => {
    const path = join(dir, 'cp.csv');
    writeFileSync(path, CP1252_ROW);
    const run = await runMain([
      'import',
      path,
      '--without-corpus',
      '--db',
      join(dir, 'cp.duckdb'),
      '--json',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const [id] = (JSON.parse(run.stdout) as { added: string[] }).added;
    const out = join(dir, 'cp-out.json');
    expect((await runMain(['export', '--db', join(dir, 'cp.duckdb'), '--out', out])).code).toBe(0);
    const [practice] = JSON.parse(readFileSync(out, 'utf8')) as Array<{
      id: string;
      title: string;
      summary: string;
    }>;
    expect(practice.title).toBe('Cœur de ville – l’œuvre');
    expect(practice.summary).toBe('Coût 19 000 €');
    // What the dashboard's import does with the same bytes (decodeText, readCsvTable, check).
    const dashboard = checkCatalogueTable(readCsvTable(decodeText(CP1252_ROW), 'cp.csv'), {
      geography: loadOfficialGeography(),
      policyAreas: new Set(loadPolicyAreas().map((a) => a.code)),
      emptyIsNull: true,
    });
    expect(dashboard.practices.map((p) => p.id)).toEqual([id]);
    expect(id).toBe('39189-coeur-de-ville-l-oeuvre');
  });

  it('refuses a file in neither encoding, by name, and imports nothing', async () => {
    const path = join(dir, 'utf16.csv');
    writeFileSync(path, Buffer.from(`\uFEFF${HEADER}`, 'utf16le'));
    const run = await runMain(['import', path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('utf16.csv');
    expect(run.stderr).toMatch(/UTF-8|Windows-1252/);
  });
});
