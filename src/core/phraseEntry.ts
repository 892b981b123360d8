// What the core reads off a dictionary entry: its match key and whether it only flags.
import type { PhraseEntry } from '../types.js';
import { isContentToken, tokenize } from './tokenize.js';

/** Canonical of an entry whose restoration is unknown: flag the phrase, never rewrite it. */
export const UNKNOWN_CANONICAL = '?';

/** Normalized content tokens of a phrase: the key it is matched by (punctuation included). */
export function phraseWords(text: string): string[] {
  return tokenize(text)
    .filter(isContentToken)
    .map((token) => token.norm);
}

/** True for an entry that only flags its phrase (canonical `?`): there is nothing to write. */
export function isFlagOnly(entry: PhraseEntry): boolean {
  return entry.canonical.length === 1 && entry.canonical[0] === UNKNOWN_CANONICAL;
}
