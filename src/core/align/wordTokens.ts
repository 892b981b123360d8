// The word tokens the aligner compares: runs of letters and digits with inner apostrophes,
// periods and hyphens ("DEA’s", "U.S.", "well-being"), "...", or one other mark. Coarser than the
// engine's tokenizer on purpose: an alignment compares words as written, spacing aside. Pure.

/** A token of the aligner, with its half-open span in the text (UTF-16 offsets). */
export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.\-‐][\p{L}\p{N}]+)*(?:\.(?!\.))?|\.\.\.|[^\s\p{L}\p{N}]/gu;

/**
 * The tokens of a text. A word keeps inner apostrophes, periods and hyphens ("DEA’s", "U.S.",
 * "well-being") and one final period only when it has an inner one ("U.S." but "nations" + ".").
 */
export function wordTokens(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    if (word.endsWith('.') && word.length > 1 && !/\./.test(word.slice(0, -1))) {
      word = word.slice(0, -1);
      out.push({ text: word, start: m.index, end: m.index + word.length });
      out.push({ text: '.', start: m.index + word.length, end: m.index + word.length + 1 });
      continue;
    }
    out.push({ text: word, start: m.index, end: m.index + word.length });
  }
  return out;
}

/** Typography that does not count as a change: curly quotes, dashes, ellipsis, NBSP. */
export function typographic(token: string): string {
  return token
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[—–‐‒]/g, '-')
    .replace(/…/g, '...');
}

/** True for a token that is a word or number (not punctuation). */
export function isWordToken(token: WordToken): boolean {
  return /[\p{L}\p{N}]/u.test(token.text);
}
