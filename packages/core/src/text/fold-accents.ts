const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES = /[œæ]/g;

/**
 * Lower-cases `text` and removes its accents: canonical decomposition (NFD), combining marks
 * stripped, ligatures spelled out (œ → oe, æ → ae). "Énergétique" → "energetique".
 */
export function foldAccents(text: string): string {
  // ASCII has no decomposition, mark or ligature: lower case is all there is to do.
  if (isAscii(text)) return text.toLowerCase();
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, (ligature) => (ligature === 'œ' ? 'oe' : 'ae'));
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}
