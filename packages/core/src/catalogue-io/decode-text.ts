/** The encodings a text file is read in. */
export type TextEncodingName = 'utf-8' | 'windows-1252';

/** A text file's content, and how its bytes were read. */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file began with a UTF-8 byte-order mark (removed from `text`). */
  bom: boolean;
  /**
   * The offset of the first byte that shows the file is in neither encoding: the byte-order mark
   * of UTF-16 (offset 0), or in a file that is not UTF-8 a byte Windows-1252 leaves undefined
   * (0x81, 0x8D, 0x8F, 0x90, 0x9D). Null for a readable text. (A NUL is a character like any
   * other: a JSON text may hold one, and its CSV export must read back.)
   */
  unreadableAt: number | null;
}

// Windows-1252 differs from ISO-8859-1 in 0x80–0x9F only; 0 marks the five undefined bytes.
// Node's TextDecoder('windows-1252') decodes these as ISO-8859-1 control characters
// (nodejs/node#56542), which turns « € œ ’ – … » into invisible characters: hence this table.
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Bytes as Windows-1252; an undefined byte becomes U+FFFD and its offset is reported. */
function decodeWindows1252(bytes: Uint8Array): { text: string; unreadableAt: number | null } {
  let unreadableAt: number | null = null;
  const parts: string[] = [];
  const CHUNK = 8192;
  const codes = new Array<number>(CHUNK);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const byte = bytes[i];
      let code = byte;
      if (byte >= 0x80 && byte <= 0x9f) {
        code = CP1252_80_9F[byte - 0x80];
        if (code === 0) {
          code = 0xfffd;
          unreadableAt ??= i;
        }
      }
      codes[i - start] = code;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return { text: parts.join(''), unreadableAt };
}

/**
 * Read a text file's bytes: UTF-8 (with or without a byte-order mark, which is removed) when they
 * are valid UTF-8, else Windows-1252 (what a French spreadsheet saves as « CSV »), by its own
 * table. The one decoding path of core, for the CLI and the dashboard alike. A file in neither
 * encoding (UTF-16 with its mark, bytes undefined in Windows-1252) is decoded anyway, and
 * `unreadableAt` says where it shows.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bom ? bytes.subarray(3) : bytes,
    );
    return { text, encoding: 'utf-8', bom, unreadableAt: null };
  } catch {
    const decoded = decodeWindows1252(bytes);
    return {
      ...decoded,
      encoding: 'windows-1252',
      bom: false,
      unreadableAt: utf16 ? 0 : decoded.unreadableAt,
    };
  }
}

/** The text of a file's bytes (see {@link decodeTextFile}), without the byte-order mark. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextFile(bytes).text;
}
