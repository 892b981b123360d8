// A spinner's swap table, made by a rule: one substitute per written word type (or phrase),
// whatever the context, the same in every document. Whether a type is in the table at all, and
// whether its substitute is drawn from sources the restorer does not read, is decided by a hash
// of the spinner's seed and the type, so a table does not depend on the order texts are spun in.
import { analyses, inflect, posOfForm } from './inflection.js';
import { inThesauri, type Lexicon } from './lexicon.js';
import { hashString } from './rng.js';
import type { Pos } from './wordnetSenses.js';

/** Where a substitute comes from: a thesaurus, or a rule-made rewrite (`rule`). */
export type EntrySource = 'moby' | 'wordnet' | 'mythes' | 'rule';

export interface Candidate {
  /** Lowercase lemma or phrase (inflected by the table for inflected written words). */
  readonly text: string;
  readonly source: EntrySource;
}

export interface TableEntry {
  /** The lowercase substitute, inflected like the written word. */
  readonly value: string;
  readonly source: EntrySource;
  /** True when neither Moby nor WordNet pairs the written lemma with the substitute. */
  readonly outside: boolean;
}

export interface TableRule {
  /** Ranked substitutes for a lemma; `pos` is set for inflected words (plural: noun, told: verb). */
  candidates(lemma: string, pos: Pos | undefined): readonly Candidate[];
  /** Ranked substitutes from sources the restorer does not read (mythes, rule-made rewrites). */
  outside(lemma: string, pos: Pos | undefined): readonly Candidate[];
  /** Ranked substitutes for a lowercase phrase of 2+ words (none: phrases are not keys). */
  phrase?(phrase: string): readonly Candidate[];
}

export interface TableSettings {
  /** Salt of every hash decision; another seed gives another table. */
  readonly seed: string;
  /** Share of eligible content-word types (and phrases) that the table swaps. */
  readonly typeRate: number;
  /** Share of eligible function-word types that the table swaps. */
  readonly functionRate: number;
  /** Share of types whose substitute is drawn first from `rule.outside`. */
  readonly outsideShare: number;
  /** Written words the table never swaps. */
  readonly skip: ReadonlySet<string>;
  /** Words counted as function words (swapped at `functionRate`). */
  readonly functionWords: ReadonlySet<string>;
  /** Longest phrase key in words (1: words only). */
  readonly maxPhraseWords: number;
  /** Whether digits (14) are keys. */
  readonly numbers: boolean;
  /**
   * Function words keep to their kind: their substitute is a function word, a phrase with one,
   * or an adjective or adverb ("will" -> "shall", not "purpose"). WordNet spinners don't care.
   */
  readonly closedClass: boolean;
}

export interface SpinTable {
  /** The table's substitute for a lowercase written word or phrase, or undefined. */
  lookup(key: string): TableEntry | undefined;
  readonly maxPhraseWords: number;
}

/** A uniform number in [0, 1) fixed by the seed, a purpose and a key. */
export function hashUnit(seed: string, purpose: string, key: string): number {
  return hashString(`${seed}\u0000${purpose}\u0000${key}`) / 4294967296;
}

/** Words inside a noun phrase that keep it from taking a plural on its last word (cost of living). */
const FUNCTION_LIKE = /^(?:of|to|in|for|on|at|by|with|and|or|the|a|an)$/;

/** The written form of a candidate for a word analysed as `form`, if it fits the part of speech. */
function written(
  lex: Lexicon,
  c: Candidate,
  form: Parameters<typeof inflect>[1],
): string | undefined {
  const pos = posOfForm(form);
  if (pos === undefined) return c.text;
  const words = c.text.split(' ');
  // A plural on a phrase's last word only when it is a plain singular head (not "cost of living",
  // not "operating costs").
  if (words.length > 1 && form === 'plural') {
    if (
      words.some((w) => FUNCTION_LIKE.test(w)) ||
      /[^s]s$/.test(words[words.length - 1] as string)
    )
      return undefined;
  }
  const head = (pos === 'noun' ? words[words.length - 1] : words[0]) as string;
  // A phrase WordNet lists must have the part of speech itself (carry out is no noun).
  const known = lex.wordnet.senses(c.text).length > 0 ? c.text : head;
  if (!lex.wordnet.has(known, pos)) return undefined;
  return inflect(c.text, form);
}

