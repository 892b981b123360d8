// The committed dev-set format (one JSON file per document under eval/dev/<slice>/<set>/).

/** One spinner substitution, with offsets in the spun text. */
export interface Substitution {
  readonly start: number;
  readonly end: number;
  /** The text the spinner replaced (what a perfect restorer writes back). */
  readonly original: string;
  /** The spun text, equal to `spun.slice(start, end)`. */
  readonly spun: string;
  /** Other restorations that count as right (tortured phrases with several canonical forms). */
  readonly alternatives?: readonly string[];
}

export type SetName =
  | 'spun-news'
  | 'spun-wordnet'
  | 'clean'
  | 'clean-email'
  | 'clean-novel'
  | 'clean-news'
  | 'clean-science'
  | 'clean-manual'
  | 'tortured'
  | 'tortured-other'
  | 'tortured-clean'
  | 'real';

export interface DevDocument {
  readonly id: string;
  readonly set: SetName;
  /** Where the text comes from (SOTU file, or dictionary lines). */
  readonly source: string;
  readonly original: string;
  readonly spun: string;
  /** Sorted by start; non-overlapping. */
  readonly substitutions: readonly Substitution[];
}
