import type { PracticeRecord } from './record';

/** The facts a transfer needs (after the ASTAIRE grid), beside the record's core facts. */
export type TransferFacts = Pick<
  PracticeRecord,
  | 'period'
  | 'partnerships'
  | 'publicReached'
  | 'funding'
  | 'contact'
  | 'ratings'
  | 'obstacles'
  | 'keysToSuccess'
>;

/** The transfer facts of a source that states none: nulls and empty lists, fresh each call. */
export function noTransferFacts(): TransferFacts {
  return {
    period: null,
    partnerships: [],
    publicReached: [],
    funding: [],
    contact: null,
    ratings: [],
    obstacles: [],
    keysToSuccess: [],
  };
}
