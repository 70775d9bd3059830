/**
 * The text of a file's bytes: UTF-8 (with or without a byte-order mark), or Windows-1252 when
 * the bytes are not valid UTF-8 (a CSV saved by a French spreadsheet often is).
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
