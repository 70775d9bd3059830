/** Ten colours distinguishable by most people and legible against white (Tableau 10, darkened). */
export const CATEGORY_COLOURS = [
  '#2f6fa7',
  '#e07b22',
  '#3a8f3a',
  '#c0392b',
  '#7b5ea7',
  '#8c5a44',
  '#cc5aa6',
  '#5f6b6d',
  '#9a9a1f',
  '#1a9aa8',
];

/** The one colour of single-series charts. */
export const MAIN_COLOUR = '#0b5cad';
