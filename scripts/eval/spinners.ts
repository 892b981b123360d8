// Synthetic article spinners. They are written from the thesauri directly and share no code or
// tables with the restorer's candidate generation, so the evaluation does not grade the engine on
// its own assumptions. Both are deterministic given the Rng.
import type { Rng } from './rng.js';
import type { Substitution } from './types.js';
import type { Synset, WordNetIndex } from './thesauri.js';
import {
  pluralize,
  singularCandidates,
  splitWords,
  transferCase,
  type WordToken,
} from './words.js';

/** A proposed rewrite of `take` consecutive words starting at word i. */
export interface Rewrite {
  readonly take: number;
  readonly replacement: string;
}

export type Chooser = (words: readonly WordToken[], i: number, text: string) => Rewrite | undefined;

export interface SpinResult {
  readonly spun: string;
  /** Offsets in the spun text; `original` is the text it replaced. */
  readonly substitutions: Substitution[];
}

/**
 * A spinner that maps a word type the same way throughout a document, as real spinners do:
 * the first decision for a (lowercase) single word — spin to X, or leave — is reused at every
 * later occurrence, with the occurrence's case carried over. Multi-word rewrites are not memoized.
 */
export function typeConsistent(choose: Chooser): Chooser {
  const memo = new Map<string, string | null>();
  return (words, i, text) => {
    const word = (words[i] as WordToken).text;
    const key = word.toLowerCase();
    const known = memo.get(key);
    if (known === null) return undefined;
    if (known !== undefined) return { take: 1, replacement: transferCase(word, known) };
    const rewrite = choose(words, i, text);
    if (rewrite === undefined) memo.set(key, null);
    else if (rewrite.take === 1) memo.set(key, rewrite.replacement.toLowerCase());
    return rewrite;
  };
}

/** Walk the words of `text` left to right, applying the chooser's rewrites. */
export function spinWith(text: string, choose: Chooser): SpinResult {
  const words = splitWords(text);
  const substitutions: Substitution[] = [];
  let out = '';
  let copied = 0;
  for (let i = 0; i < words.length;) {
    const rw = choose(words, i, text);
    if (rw === undefined || rw.take < 1) {
      i++;
      continue;
    }
    const first = words[i] as WordToken;
    const last = words[i + rw.take - 1] as WordToken;
    const original = text.slice(first.start, last.end);
    out += text.slice(copied, first.start);
    if (rw.replacement !== original) {
      substitutions.push({
        start: out.length,
        end: out.length + rw.replacement.length,
        original,
        spun: rw.replacement,
      });
    }
    out += rw.replacement;
    copied = last.end;
    i += rw.take;
  }
  out += text.slice(copied);
  return { spun: out, substitutions };
}

/** True when words i..i+n-1 exist and are separated by exactly one space. */
function isSpacedRun(words: readonly WordToken[], i: number, n: number, text: string): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const a = words[k];
    const b = words[k + 1];
    if (a === undefined || b === undefined || text.slice(a.end, b.start) !== ' ') return false;
  }
  return words[i + n - 1] !== undefined;
}

