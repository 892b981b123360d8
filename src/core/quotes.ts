// Quotation marks around a phrase: a short quotation that holds a dictionary phrase mentions it
// ("spinners write “assume tank”"), it does not spin it.
import type { Token } from '../types.js';
import { SHORT_QUOTE_WORDS } from './tuning.js';

const OPEN = new Set(['"', '“', '‘', "'"]);
const CLOSE = new Set(['"', '”', '’', "'"]);

/** Words from token `from` stepping by `step` until a quote mark; null when none is near. */
function wordsToQuote(
  tokens: readonly Token[],
  from: number,
  step: 1 | -1,
  marks: ReadonlySet<string>,
): number | null {
  let words = 0;
  let newlines = 0;
  for (let i = from; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i] as Token;
    // A quotation may wrap a line, not a paragraph.
    if (t.kind === 'newline' && ++newlines > 1) return null;
    if (t.kind === 'punct' && marks.has(t.text)) return words;
    if (t.kind === 'word' || t.kind === 'number') {
      // An apostrophe inside a word (don't, Mexico's) is part of the word token.
      if (++words > SHORT_QUOTE_WORDS) return null;
    }
  }
  return null;
}

/** True when tokens [first, last] stand inside a short quotation ("White Home", ‘assume tank’). */
export function inShortQuote(tokens: readonly Token[], first: number, last: number): boolean {
  const before = wordsToQuote(tokens, first - 1, -1, OPEN);
  const after = wordsToQuote(tokens, last + 1, 1, CLOSE);
  if (before === null || after === null) return false;
  let inside = 0;
  for (let i = first; i <= last; i++) {
    const kind = tokens[i]?.kind;
    if (kind === 'word' || kind === 'number') inside++;
  }
  return before + inside + after <= SHORT_QUOTE_WORDS;
}

/**
 * True when tokens [first, last] are all a quotation holds, give or take punctuation
 * (“counterfeit consciousness”, ‘White Home,’): the text names the phrase.
 */
export function isQuotedMention(tokens: readonly Token[], first: number, last: number): boolean {
  return (
    wordsToQuote(tokens, first - 1, -1, OPEN) === 0 &&
    wordsToQuote(tokens, last + 1, 1, CLOSE) === 0
  );
}
