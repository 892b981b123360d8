// The data model shared by the core, the loaders, the reporters and the CLI.
// Offsets are UTF-16 code units (JS string indices); spans are half-open [start, end).

export type Span = readonly [start: number, end: number];

/** Which markup a text is written in (chosen by file extension): only its prose is restored. */
export type TextFormat = 'plain' | 'markdown' | 'html' | 'latex';

export type TokenKind =
  | 'word' // letters, with inner apostrophes/hyphens/periods of abbreviations (U.S., Mexico’s, ex-Mexican)
  | 'number' // 14, 90,000, 3.5, 1990s
  | 'punct' // any other non-space character
  | 'space' // spaces and tabs (no line break)
  | 'newline' // \n, \r\n or \r (one token per break)
  | 'url' // http(s)://…, www.…  — never rewritten
  | 'email'; // a@b.c — never rewritten

export interface Token {
  readonly kind: TokenKind;
  /** The exact text of the token in the input. */
  readonly text: string;
  /** Lowercase, curly quotes/apostrophes folded to ASCII, NFC. Equal to `text` for non-words. */
  readonly norm: string;
  readonly span: Span;
}

/** Conditions under which a dictionary entry applies (from its flags). */
export interface EntryConditions {
  /** Every one of these terms must occur somewhere in the document (PPS `AND`). */
  readonly requires: readonly string[];
  /** The entry does not apply when any of these terms occurs in the document (PPS `NOT`). */
  readonly excludes: readonly string[];
  /** The words of the spun phrase may stand up to this many words apart (PPS `"a b"~N`). */
  readonly proximity?: number;
}

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv' | 'other';

export interface EntryExample {
  readonly spun: string;
  readonly restored: string;
}

/** One line of a phrase dictionary. */
export interface PhraseEntry {
  /** The spun phrase as written in the dictionary. */
  readonly spun: string;
  /** Normalized word tokens of the spun phrase (see normalizeWord). */
  readonly words: readonly string[];
  /** One or more canonical restorations; the first is preferred. */
  readonly canonical: readonly string[];
  /** Never applied automatically: reported as a suggestion only. */
  readonly suggestOnly: boolean;
  /**
   * A spinner's word swap, not a fixed rewrite: the decoder proposes `canonical` as a candidate
   * original of `spun` and decides in context with the LM. `prior` is then the chance that the
   * spun form replaced the original in a document that shows this spinner's sure phrases.
   */
  readonly channel?: boolean;
  /**
   * `lower`: applies only where the text writes the spun words after the first in lower case,
   * as the spinner does ("search engines like google"; "like Google" is the writer's own).
   */
  readonly lowercase?: boolean;
  readonly conditions: EntryConditions;
  /** Part of speech of the phrase, for inflection transfer (default: guessed). */
  readonly pos?: PartOfSpeech;
  /** Where the entry comes from (e.g. `pps`, `curated`). */
  readonly source: string;
  /** Prior weight that the spun phrase, when seen, is really spun: 0..1. */
  readonly prior: number;
  /** Name of the dictionary that holds it (file basename without extension). */
  readonly dictionary: string;
  /** 1-based line in the dictionary file. */
  readonly line: number;
  readonly examples: readonly EntryExample[];
}

export interface Dictionary {
  readonly name: string;
  /** File path or a descriptive origin. */
  readonly origin: string;
  /** `#! key: value` header lines (source, licence, description…). */
  readonly meta: Readonly<Record<string, string>>;
  readonly entries: readonly PhraseEntry[];
  /** Loaded from the user's --dict (not shipped): its one-word forms apply alone. */
  readonly user?: boolean;
}

/** A word-trie match of a dictionary phrase over the token stream. */
export interface PhraseMatch {
  readonly entry: PhraseEntry;
  /** Indexes into the token array: first and last word token (inclusive). */
  readonly firstToken: number;
  readonly lastToken: number;
}

/** Irregular inflections (from WordNet's exception lists), both ways. */
export interface Inflections {
  /** Base form(s) of an irregular inflected form: `went` -> [`go`]. */
  lemmas(form: string, pos: PartOfSpeech): readonly string[];
  /** Irregular forms of a base: `go` -> [`went`] (plural, past, participle unknown: all forms). */
  forms(lemma: string, pos: PartOfSpeech): readonly string[];
}

/** An n-gram language model (log10 probabilities, Katz back-off). */
export interface LanguageModel {
  readonly order: number;
  /** Id of a lowercase word, or -1 if unknown. `<s>` and `</s>` have ids. */
  id(word: string): number;
  /** log10 P(w | history), history ids oldest first (only the last order-1 are used); -1 ids = <unk>. */
  logProb(history: readonly number[], word: number): number;
  readonly vocabularySize: number;
  /** Longest n-gram order the model holds for (history, word): 3, 2, 1; 0 for an unknown word. */
  matchOrder?(history: readonly number[], word: number): number;
}

