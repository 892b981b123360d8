// text -> Token[] with exact spans over the original string. Concatenating the token texts gives
// the input back, byte for byte.
import type { Token, TokenKind } from '../types.js';
import { normalizeWord } from './normalize.js';

/** Abbreviations written with a final period that belongs to the word. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm maj gov sen rep pres supt insp det ' +
    'st mt ft ave blvd rd jr sr inc corp co ltd bros dept univ assn est approx ' +
    'vs etc al fig figs eq eqs ref refs vol no nos pp ed eds cf ca ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun'
  ).split(' '),
);

// Order matters: the first alternative that matches at a position wins.
const RULES: ReadonlyArray<readonly [TokenKind | 'abbrev', RegExp]> = [
  ['newline', /\r\n|\r|\n/y],
  ['space', /[ \t\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/y],
  ['url', /(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"“”‘’]*[^\s<>"“”‘’.,;:!?)\]}'’]/iy],
  ['email', /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/uy],
  // U.S., e.g., i.e., a.m. — letters each followed by a period.
  ['abbrev', /(?:\p{L}\.){2,}/uy],
  // Initials: a single capital letter followed by a period (Frederic J. Brown).
  ['abbrev', /\p{Lu}\.(?=[\s\p{Lu}]|$)/uy],
  [
    'word',
    /\p{L}[\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*(?:(?<=[sS])['’](?![\p{L}\p{N}]))?/uy,
  ],
  [
    'number',
    /\p{N}+(?:[.,:/]\p{N}+)*(?:[sS][tT]|[nN][dD]|[rR][dD]|[tT][hH]|[sS])?(?![\p{L}])|\p{N}[\p{L}\p{N}]*/uy,
  ],
  ['punct', /[\s\S]/uy],
];

function tokenKindAt(text: string, pos: number): readonly [TokenKind, number] {
  for (const [kind, re] of RULES) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (m === null || m[0].length === 0) continue;
    return [kind === 'abbrev' ? 'word' : kind, pos + m[0].length];
  }
  return ['punct', pos + 1];
}

/** A known abbreviation followed by a period: extend the word over the period. */
function abbreviationEnd(text: string, start: number, end: number): number {
  if (text[end] !== '.') return end;
  const word = text.slice(start, end).toLowerCase();
  return ABBREVIATIONS.has(word) ? end + 1 : end;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const [kind, rawEnd] = tokenKindAt(text, pos);
    const end = kind === 'word' ? abbreviationEnd(text, pos, rawEnd) : rawEnd;
    const raw = text.slice(pos, end);
    const norm = kind === 'word' || kind === 'number' ? normalizeWord(raw) : raw;
    tokens.push({ kind, text: raw, norm, span: [pos, end] });
    pos = end;
  }
  return tokens;
}

/** Word-like tokens a phrase can be made of (everything but spaces and line breaks). */
export function isContentToken(token: Token): boolean {
  return token.kind !== 'space' && token.kind !== 'newline';
}
