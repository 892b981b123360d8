// Which thesaurus pairs are no spinner's swap here: spelling variants and acronyms, changed
// facts (units of time, round numbers), a curated proper noun the writer capitalised. And the
// case a curated proper noun keeps.
import type { ThesaurusCandidate } from '../types.js';

/**
 * Not a spinner's synonym swap: a spelling variant (hard-core / hardcore, e-mail / email), the
 * same phrase with words dropped or added (global climate change / climate change), or an
 * acronym and its expansion.
 */
export function isVariant(observed: string, candidate: string): boolean {
  const squash = (s: string): string => s.replace(/[\s-]+/g, '');
  if (squash(observed) === squash(candidate)) return true;
  const a = observed.split(/[\s-]+/);
  const b = candidate.split(/[\s-]+/);
  // An acronym and its expansion (world health organization / who): the curated spinner lists
  // hold the ones spinners write ("information technology" for "it").
  const initials = (words: readonly string[]): string => words.map((w) => w[0] ?? '').join('');
  if (a.length === 1 && b.length > 1 && initials(b) === a[0]) return true;
  if (b.length === 1 && a.length > 1 && initials(a) === b[0]) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length === long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((w, k) => long[i + k] === w)) return true;
  }
  return false;
}

/**
 * A curated original with capitals of its own ("the United States" for "america") is a
 * candidate only where the spinner left its mark, a proper noun in lower case: a writer who
 * capitalised "America" meant it.
 */
export function lowercaseProperNoun(written: string, original: ThesaurusCandidate): boolean {
  return !ownCase(original) || !/\p{Lu}/u.test(written);
}

/** A curated proper noun is written as listed (the spinner's lower case is its own doing). */
export function ownCase(original: ThesaurusCandidate): boolean {
  return original.spinner !== undefined && /\p{Lu}/u.test(original.text);
}

/**
 * Units of time and round numbers: a thesaurus that lists "days" for "years" or "trillion" for
 * "billion" gives a figurative sense; restoring one for the other changes a fact, so only a
 * curated swap may.
 */
const MEASURES = new Set(
  (
    'second minute hour day week month year decade century millennium ' +
    'hundred thousand million billion trillion dozen'
  ).split(' '),
);

export function changesMeasure(writtenBase: string, original: string): boolean {
  const o = original.toLowerCase();
  const unit = (w: string): string => (w === 'centuries' ? 'century' : w.replace(/s$/, ''));
  return MEASURES.has(unit(writtenBase)) && MEASURES.has(unit(o));
}

/**
 * The written phrase is the original with words added ("geological era" for "era", "felt up"
 * for "felt"): a WordNet spinner writes a collocation lemma for a word of it.
 */
export function isWordAdded(observed: string, original: string): boolean {
  const a = observed.split(' ');
  const b = original.split(' ');
  if (b.length >= a.length) return false;
  for (let i = 0; i + b.length <= a.length; i++) if (b.every((w, k) => a[i + k] === w)) return true;
  return false;
}