export function buildTable(rule: TableRule, settings: TableSettings, lex: Lexicon): SpinTable {
  const memo = new Map<string, TableEntry | null>();
  /** `lemma` and `c` uninflected, to look the pair up in the thesauri; `value` as written. */
  const entry = (lemma: string, c: Candidate, value: string): TableEntry => ({
    value,
    source: c.source,
    outside: (c.source === 'mythes' || c.source === 'rule') && !inThesauri(lex, lemma, c.text),
  });
  /** How common a lemma is in a part of speech: 1 + its senses' tag counts, 0 when unknown. */
  const weight = (lemma: string, pos: 'noun' | 'verb'): number => {
    const senses = lex.wordnet.senses(lemma).filter((s) => s.pos === pos);
    return senses.length === 0 ? 0 : senses.reduce((t, s) => t + s.tagCount, 1);
  };
  /**
   * Substitutes the spinner writes: not a word it skips (pronouns, articles, be and have), and not
   * one holding the written word or held by it ("in" -> "in favor", "more than" -> "more").
   */
  const writable = (key: string, c: Candidate): boolean =>
    !settings.skip.has(c.text) &&
    !` ${c.text} `.includes(` ${key} `) &&
    !` ${key} `.includes(` ${c.text} `);
  const closed = (c: Candidate): boolean =>
    c.text.split(' ').some((w) => settings.functionWords.has(w)) ||
    (!c.text.includes(' ') && (lex.wordnet.has(c.text, 'adj') || lex.wordnet.has(c.text, 'adv')));

  const phraseEntry = (key: string): TableEntry | undefined => {
    if (rule.phrase === undefined || key.split(' ').length > settings.maxPhraseWords) return;
    if (hashUnit(settings.seed, 'type', key) >= settings.typeRate) return;
    const c = rule.phrase(key).find((x) => writable(key, x));
    return c === undefined ? undefined : entry(key, c, c.text);
  };

  const wordEntry = (key: string): TableEntry | undefined => {
    if (settings.skip.has(key) || (/[0-9]/.test(key) && !settings.numbers)) return;
    const functionWord = settings.functionWords.has(key);
    const rate = functionWord ? settings.functionRate : settings.typeRate;
    const fits = (lemma: string, c: Candidate): boolean =>
      writable(lemma, c) && (!functionWord || !settings.closedClass || closed(c));
    if (hashUnit(settings.seed, 'type', key) >= rate) return;
    // Function words take their substitutes from the usual lists only ("as" is no territory).
    const outsideFirst =
      !functionWord && hashUnit(settings.seed, 'outside', key) < settings.outsideShare;
    const lists = outsideFirst
      ? [rule.outside.bind(rule), rule.candidates.bind(rule)]
      : [rule.candidates.bind(rule)];
    for (const list of lists) {
      for (const a of analyses(key, weight)) {
        for (const c of list(a.lemma, posOfForm(a.form)).filter((x) => fits(a.lemma, x))) {
          const value = written(lex, c, a.form);
          if (value !== undefined && value !== key && value !== a.lemma) {
            return entry(a.lemma, c, value);
          }
        }
      }
    }
    return undefined;
  };

  return {
    maxPhraseWords: settings.maxPhraseWords,
    lookup(key) {
      const known = memo.get(key);
      if (known !== undefined) return known ?? undefined;
      const e = key.includes(' ') ? phraseEntry(key) : wordEntry(key);
      memo.set(key, e ?? null);
      return e;
    },
  };
}
