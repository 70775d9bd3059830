import type { Problem, ProblemLocation } from '../practice/problem';
import type { TextEncodingName } from './decode-text';

/** One row of a catalogue file as read, before any conversion. */
export interface SourceRow {
  /** How messages name the row: "cat.csv line 4", "cat.json record 2", "cat.parquet row 3". */
  label: string;
  /** The same place, as values: the file and the line, record or row. */
  at?: ProblemLocation;
  /** Column (or top-level key) → value, under the file's own names. */
  cells: Record<string, unknown>;
  /** A nested practice record (JSON) rather than a flat row of dotted columns. */
  nested: boolean;
  /** Problems reading the row itself (an unclosed quote, a wrong number of fields). */
  problems: Problem[];
}

/** A catalogue file as read: its columns, its rows, and what is wrong with it as a whole. */
export interface SourceTable {
  /** How messages name the file. */
  file: string;
  /**
   * The file's column names, in order (for a rejects file). For a table of flat rows (CSV,
   * Parquet) every row has them; JSON records have their own keys.
   */
  columns: string[];
  /** Whether every row is flat under `columns` (CSV, Parquet) rather than a JSON record. */
  tabular: boolean;
  rows: SourceRow[];
  /** How a text file's bytes were read (CSV, JSON read from bytes), and whether it had a BOM. */
  encoding?: TextEncodingName;
  bom?: boolean;
  /** The cell separator of a CSV file. */
  delimiter?: string;
  /** Problems that stop any import (not a CSV, no header, not a JSON array...). */
  fileProblems: Problem[];
}
