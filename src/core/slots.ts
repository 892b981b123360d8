// The words of a document as the language model sees them: one slot per word or number token,
// grouped in sentences, with what protects a slot from being rewritten.
import type { LanguageModel, Token } from '../types.js';
import { lmWord } from './lmWords.js';

export interface Slot {
  /** Index of the token in the token array. */
  readonly token: number;
  /** Normalized word (lowercase, ASCII apostrophes). */
  readonly word: string;
  /** LM id of the word, -1 when unknown. */
  readonly id: number;
  /** First slot of its sentence. */
  readonly sentenceStart: boolean;
  /** Index of the first slot of its sentence and one past its last. */
  readonly sentence: readonly [number, number];
  /** Never rewritten by the thesaurus (names, acronyms, numbers, [sic]…). */
  readonly protected: boolean;
  readonly reason?: string;
}

const SENTENCE_END = /^[.!?;:…]+$/;
const CAPITAL = /^\p{Lu}/u;
const ACRONYM = /^[\p{Lu}\d.&-]{2,}(?:['’]s)?$/u;

function isBoundary(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t === undefined) return true;
  if (t.kind === 'punct') return SENTENCE_END.test(t.text);
  if (t.kind === 'newline') {
    // A blank line, or a line that ends without punctuation (titles, captions) ends a sentence.
    return true;
  }
  return false;
}

function isSic(tokens: readonly Token[], i: number): boolean {
  // word [sic] — look past spaces for "[", "sic", "]".
  let j = i + 1;
  while (tokens[j]?.kind === 'space') j++;
  return tokens[j]?.text === '[' && tokens[j + 1]?.norm === 'sic';
}

function protection(
  tokens: readonly Token[],
  i: number,
  sentenceStart: boolean,
  nextCapital: boolean,
): string | undefined {
  const t = tokens[i] as Token;
  if (t.kind === 'number') return 'number';
  if (t.kind !== 'word') return t.kind;
  if (isSic(tokens, i)) return '[sic]';
  if (ACRONYM.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text)) return 'acronym';
  if (/\d/.test(t.text)) return 'alphanumeric';
  if (CAPITAL.test(t.text)) {
    if (!sentenceStart) return 'proper name';
    // A sentence-initial capital is a name when a capitalised word follows (Frederic J. Brown).
    if (nextCapital) return 'proper name';
  }
  return undefined;
}

export function buildSlots(
  tokens: readonly Token[],
  lm: LanguageModel,
  from = 0,
  to = tokens.length,
): Slot[] {
  const raw: Array<{ token: number; start: boolean }> = [];
  let start = true;
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' || t.kind === 'number') {
      raw.push({ token: i, start });
      start = false;
    } else if (isBoundary(tokens, i) || t.kind === 'url' || t.kind === 'email') {
      start = true;
    }
  }
  const slots: Slot[] = [];
  let sentenceFirst = 0;
  for (let k = 0; k < raw.length; k++) {
    const r = raw[k] as { token: number; start: boolean };
    if (r.start) sentenceFirst = k;
    let end = k + 1;
    while (end < raw.length && !(raw[end] as { start: boolean }).start) end++;
    const t = tokens[r.token] as Token;
    const next = raw[k + 1];
    const nextCapital =
      next !== undefined && !next.start && CAPITAL.test(tokens[next.token]?.text ?? '');
    const reason = protection(tokens, r.token, r.start, nextCapital);
    const word = lmWord(t.norm);
    slots.push({
      token: r.token,
      word,
      id: lm.id(word),
      sentenceStart: r.start,
      sentence: [sentenceFirst, end],
      protected: reason !== undefined,
      ...(reason !== undefined ? { reason } : {}),
    });
  }
  return slots;
}
