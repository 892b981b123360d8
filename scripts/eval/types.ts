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
  /**
   * Benchmark spinners: true when the thesauri the restorer reads (Moby, WordNet) do not pair
   * the original with the substitute (drawn from mythes or a rule-made rewrite).
   */
  readonly outside?: boolean;
}

/** Benchmark spinner families (scripts/eval/benchSpinners.ts). */
export type Family = 'news' | 'wnfirst' | 'alpha' | 'spinbot' | 'mt';
/** Benchmark document shapes: 30-300 words, 1,000-5,000 words, spun and genuine paragraphs. */
export type Shape = 'short' | 'long' | 'mixed';

export type SetName =
  | 'stress-random'
  | 'spun-news'
  | 'spun-wordnet'
  | `${Family}-${Shape}`
  | 'clean-short'
  | 'clean-long'
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
  /** Benchmark documents: the genre of the source text (`sotu`). */
  readonly genre?: string;
  readonly family?: Family;
  /** The spinner whose table spun it (`news-tune`). */
  readonly spinner?: string;
  readonly shape?: Shape;
  /** Mixed documents: spans of `spun` holding genuine (unspun) paragraphs. */
  readonly genuine?: ReadonlyArray<readonly [number, number]>;
}
