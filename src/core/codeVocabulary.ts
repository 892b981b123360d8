// The words a text uses in code, URLs, link targets and identifiers. A spinner leaves those
// alone, so they are the author's own words: when the prose writes one of them ("the help
// option" beside `--help` and `helpOption()`), it is a term of the text, not a swap.
import type { Span, Token } from '../types.js';
import { baseForm } from './morphology/index.js';

/** A camelCase or PascalCase identifier written in prose: helpOption, addHelpText, TypeScript. */
const IDENTIFIER = /^\p{Ll}+\p{Lu}|^\p{Lu}\p{Ll}+\p{Lu}/u;

/** The lowercase words of an identifier or a code fragment (camelCase, snake_case, kebab-case). */
export function identifierWords(code: string): string[] {
  return (code.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').match(/\p{L}+/gu) ?? []).map((w) =>
    w.toLowerCase(),
  );
}

function addWords(out: Set<string>, code: string): void {
  for (const w of identifierWords(code)) {
    if (w.length < 3) continue;
    out.add(w);
    out.add(baseForm(w));
  }
}

/**
 * Lowercase words (and their base forms) of the protected ranges (code), URL and e-mail tokens
 * and identifiers of the text. Words of fewer than three letters are left out.
 */
export function codeVocabulary(
  input: string,
  tokens: readonly Token[],
  ranges: readonly Span[],
): Set<string> {
  const out = new Set<string>();
  for (const [s, t] of ranges) addWords(out, input.slice(s, t));
  for (const token of tokens) {
    if (token.kind === 'url' || token.kind === 'email') addWords(out, token.text);
    else if (token.kind === 'word' && IDENTIFIER.test(token.text)) addWords(out, token.text);
  }
  return out;
}

/** True when `word` (normalized) or its base form is in the text's code vocabulary. */
export function inCodeVocabulary(vocabulary: ReadonlySet<string>, word: string): boolean {
  return vocabulary.size > 0 && (vocabulary.has(word) || vocabulary.has(baseForm(word)));
}
