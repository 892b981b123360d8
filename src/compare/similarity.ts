// How much of a suspect text is an original's wording: the share of its words the word
// alignment pairs with the same word of the original, and the share of its word 5-grams the
// original also has (what a plagiarism checker sees). Both are read from the suspect's side, so
// a suspect that copies part of a longer original can still score 1. Pure.
import { sharesPassage, wordAlignment } from '../core/align/wordAlignment.js';
import { isWordToken, typographic, wordTokens, type WordToken } from '../core/align/wordTokens.js';

/** Length of the word n-grams compared. */
export const NGRAM = 5;

/** Share of the suspect's words aligned with an equal word of the original (0 when none). */
export function wordOverlap(original: string, suspect: string): number {
  const words = wordTokens(suspect).filter(isWordToken).length;
  if (words === 0) return 0;
  const a = wordAlignment(suspect, original, { whole: true });
  if (a === undefined || !sharesPassage(a)) return 0;
  const equal = a.pairs.filter(([i]) => isWordToken(a.spunTokens[i] as WordToken)).length;
  return equal / words;
}

const ngramWords = (text: string): string[] =>
  wordTokens(text)
    .filter(isWordToken)
    .map((t) => typographic(t.text.toLowerCase()));

function ngrams(words: readonly string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(' '));
  return out;
}

/**
 * Share of the suspect's word 5-grams (lowercase, punctuation left out) that occur in the
 * original; texts of fewer words compare n-grams of all their words. 0 for a suspect without words.
 */
export function sharedNgrams(original: string, suspect: string): number {
  const s = ngramWords(suspect);
  if (s.length === 0) return 0;
  const n = Math.min(NGRAM, s.length);
  const have = new Set(ngrams(ngramWords(original), n));
  const grams = ngrams(s, n);
  return grams.filter((g) => have.has(g)).length / grams.length;
}
