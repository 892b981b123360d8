// Token[] -> candidates from the phrase dictionaries: every match of a dictionary phrase whose
// conditions hold in the document, with its restorations already in the writer's case and
// inflection.
import { IdentityCache } from './identity.js';
import type { Dictionary, Inflections, PhraseEntry, PhraseMatch, Span, Token } from '../types.js';
import { PhraseIndex } from './phraseIndex.js';
import { isFlagOnly } from './phraseEntry.js';
import { documentContext, standingIn, wordCorroboration } from './conditions.js';
import { transferCase } from './case.js';
import { carrySpacing } from './spacing.js';
import {
  NO_INFLECTION,
  splitPossessive,
  suffixOf,
  inflectPhrase,
  type Inflection,
} from './morphology/index.js';
import { normalizeWord } from './normalize.js';
import { isContentToken } from './tokenize.js';
import { isQuotedMention } from './quotes.js';
import {
  inferredMatches,
  inferredPrior,
  wordSwaps,
  type InferredMatch,
} from './inferredPhrases.js';
import { CORROBORATING_PHRASES, SURE_PHRASE_PRIOR, UNCONFIRMED_SHARE } from './tuning.js';

export interface PhraseOption {
  /** Restoration as it will be written (case and inflection carried over). */
  readonly text: string;
  readonly entry: PhraseEntry;
  /** 0 for the preferred canonical, 1.. for alternatives. */
  readonly rank: number;
}

export interface PhraseCandidate {
  readonly span: Span;
  readonly firstToken: number;
  readonly lastToken: number;
  readonly actual: string;
  readonly options: readonly PhraseOption[];
  /** Matched by proximity (`near=N`) with other words in between: report, never rewrite. */
  readonly spread: boolean;
  /** The last word matched an inflected form of the entry's last word. */
  readonly inflected: boolean;
  /**
   * The entry's `and=` terms are missing from the document ("profound learning" in a paper that
   * never writes "deep learning"): reported as a suggestion with part of the prior, never
   * rewritten.
   */
  readonly unconfirmed?: boolean;
  /**
   * The entry's `and=` terms are missing, but the document shows this many distinct sure phrases
   * of the same dictionary (a paper with "irregular woodland" and "bolster vector machine"
   * writes "profound learning" for "deep learning" whether or not it also writes "deep
   * learning"): the entry then applies with its whole prior.
   */
  readonly corroborated?: number;
  /**
   * A one-word entry ("bosom" with "breast" in the text, "twelvemonth"): a common word and its
   * canonical occur together in genuine text, so it needs this many other sure phrases of its
   * dictionary (wordCorroboration) to be `corroborated`; without them it is `unconfirmed`.
   */
  readonly lone?: number;
  /**
   * Not an entry of the dictionary: inferred from the word swaps its entries show (`written ->
   * original (entries)`), to a term it writes, in a document with its sure phrases.
   */
  readonly inferred?: readonly string[];
  /**
   * The phrase is all a quotation holds (“counterfeit consciousness”): the text names it, as in
   * a report on spun text; reported as a suggestion, never rewritten.
   */
  readonly quoted?: boolean;
}

const unconfirmedEntries = new WeakMap<PhraseEntry, PhraseEntry>();

function unconfirmedEntry(entry: PhraseEntry): PhraseEntry {
  let e = unconfirmedEntries.get(entry);
  if (e === undefined) {
    e = { ...entry, prior: entry.prior * UNCONFIRMED_SHARE };
    unconfirmedEntries.set(entry, e);
  }
  return e;
}

// Indexes are cached per set of dictionary objects (callers often pass a new array each time).
const indexes = new IdentityCache<PhraseIndex>();
const families = new IdentityCache<ReadonlySet<string>>();

/**
 * The sources that have `channel` entries: the spinner families (spinnerChannel.ts) whose lone
 * sure forms need another sure phrase. A user's dictionary (--dict, a learned one included) is
 * not one: its one-word forms apply alone, as the user's fixes do.
 */
function spinnerFamilies(dictionaries: readonly Dictionary[]): ReadonlySet<string> {
  return families.get(
    dictionaries,
    () =>
      new Set(
        dictionaries
          .filter((d) => d.user !== true)
          .flatMap((d) => d.entries.filter((e) => e.channel === true).map((e) => e.source)),
      ),
  );
}

