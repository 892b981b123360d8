// text -> Token[] with exact spans over the original string. Concatenating the token texts gives
// the input back, byte for byte. The tokens are those of the rules in tokenRules.ts; the common
// cases are read here by character code (a corpus is mostly ASCII words, spaces and
// punctuation), the rest by the rules.
import type { Token, TokenKind } from '../types.js';
import { normalizeWord } from './normalize.js';
import {
  abbreviationEnd,
  NUMBER_RULE,
  ruleMatch,
  ruleToken,
  URL_RULE,
  WORD_RULE,
} from './tokenRules.js';

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;

function isSpace(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 12 ||
    c === 11 ||
    (c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200b) ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff))
  );
}

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isDigit(c);
/** `.`, `_`, `%`, `+`, `-`: may start or continue the local part of an e-mail address. */
const isEmailMark = (c: number): boolean =>
  c === 46 || c === 95 || c === 37 || c === 43 || c === 45;

/**
 * What an e-mail address starting at `pos` can be: `no` when the run of address characters ends
 * without `@`, `maybe` when it reaches `@` or a non-ASCII letter or number (the rules decide).
 */
function emailPossible(text: string, pos: number): boolean {
  let i = pos;
  let c = text.charCodeAt(i);
  while (isAsciiAlnum(c) || isEmailMark(c)) c = text.charCodeAt(++i);
  if (c === 64) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  LETTER_OR_NUMBER.lastIndex = i;
  return LETTER_OR_NUMBER.test(text);
}

/** A token starting with an ASCII letter that is neither a URL nor an e-mail address. */
function wordEnd(text: string, pos: number): number {
  if (text.charCodeAt(pos + 1) === 46) return -1; // U.S., J. (abbreviations): the rules
  let i = pos + 1;
  let c = text.charCodeAt(i);
  while (isAsciiAlnum(c)) c = text.charCodeAt(++i);
  if (c >= 128 || c === 39 || c === 45) return pos + ruleMatch(WORD_RULE, text, pos);
  return i;
}

/** The token at `pos`: its kind and end. */
function tokenAt(text: string, pos: number): readonly [TokenKind, number] {
  const c = text.charCodeAt(pos);
  if (c === 10) return ['newline', pos + 1];
  if (c === 13) return ['newline', text.charCodeAt(pos + 1) === 10 ? pos + 2 : pos + 1];
  if (isSpace(c)) {
    let i = pos + 1;
    while (isSpace(text.charCodeAt(i))) i++;
    return ['space', i];
  }
  if (c >= 128) return ruleToken(text, pos);
  const letter = isAsciiLetter(c);
  const lower = c | 32;
  if (letter && (lower === 104 || lower === 102 || lower === 119)) {
    const url = ruleMatch(URL_RULE, text, pos); // http(s)://, ftp://, www.
    if (url > 0) return ['url', pos + url];
  }
  if (letter || isDigit(c) || isEmailMark(c)) {
    if (emailPossible(text, pos)) return ruleToken(text, pos);
  }
  if (letter) {
    const end = wordEnd(text, pos);
    return end < 0 ? ruleToken(text, pos) : ['word', end];
  }
  if (isDigit(c)) return ['number', pos + ruleMatch(NUMBER_RULE, text, pos)];
  return ['punct', pos + 1];
}

export function tokenize(text: string): Token[] {
  return tokensBy(tokenAt, text);
}

/** The tokens by the rules alone (tokenRules.ts): what tokenize() must give. */
export function tokenizeByRules(text: string): Token[] {
  return tokensBy(ruleToken, text);
}

function tokensBy(next: typeof tokenAt, text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < text.length) {
    const [kind, rawEnd] = next(text, pos);
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
