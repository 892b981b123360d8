// Applying a spinner's table to a text, occurrence by occurrence, as real spinners do: a word
// type in the table is swapped at about `occurrenceRate` of its occurrences and left alone at the
// others; names and quoted speech are spun or not by the spinner's settings; phrases first.
import type { Rng } from './rng.js';
import type { SpinTable } from './spinTable.js';
import type { Substitution } from './types.js';
import { splitWords, transferCase, type WordToken } from './words.js';

export interface SpinnerBehaviour {
  /** Probability that an occurrence of a table key is swapped. */
  readonly occurrenceRate: number;
  /** Capitalized words away from the start of a sentence (White House) spun word by word. */
  readonly spinNames: boolean;
  /** Words inside quotation marks spun. */
  readonly spinQuotes: boolean;
  /** The words of a multi-word substitute swapped once more by the table, always (Spinbot). */
  readonly stack: boolean;
}

export interface TableSpinResult {
  readonly spun: string;
  readonly substitutions: Substitution[];
}

/** Spans inside straight or curly double quotes, within a paragraph. */
export function quotedSpans(text: string): Array<readonly [number, number]> {
  return [...text.matchAll(/“[^”\n]*”|"[^"\n]*"/g)].map((m) => [m.index, m.index + m[0].length]);
}

/** True when the token starts a sentence: text start, paragraph start, or after . ! ? : */
function sentenceInitial(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start).replace(/["“‘'(\s]+$/, '');
  return before === '' || /[.!?:]$/.test(before) || /\n\s*$/.test(text.slice(0, start));
}

/**
 * A name word: capitalized away from the start of a sentence, or at the start of one when the
 * reference corpus mostly writes it capitalized (`Congress`).
 */
export function isNameWord(
  text: string,
  token: WordToken,
  capitalShare: (word: string) => number,
): boolean {
  if (!/^[A-Z]/.test(token.text)) return false;
  return !sentenceInitial(text, token.start) || capitalShare(token.text) > 0.5;
}

function spacedRun(words: readonly WordToken[], i: number, n: number, text: string): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const a = words[k];
    const b = words[k + 1];
    if (a === undefined || b === undefined || text.slice(a.end, b.start) !== ' ') return false;
  }
  return words[i + n - 1] !== undefined;
}

const key = (s: string): string => s.toLowerCase().replace(/’/g, "'");

/** Words whose 's is a contraction (it's, that's, let's), not a possessive. */
const CONTRACTED = /^(?:it|that|there|here|what|who|he|she|let|where|how|when|why)$/i;

export function spinWithTable(
  text: string,
  table: SpinTable,
  behaviour: SpinnerBehaviour,
  rng: Rng,
  capitalShare: (word: string) => number,
): TableSpinResult {
  const words = splitWords(text);
  const quotes = behaviour.spinQuotes ? [] : quotedSpans(text);
  const blocked = words.map(
    (w) =>
      quotes.some(([a, b]) => w.start >= a && w.end <= b) ||
      (!behaviour.spinNames && isNameWord(text, w, capitalShare)),
  );
  // Stacking is part of the table: a substitute's words are always re-spun the same way.
  const stacked = (value: string): string =>
    !behaviour.stack || !value.includes(' ')
      ? value
      : value
          .split(' ')
          .map((w) => {
            const e = table.lookup(w);
            return e !== undefined && !e.value.includes(' ') ? e.value : w;
          })
          .join(' ');

  const substitutions: Substitution[] = [];
  let out = '';
  let copied = 0;
  const replace = (first: WordToken, last: WordToken, spun: string, outside: boolean): void => {
    const original = text.slice(first.start, last.end);
    out += text.slice(copied, first.start);
    if (spun !== original) {
      const s = { start: out.length, end: out.length + spun.length, original, spun };
      substitutions.push(outside ? { ...s, outside: true } : s);
    }
    out += spun;
    copied = last.end;
  };

  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = table.maxPhraseWords; n >= 2 && taken === 0; n--) {
      if (!spacedRun(words, i, n, text) || blocked.slice(i, i + n).some((b) => b)) continue;
      const run = words.slice(i, i + n);
      if (run.some((w, k) => !/^[a-z]+$/i.test(w.text) || (k > 0 && /[A-Z]/.test(w.text))))
        continue;
      const phrase = text.slice((run[0] as WordToken).start, (run[n - 1] as WordToken).end);
      const e = table.lookup(key(phrase));
      if (e === undefined) continue;
      taken = n;
      if (rng.chance(behaviour.occurrenceRate)) {
        replace(
          run[0] as WordToken,
          run[n - 1] as WordToken,
          transferCase(phrase, stacked(e.value)),
          e.outside,
        );
      }
    }
    if (taken > 0) {
      i += taken;
      continue;
    }
    const w = words[i] as WordToken;
    i++;
    if (blocked[i - 1]) continue;
    const whole = table.lookup(key(w.text));
    const m = /^(.+?)(['’][sS])$/.exec(w.text);
    const possessive = whole === undefined && m !== null && !CONTRACTED.test(m[1] as string);
    const [base, suffix] = possessive ? [m[1] as string, m[2] as string] : [w.text, ''];
    const e = whole ?? (suffix === '' ? undefined : table.lookup(key(base)));
    if (e === undefined || !rng.chance(behaviour.occurrenceRate)) continue;
    replace(w, w, transferCase(base, stacked(e.value)) + suffix, e.outside);
  }
  out += text.slice(copied);
  return { spun: out, substitutions };
}
