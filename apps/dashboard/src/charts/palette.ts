/**
 * Twenty colours for series, legible against white: Tableau 10 darkened, then the same hues
 * lighter (a chart with more than ten series tells them apart by tooltip and table too).
 */
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
  '#7fa8d1',
  '#f0b27a',
  '#8cc68c',
  '#e68a80',
  '#b6a2d1',
  '#c49a86',
  '#e8a6d0',
  '#0f6b5c',
  '#cfcf6a',
  '#7fcbd4',
];

/** The one colour of single-series charts. */
export const MAIN_COLOUR = '#0b5cad';