function phraseIndex(dictionaries: readonly Dictionary[], inflections?: Inflections): PhraseIndex {
  const key: object[] = inflections ? [...dictionaries, inflections] : [...dictionaries];
  return indexes.get(
    key,
    () =>
      new PhraseIndex(
        // `channel` entries are the decoder's candidates, never matched as fixed phrases.
        dictionaries.flatMap((d) => d.entries.filter((e) => e.channel !== true)),
        inflections,
      ),
  );
}

/** Guess a phrase's part of speech when the entry does not say: nouns unless it looks verbal. */
function entryPos(entry: PhraseEntry): NonNullable<PhraseEntry['pos']> {
  return entry.pos ?? 'noun';
}

/** The inflection of the matched last word relative to the entry's last word. */
export function matchInflection(
  lastWord: string,
  entry: PhraseEntry,
  inflections?: Inflections,
): Inflection | null {
  const [stem, possessive] = splitPossessive(lastWord);
  const written = normalizeWord(stem);
  const base = entry.words[entry.words.length - 1] ?? '';
  if (normalizeWord(lastWord) === base) return NO_INFLECTION;
  const suffix = suffixOf(written, base, inflections);
  if (suffix === null) return null;
  return { suffix, possessive };
}

function matchedWords(tokens: readonly Token[], m: PhraseMatch): string[] {
  return tokens
    .slice(m.firstToken, m.lastToken + 1)
    .filter(isContentToken)
    .filter((t) => t.kind === 'word' || t.kind === 'number')
    .map((t) => t.text);
}

/**
 * A candidate that is only reported, never rewritten: matched apart, named in quotation marks, or
 * missing its entry's `and=` terms.
 */
export function suggestionOnly(candidate: PhraseCandidate): boolean {
  return candidate.spread || candidate.quoted === true || candidate.unconfirmed === true;
}

/** True when the words after the first are written in lower case (the `lower` flag). */
export function lowerAfterFirst(words: readonly string[]): boolean {
  return words.slice(1).every((w) => !/\p{Lu}/u.test(w));
}

export function findPhraseCandidates(
  tokens: readonly Token[],
  dictionaries: readonly Dictionary[],
  inflections?: Inflections,
): PhraseCandidate[] {
  if (dictionaries.length === 0) return [];
  const matches = phraseIndex(dictionaries, inflections).match(tokens);
  if (matches.length === 0) return [];
  const doc = documentContext(() => tokens.map((t) => t.text).join(''), tokens);
  const family = spinnerFamilies(dictionaries);
  const needs = (e: PhraseEntry): number => wordCorroboration(e, family.has(e.source));
  const listed = matches.map((m) => {
    const standing = standingIn(m.entry, doc);
    return found(tokens, m, standing === 'applies' && needs(m.entry) > 0 ? 'lone' : standing);
  });
  const sure = surePhrasesByDictionary(listed);
  const inferred = inferredPhrases(tokens, dictionaries, matches, sure).map((m) => ({
    ...found(tokens, m, 'applies'),
    swapped: m.swapped,
  }));
  const out: PhraseCandidate[] = [];
  for (const { match: m, standing, spread, quoted, swapped } of [...listed, ...inferred]) {
    if (standing === 'excluded') continue;
    const corroborating = sure.get(m.entry.dictionary) ?? 0;
    // A multi-word entry missing its terms is confirmed by other sure phrases; a one-word entry
    // ("bosom") stays a suggestion without its term, and with it needs them too (`lone`).
    const corroborated =
      (standing === 'unconfirmed' &&
        m.entry.words.length > 1 &&
        corroborating >= CORROBORATING_PHRASES) ||
      (standing === 'lone' && corroborating >= needs(m.entry));
    const unconfirmed = (standing === 'unconfirmed' || standing === 'lone') && !corroborated;
    const entry = unconfirmed ? unconfirmedEntry(m.entry) : m.entry;
    const first = tokens[m.firstToken];
    const last = tokens[m.lastToken];
    if (first === undefined || last === undefined) continue;
    const words = matchedWords(tokens, m);
    if (entry.lowercase === true && !lowerAfterFirst(words)) continue;
    const inflection = matchInflection(last.text, entry, inflections);
    if (inflection === null) continue;
    const actual = tokens
      .slice(m.firstToken, m.lastToken + 1)
      .map((t) => t.text)
      .join('');
    const all = entry.canonical.map((c, rank) => ({
      text: carrySpacing(
        actual,
        transferCase(words, inflectPhrase(c, inflection, entryPos(entry), inflections)),
      ),
      entry,
      rank,
    }));
    // The text already says what the entry prefers (a case-only entry after --write, an
    // identity mapping): nothing to restore, and no alternative is proposed instead.
    if (all[0]?.text === actual) continue;
    const options = all.filter((o) => o.text !== actual);
    const span: Span = [first.span[0], last.span[1]];
    out.push({
      span,
      firstToken: m.firstToken,
      lastToken: m.lastToken,
      actual,
      options,
      spread,
      inflected: inflection !== NO_INFLECTION,
      ...(unconfirmed ? { unconfirmed: true } : {}),
      ...(standing === 'lone' ? { lone: needs(m.entry) } : {}),
      ...(corroborated ? { corroborated: corroborating } : {}),
      ...(swapped !== undefined ? { inferred: swapped } : {}),
      ...(quoted ? { quoted: true } : {}),
    });
  }
  return out;
}

