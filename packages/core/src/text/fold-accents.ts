const COMBINING_MARKS = /\p{M}/gu;
const LIGATURES = /[œæ]/g;

/**
 * Lower-cases `text` and removes its accents: canonical decomposition (NFD), combining marks
 * stripped, ligatures spelled out (œ → oe, æ → ae). "Énergétique" → "energetique".
 */
export function foldAccents(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(LIGATURES, (ligature) => (ligature === 'œ' ? 'oe' : 'ae'));
}
