// Document conditions of dictionary entries (PPS `AND` / `NOT`). PURE: no fs.
import { normalizeWord } from './normalize.js';
import { tokenize } from './tokenize.js';
import type { PhraseEntry, Token } from '../types.js';
import { CORROBORATING_PHRASES } from './tuning.js';

/** What entryApplies needs to know about a document, computed once per document. */
export interface DocumentContext {
  /** Norms of the word and number tokens. */
  readonly words: ReadonlySet<string>;
  /** The whole text, normalized like the words (lowercase, folded apostrophes, NFC). */
  readonly norm: string;
  /** Terms looked up already, and whether the document has them (each is looked up once). */
  readonly terms: Map<string, boolean>;
}

/**
 * The context of a document from its text (and its tokens, when already computed). Its word set
 * and normalized text are made on first use: most documents hold no entry with conditions.
 */
export function documentContext(
  text: string | (() => string),
  tokens?: readonly Token[],
): DocumentContext {
  return new LazyContext(text, tokens);
}

class LazyContext implements DocumentContext {
  readonly terms = new Map<string, boolean>();
  private wordSet: Set<string> | undefined;
  private normText: string | undefined;

  constructor(
    private readonly text: string | (() => string),
    private readonly tokens: readonly Token[] | undefined,
  ) {}

  private source(): string {
    return typeof this.text === 'string' ? this.text : this.text();
  }

  get words(): ReadonlySet<string> {
    if (this.wordSet === undefined) {
      this.wordSet = new Set();
      for (const token of this.tokens ?? tokenize(this.source())) {
        if (token.kind === 'word' || token.kind === 'number') this.wordSet.add(token.norm);
      }
    }
    return this.wordSet;
  }

  get norm(): string {
    return (this.normText ??= normalizeWord(this.source()));
  }
}

const ONE_WORD = /^[\p{L}\p{N}]+$/u;
const patterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A term as a regular expression over normalized text: whole words, any whitespace between. */
function termPattern(term: string): RegExp {
  let re = patterns.get(term);
  if (re === undefined) {
    const body = term.split(/\s+/).map(escapeRegExp).join('\\s+');
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'u');
    patterns.set(term, re);
  }
  return re;
}

/** True when `term` (one word or several) occurs in the document, as whole words. */
export function documentHasTerm(
  term: string,
  documentWords: ReadonlySet<string>,
  documentNorm: string,
): boolean {
  const norm = normalizeWord(term.trim());
  if (norm === '') return false;
  if (ONE_WORD.test(norm)) return documentWords.has(norm);
  return termPattern(norm).test(documentNorm);
}

/**
 * How the entry stands in this document: `applies` when every `requires` term occurs and no
 * `excludes` term does; `unconfirmed` when it fails only for want of `requires` terms;
 * `excluded` when an `excludes` term occurs. Terms match whole words, case-insensitively,
 * across line breaks.
 */
export function entryStanding(
  entry: PhraseEntry,
  documentWords: ReadonlySet<string>,
  documentNorm: string,
): 'applies' | 'unconfirmed' | 'excluded' {
  return standingIn(entry, { words: documentWords, norm: documentNorm, terms: new Map() });
}

/** entryStanding in a document context, each term looked up once per document. */
export function standingIn(
  entry: PhraseEntry,
  doc: DocumentContext,
): 'applies' | 'unconfirmed' | 'excluded' {
  const has = (term: string): boolean => {
    let found = doc.terms.get(term);
    if (found === undefined) {
      found = documentHasTerm(term, doc.words, doc.norm);
      doc.terms.set(term, found);
    }
    return found;
  };
  const { requires, excludes } = entry.conditions;
  if (excludes.some(has)) return 'excluded';
  return requires.every(has) ? 'applies' : 'unconfirmed';
}

/** True when the entry may apply in this document (entryStanding). */
export function entryApplies(
  entry: PhraseEntry,
  documentWords: ReadonlySet<string>,
  documentNorm: string,
): boolean {
  return entryStanding(entry, documentWords, documentNorm) === 'applies';
}

/**
 * A one-word entry with `and=` terms ("bosom" -> "breast" and=breast): its terms show what the
 * text is about, not that the word is spun, since genuine writers use a common word and its
 * canonical side by side ("held her baby to her bosom and checked her breast"). Such an entry
 * needs the paper's other sure phrases as well (phraseCandidates.ts).
 */
export function oneWordCondition(entry: PhraseEntry): boolean {
  return entry.words.length === 1 && entry.conditions.requires.length > 0;
}

/**
 * How many other sure phrases of its dictionary a one-word entry needs in the text before it
 * rewrites: 3 with `and=` terms (they prove only the topic: oneWordCondition); 1 for a sure form
 * of a spinner family (`spinnerFamily`: its source also has `channel` entries), since such a
 * form opens the family's gate and may be an English word of its own ("twelvemonth" is a WordNet
 * spinner's "year" and Melville's); 0 for a phrase of several words or a user's one-word fix.
 */
export function wordCorroboration(entry: PhraseEntry, spinnerFamily: boolean): number {
  if (entry.words.length !== 1) return 0;
  if (oneWordCondition(entry)) return CORROBORATING_PHRASES;
  return spinnerFamily ? 1 : 0;
}