/**
 * Matches inferred from the word swaps of the dictionaries that opt in (`#! infer: word-swaps`),
 * in a document that shows CORROBORATING_PHRASES of their sure phrases; never over a token that
 * a dictionary phrase matched.
 */
function inferredPhrases(
  tokens: readonly Token[],
  dictionaries: readonly Dictionary[],
  matches: readonly PhraseMatch[],
  sure: ReadonlyMap<string, number>,
): InferredMatch[] {
  const inferring = dictionaries.filter(
    (d) => d.meta['infer'] === 'word-swaps' && (sure.get(d.name) ?? 0) >= CORROBORATING_PHRASES,
  );
  if (inferring.length === 0) return [];
  const taken = new Set<number>();
  for (const m of matches) for (let t = m.firstToken; t <= m.lastToken; t++) taken.add(t);
  const out: InferredMatch[] = [];
  for (const d of inferring) {
    const entryFor = (words: readonly string[], term: string, support: number): PhraseEntry => ({
      spun: words.join(' '),
      words,
      canonical: [term],
      suggestOnly: false,
      conditions: { requires: [], excludes: [] },
      pos: 'noun',
      source: 'inferred',
      prior: inferredPrior(support),
      dictionary: d.name,
      line: 0,
      examples: [],
    });
    for (const m of inferredMatches(tokens, wordSwaps(d.entries), entryFor, (t) => taken.has(t))) {
      out.push(m);
      for (let t = m.firstToken; t <= m.lastToken; t++) taken.add(t);
    }
  }
  return out;
}

/** A match with what the document says of it, worked out once. */
interface Found {
  readonly match: PhraseMatch;
  /** `lone`: a one-word entry whose terms (if any) are met, waiting for the paper's sure phrases. */
  readonly standing: ReturnType<typeof standingIn> | 'lone';
  /** Matched with other words in between (`near=N`). */
  readonly spread: boolean;
  readonly quoted: boolean;
  /** The word swaps of an inferred phrase. */
  readonly swapped?: readonly string[];
}

function found(tokens: readonly Token[], m: PhraseMatch, standing: Found['standing']): Found {
  const content = tokens.slice(m.firstToken, m.lastToken + 1).filter(isContentToken).length;
  return {
    match: m,
    standing,
    spread: content > m.entry.words.length,
    quoted: isQuotedMention(tokens, m.firstToken, m.lastToken),
  };
}

/**
 * Per dictionary, the distinct phrases of the document that its entries rewrite on their own:
 * conditions met, prior at least SURE_PHRASE_PRIOR, a known restoration, matched whole and not
 * quoted as a mention. Overlapping matches count once ("a fake neural" and "fake neural").
 */
function surePhrasesByDictionary(listed: readonly Found[]): Map<string, number> {
  const seen = new Map<string, { phrases: Set<string>; end: number }>();
  const sure = listed
    .filter((f) => {
      const e = f.match.entry;
      if (f.standing !== 'applies' || e.suggestOnly || e.prior < SURE_PHRASE_PRIOR) return false;
      return !isFlagOnly(e) && !f.spread && !f.quoted;
    })
    .map((f) => f.match)
    .sort((a, b) => a.firstToken - b.firstToken || b.lastToken - a.lastToken);
  for (const m of sure) {
    let d = seen.get(m.entry.dictionary);
    if (d === undefined) seen.set(m.entry.dictionary, (d = { phrases: new Set(), end: -1 }));
    if (m.firstToken <= d.end) continue;
    d.end = m.lastToken;
    d.phrases.add(m.entry.words.join(' '));
  }
  return new Map([...seen].map(([name, d]) => [name, d.phrases.size]));
}
