/**
 * What a result tells its reader besides the practices, as codes the CLI and the dashboard word
 * in French for their own user:
 * - `need-too-vague`: the need holds only words that say little (aider, utiliser, mettre en place…);
 * - `nothing-relevant`: no practice covers enough of the need to be an answer;
 * - `fit-weights-reset`: every fit weight was 0; the defaults were used;
 * - `relevance-weight-raised`: the relevance weight was under its minimum, which was used.
 */
export type NoticeCode =
  'need-too-vague' | 'nothing-relevant' | 'fit-weights-reset' | 'relevance-weight-raised';

/** A notice and the values it is about. */
export interface Notice {
  code: NoticeCode;
  /** For a weight notice, the value given and the one used. */
  given?: number;
  used?: number;
}