/** Split `Mexico's` into base and suffix; undefined for other contractions (don't, we're). */
function splitPossessive(word: string): readonly [string, string] | undefined {
  const m = /^([A-Za-z]+)(['’][sS])?$/.exec(word);
  if (m === null) return undefined;
  return [m[1] as string, m[2] ?? ''];
}

// ---------------------------------------------------------------------------------------------
// (a) Phrase/thesaurus spinner (Moby)

/**
 * Words that the phrase spinner leaves alone. Real spinners skip only part of the function words:
 * they do swap "said", "told", "last", "year", "help", "very", so those are not listed here.
 */
const MOBY_SKIP = new Set(
  (
    'a an the and or but nor of to in on at for with from by as is are was were be been being am ' +
    'i you he she it we they me him her us them my your his its our their this that these those ' +
    'not no if so than then there here do does did have has had will would can could shall should ' +
    'may might must which who whom whose what when where why how into onto upon up out off over ' +
    'all any each both some such own same too also just only mr mrs ms'
  ).split(' '),
);

export interface MobySpinnerOptions {
  /** Probability that an eligible word (or Moby-head phrase) is replaced. */
  readonly rate: number;
  /** Longest Moby head phrase (in words) to look for. */
  readonly maxPhraseWords: number;
  /** Probability of choosing among all synonyms (multi-word included) instead of single words. */
  readonly multiWordRate: number;
  /** Only synonyms at least this frequent in the reference corpus are used. */
  readonly minFrequency: number;
  /** Choose among this many most frequent usable synonyms. */
  readonly topK: number;
}

export const DEFAULT_MOBY_OPTIONS: MobySpinnerOptions = {
  rate: 0.3,
  maxPhraseWords: 3,
  multiWordRate: 0.15,
  minFrequency: 3,
  topK: 8,
};

/**
 * Choose a synonym the way commercial spinners seem to: a reasonably common word, not an obscure
 * one. "Common" is measured on a reference corpus (word frequencies) given by the caller.
 */
function chooseSynonym(
  syns: readonly string[],
  avoid: string,
  freq: (phrase: string) => number,
  rng: Rng,
  opts: MobySpinnerOptions,
  singleOnly: boolean,
): string | undefined {
  const usable = syns.filter(
    (s) => /^[a-z]+(?:[ -][a-z]+){0,2}$/.test(s) && s !== avoid && freq(s) >= opts.minFrequency,
  );
  const single = usable.filter((s) => !/[ -]/.test(s));
  const pool =
    singleOnly || (single.length > 0 && !rng.chance(opts.multiWordRate)) ? single : usable;
  if (pool.length === 0) return undefined;
  const top = [...pool].sort((a, b) => freq(b) - freq(a) || (a < b ? -1 : 1)).slice(0, opts.topK);
  return rng.pick(top);
}

export function mobyChooser(
  moby: ReadonlyMap<string, readonly string[]>,
  freq: (phrase: string) => number,
  rng: Rng,
  opts: MobySpinnerOptions = DEFAULT_MOBY_OPTIONS,
  isNoun: (word: string) => boolean = () => true,
): Chooser {
  return (words, i, text) => {
    // Multi-word heads first ("think tank", "by way of"), longest first.
    for (let n = opts.maxPhraseWords; n >= 2; n--) {
      if (!isSpacedRun(words, i, n, text)) continue;
      const first = words[i] as WordToken;
      const phrase = text.slice(first.start, (words[i + n - 1] as WordToken).end);
      const syns = moby.get(phrase.toLowerCase());
      if (syns === undefined || !/^[A-Za-z ]+$/.test(phrase)) continue;
      if (!rng.chance(opts.rate)) return undefined;
      const syn = chooseSynonym(syns, phrase.toLowerCase(), freq, rng, opts, false);
      return syn === undefined ? undefined : { take: n, replacement: transferCase(phrase, syn) };
    }
    const word = (words[i] as WordToken).text;
    const parts = splitPossessive(word);
    if (parts === undefined) return undefined;
    const [base, suffix] = parts;
    const lower = base.toLowerCase();
    if (MOBY_SKIP.has(lower)) return undefined;
    let syns = moby.get(lower);
    let plural = false;
    if (syns === undefined) {
      // Spin the singular of a regular plural and re-inflect (agencies -> companies).
      const sg = singularCandidates(lower).find((s) => moby.has(s) && isNoun(s));
      if (sg === undefined) return undefined;
      syns = moby.get(sg) as readonly string[];
      plural = true;
    }
    if (!rng.chance(opts.rate)) return undefined;
    const syn = chooseSynonym(syns, lower, freq, rng, opts, plural);
    if (syn === undefined || (plural && !isNoun(syn))) return undefined;
    const inflected = plural ? pluralize(syn) : syn;
    if (inflected === lower) return undefined;
    return { take: 1, replacement: transferCase(base, inflected) + suffix };
  };
}

// ---------------------------------------------------------------------------------------------
// (b) WordNet first-synonym spinner

/**
 * Words the WordNet spinner leaves alone: the commonest function words, whose WordNet senses are
 * letters, units or elements ("a" -> "angstrom", "in" -> "inch", "i" -> "iodine"). Everything
 * else with a WordNet entry is eligible, function words included ("by" -> "past",
 * "about" -> "well-nigh", "it" -> "information technology").
 */
const WORDNET_SKIP = new Set('a an the and or of to in i'.split(' '));

export interface WordNetSpinnerOptions {
  /** Probability that an eligible word is replaced. */
  readonly rate: number;
}

export const DEFAULT_WORDNET_OPTIONS: WordNetSpinnerOptions = { rate: 0.4 };

/**
 * The lemma that replaces `word` in `synset`: the lemma after the word in the synset, wrapping
 * round, skipping lemmas equal to the word. When the word is the first lemma this is the second
 * ("health, wellness": health -> wellness); when it is not, it is the next one, which for a
 * two-lemma synset is the first ("information technology, IT": it -> information technology).
 * This rule reproduces most pairs seen in real WordNet-spun text (also -> likewise, by -> past,
 * chief -> main, 14 -> xiv, Wednesday -> Wed). Undefined when the synset has no other lemma.
 */
export function replacementLemma(synset: Synset, word: string): string | undefined {
  const lower = word.toLowerCase();
  const at = synset.findIndex((l) => l.toLowerCase() === lower);
  for (let k = 1; k <= synset.length; k++) {
    const cand = synset[(at + k) % synset.length] as string;
    if (cand.toLowerCase() !== lower) return cand.toLowerCase();
  }
  return undefined;
}

export function wordnetChooser(
  wn: WordNetIndex,
  rng: Rng,
  opts: WordNetSpinnerOptions = DEFAULT_WORDNET_OPTIONS,
): Chooser {
  return (words, i) => {
    const word = (words[i] as WordToken).text;
    const parts = /^[0-9]+$/.test(word) ? ([word, ''] as const) : splitPossessive(word);
    if (parts === undefined) return undefined;
    const [base, suffix] = parts;
    const lower = base.toLowerCase();
    if (WORDNET_SKIP.has(lower)) return undefined;
    // A synset of the word, any part of speech, often the wrong sense: chosen uniformly.
    const usable = wn.synsets(lower).filter((s) => replacementLemma(s, lower) !== undefined);
    if (usable.length === 0 || !rng.chance(opts.rate)) return undefined;
    const lemma = replacementLemma(rng.pick(usable), lower) as string;
    return { take: 1, replacement: transferCase(base, lemma) + suffix };
  };
}
