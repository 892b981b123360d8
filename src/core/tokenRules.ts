// The tokenizer's rules as regular expressions: the definition of a token. tokenize() reads the
// common cases (ASCII words, spaces, line breaks, punctuation) by character code and falls back
// to these rules for everything else; test/core/tokenize.test.ts checks that both give the same
// tokens over the eval texts and random strings.
import type { TokenKind } from '../types.js';

/** Abbreviations written with a final period that belongs to the word. */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep pres supt insp det ' +
    'st mt ft ave blvd rd jr sr inc corp co ltd bros dept univ assn est approx ' +
    'vs etc al fig figs eq eqs ref refs vol no nos pp ed eds cf ca ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

export const URL_RULE = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'’]/iy;
export const EMAIL_RULE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy;
export const WORD_RULE =
  /\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=[sS])['’](?![\p{L}\p{N}]))?/uy;
export const NUMBER_RULE =
  /\p{N}+(?:[.,:/]\p{N}+)*(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[sS])?(?![\p{L}])|\p{N}[\p{L}\p{N}]*/uy;

// Order matters: the first alternative that matches at a position wins.
const RULES: ReadonlyArray<readonly [TokenKind | 'abbrev', RegExp]> = [
  ['newline', /\r\n|\r|\n/y],
  ['space', /[ \t\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/y],
  ['url', URL_RULE],
  ['email', EMAIL_RULE],
  // U.S., e.g., i.e., a.m. — letters each followed by a period.
  ['abbrev', /(?:\p{L}\.){2,}/uy],
  // Initials: a single capital letter followed by a period (Frederic J. Brown).
  ['abbrev', /\p{Lu}\.(?=[\s\p{Lu}]|$)/uy],
  ['word', WORD_RULE],
  ['number', NUMBER_RULE],
  ['punct', /[\s\S]/uy],
];

/** Length of the match of a sticky rule at `pos`, or 0. */
export function ruleMatch(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.exec(text)?.[0].length ?? 0;
}

/** The token at `pos` by the rules: its kind and end (before abbreviation periods). */
export function ruleToken(text: string, pos: number): readonly [TokenKind, number] {
  for (const [kind, re] of RULES) {
    const length = ruleMatch(re, text, pos);
    if (length > 0) return [kind === 'abbrev' ? 'word' : kind, pos + length];
  }
  return ['punct', pos + 1];
}

/** A known abbreviation followed by a period: the word's end extended over the period. */
export function abbreviationEnd(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 46) return end;
  const word = text.slice(start, end).toLowerCase();
  return ABBREVIATIONS.has(word) ? end + 1 : end;
}
