import type { ColumnChoice } from '../engine/engine-api';

const KEY = 'essaimage:correspondances-de-colonnes';

/** The column mappings saved in this browser: a file's column name → the record column. */
export function loadSavedMapping(): Record<string, string> {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? '{}') as unknown;
    return saved && typeof saved === 'object' ? (saved as Record<string, string>) : {};
  } catch {
    return {}; // unreadable (private mode, a hand-edited value): nothing saved
  }
}

/** Add these choices to the saved mapping (a later choice for the same column replaces it). */
export function saveMapping(choices: readonly ColumnChoice[]): void {
  const saved = { ...loadSavedMapping(), ...Object.fromEntries(choices) };
  localStorage.setItem(KEY, JSON.stringify(saved));
}