export type ThesaurusSource = 'moby' | 'wordnet';

export interface ThesaurusCandidate {
  /** The candidate original (lowercase, may be several words). */
  readonly text: string;
  /** Which thesauri list the observed word as a synonym of `text`. */
  readonly sources: readonly ThesaurusSource[];
  /** WordNet first-synonym spinner: the observed word is the first lemma of a synset of `text`. */
  readonly firstLemma: boolean;
  /** log10 P(observed | text) under the thesaurus's channel model, when it has one. */
  readonly channel?: number;
  /**
   * Spinner fingerprints: bits of the rules that write the observed word for `text` (the rule
   * flags of src/dictionary/thesaurusFormat.ts shifted down, RULE_* in src/core/familyEvidence.ts:
   * alphabetically first synonym, WordNet first or next lemma of a commonest sense…).
   */
  readonly rules?: number;
  /**
   * A curated spinner swap (`channel` dictionary entry): the chance that the observed word
   * replaced `text` in a document that shows the spinner's sure phrases.
   */
  readonly spinner?: {
    readonly prior: number;
    readonly dictionary: string;
    /** The spinner family: the `source` of the entry, whose sure phrases gate it. */
    readonly family: string;
    /** The entry's `lower` flag: only where the written words after the first are lower case. */
    readonly lowercase?: boolean;
  };
}

/** A reversed thesaurus: for a word seen in the text, the words it may have replaced. */
export interface Thesaurus {
  /** Candidates for a normalized word or space-joined phrase; empty when none. */
  originals(spun: string): readonly ThesaurusCandidate[];
  /** Longest spun phrase (in words) the thesaurus has keys for. */
  readonly maxPhraseWords: number;
}

export type EditSource = string; // dictionary name, `moby`, `wordnet`

export interface Alternative {
  readonly text: string;
  readonly source: EditSource;
  readonly prior: number;
  /** log10 LM score of the best sentence path with this option (when the LM was used). */
  readonly lm?: number;
  /** Combined decoder score (higher is better). */
  readonly score: number;
}

export interface Edit {
  readonly span: Span;
  /** The text currently at `span`. */
  readonly actual: string;
  /** The restoration, with case and inflection carried over. */
  readonly text: string;
  /** Other options considered, best first (the chosen one included, first). */
  readonly alternatives: readonly Alternative[];
  /** Probability that the restoration is right: 0..1. */
  readonly confidence: number;
  readonly source: EditSource;
  /** Human-readable evidence: `dictionary tortured-phrases line 12`, `LM +3.2`, … */
  readonly reasons: readonly string[];
  /** Never applied automatically (flagged entry, or no clean restoration). */
  readonly suggestOnly: boolean;
}

export interface ApplyResult {
  readonly output: string;
  readonly applied: readonly Edit[];
  /** Edits not applied: overlapping a better one. */
  readonly skipped: readonly Edit[];
}

export interface RestoreOptions {
  readonly dictionaries: readonly Dictionary[];
  readonly inflections?: Inflections;
  /** Context engine inputs; without them only dictionary phrases are used. */
  readonly lm?: LanguageModel;
  readonly thesaurus?: Thesaurus;
  /** Use the context engine (LM + thesaurus). Default true when lm is given. */
  readonly context?: boolean;
  /** Edits at or above this confidence are applied; the rest are suggestions. Default 0.8. */
  readonly minConfidence?: number;
  /** The thesaurus decision model (loadDecisionModel); without it no thesaurus change is made. */
  readonly model?: TreeModel;
  /**
   * Receives every candidate considered in the decoder's last pass: the thesaurus candidates the
   * model scored (`scored`, for training), the other originals and the dictionary phrases' options
   * (for the --trace view and debugging).
   */
  readonly trace?: (row: CandidateTrace) => void;
  /**
   * The text's markup, whose tags, code, commands and URLs are never rewritten. Default: plain,
   * or Markdown where the text looks like it (fenced code, an ATX heading or a link): its indented
   * code blocks are then protected too.
   */
  readonly format?: TextFormat;
  /** Phrases and words never changed (whole words, any case): the user's allow-list. */
  readonly allow?: readonly string[];
  /**
   * An earlier run found this text spun and repaired it (the CLI keeps that beside the file it
   * wrote): the text shows spin (`RestoreResult.showsSpin`) even where its surest phrases are
   * now restored. It changes what is suggested, never what is applied.
   */
  readonly spun?: boolean;
  /**
   * Which suggestions are returned: `all`; `some` (default of the CLI): in a text that shows
   * spin, those at 0.5 or more and every dictionary phrase's; `none`. Default `all`.
   */
  readonly suggestions?: SuggestionLevel;
  /** Called after each section of a long text (sections.ts): `done` of `total`. */
  readonly progress?: (done: number, total: number) => void;
}

export type SuggestionLevel = 'none' | 'some' | 'all';

/** Why the decoder chose a candidate at its place, or not. */
export type TraceVerdict =
  | { readonly kind: 'chosen' }
  /** Another original of the written words, or another restoration of the phrase, is likelier. */
  | { readonly kind: 'lost'; readonly to: string }
  /** Not among the best originals of its written word by noisy-channel score: not scored. */
  | { readonly kind: 'unranked'; readonly rank: number; readonly of: number };

/** A candidate considered at a place, and its evidence before the decision. */
export interface TraceEvidence {
  readonly span: Span;
  /** The written text at `span`. */
  readonly actual: string;
  readonly text: string;
  /** A dictionary phrase, or a thesaurus original (a curated spinner swap included). */
  readonly source: 'dictionary' | 'thesaurus';
  /** The dictionary (phrases, curated swaps) or the thesauri that list the pair (`moby+wordnet`). */
  readonly origin: string;
  /** The prior of the dictionary entry or curated swap. */
  readonly prior?: number;
  /** Thesaurus: log10 P(written | original) under the document's spinner gate. */
  readonly channel?: number;
  /** The LM gain (log10) of the change here, in the last pass's context (absent without LM). */
  readonly gain?: number;
  /** Thesaurus: the LM evidence over the written word type's occurrences. */
  readonly typeGain?: number;
}

interface TraceRow extends TraceEvidence {
  readonly verdict: TraceVerdict;
  /** The candidate chosen at this place (verdict `chosen`). */
  readonly chosen: boolean;
}

/** A thesaurus candidate the decision model scored (see src/core/decode/features.ts). */
export interface ScoredTrace extends TraceRow {
  readonly scored: true;
  readonly source: 'thesaurus';
  /** In the order of FEATURE_NAMES. */
  readonly features: readonly number[];
  /** The model's log-odds, before calibration (-Infinity without a model). */
  readonly logit: number;
  /** The model's calibrated probability (0 without a model). */
  readonly model: number;
  /** For a swap a known spinner makes: the probability from the spinner's evidence. */
  readonly spinner?: number;
  /** Its probability, after calibration and the curated spinner swaps' gate. */
  readonly confidence: number;
}

/** A dictionary phrase's restoration, or a thesaurus original the model did not score. */
export interface UnscoredTrace extends TraceRow {
  readonly scored: false;
  /** A dictionary restoration's probability (absent for an unscored thesaurus original). */
  readonly confidence?: number;
}

/** One candidate the decoder considered, with its evidence (RestoreOptions.trace). */
export type CandidateTrace = ScoredTrace | UnscoredTrace;

export interface RestoreResult {
  readonly input: string;
  readonly output: string;
  /** Edits applied to produce `output`, in text order. */
  readonly applied: readonly Edit[];
  /** Findings not applied (below threshold, suggest-only, or overlapping), in text order. */
  readonly suggestions: readonly Edit[];
  /**
   * The text shows spin: a sure dictionary phrase, a supported change at 0.8 or more, or an
   * earlier run's finding (`RestoreOptions.spun`).
   */
  readonly showsSpin?: boolean;
  /** Suggestions left out by `RestoreOptions.suggestions`. */
  readonly hiddenSuggestions?: number;
}

// The thesaurus decision model (boosted trees; evaluated by core/treeModel.ts).

/** One tree: node i is a leaf when feature[i] < 0 (value[i] is then its output), else
 *  x[feature[i]] <= value[i] goes to left[i], otherwise to right[i]. Node 0 is the root. */
export interface TreeData {
  readonly feature: readonly number[];
  readonly value: readonly number[];
  readonly left: readonly number[];
  readonly right: readonly number[];
}

export interface TreeModelData {
  readonly features: readonly string[];
  /** Initial log-odds. */
  readonly base: number;
  readonly trees: readonly TreeData[];
  /**
   * Calibration of the log-odds: knots (logit, probability), increasing in both; between
   * knots the probability is interpolated linearly, beyond the ends it is the end's. Empty:
   * the logistic function itself.
   */
  readonly calibration: readonly (readonly [logit: number, probability: number])[];
  readonly trainedOn?: string;
}

/** A model ready to evaluate: all trees in flat typed arrays. */
export interface TreeModel {
  readonly features: readonly string[];
  readonly base: number;
  readonly roots: Int32Array;
  readonly feature: Int16Array;
  readonly value: Float64Array;
  readonly left: Int32Array;
  readonly right: Int32Array;
  readonly calibration: TreeModelData['calibration'];
}
