// Sentences of a text, for the examples of learned entries: a sentence ends at . ! or ? (and any
// closing quote or bracket) before whitespace, or at a blank line. Pure.

/** Words whose period does not end a sentence. */
const ABBREVIATION =
  /(?:^|[^\p{L}])(?:\p{L}\.)+\p{L}$|(?:^|[^\p{L}])\p{Lu}$|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|etc|No|Gov|Sen|Rep|Gen)$/u;

/**
 * Half-open [start, end) spans of the sentences of a text, trimmed, in order. A period after an
 * abbreviation (U.S., an initial, Mr) ends no sentence.
 */
export function sentenceSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const re = /[.!?]["”’')\]]*(?=\s)|\n[ \t]*\n/g;
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim() !== '') spans.push([start + lead, end - trail]);
  };
  for (const m of text.matchAll(re)) {
    if (m[0].startsWith('.') && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index)))
      continue;
    const end = m[0].startsWith('\n') ? m.index : m.index + m[0].length;
    push(end);
    start = m.index + m[0].length;
  }
  push(text.length);
  return spans;
}

/** The sentence span holding offset `at` (the last one that starts at or before it). */
export function sentenceAt(
  spans: ReadonlyArray<readonly [number, number]>,
  at: number,
): readonly [number, number] | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found: readonly [number, number] | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as readonly [number, number];
    if (span[0] <= at) {
      found = span;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Words kept on each side of the change in an example cut from a long sentence. */
export const EXAMPLE_CONTEXT = 12;

/** The last `n` whitespace-separated words of `s` (all of it when it has no more). */
function lastWords(s: string, n: number): { readonly text: string; readonly cut: boolean } {
  const starts = [...s.matchAll(/\S+/g)].map((m) => m.index);
  if (starts.length <= n) return { text: s, cut: false };
  return { text: s.slice(starts[starts.length - n]), cut: true };
}

/** The first `n` whitespace-separated words of `s`. */
function firstWords(s: string, n: number): { readonly text: string; readonly cut: boolean } {
  const ends = [...s.matchAll(/\S+/g)].map((m) => m.index + m[0].length);
  if (ends.length <= n) return { text: s, cut: false };
  return { text: s.slice(0, ends[n - 1]), cut: true };
}

/**
 * The example of one change: the sentence around text[start, end) as written, and with the
 * change made, whitespace as single spaces; a long sentence is cut to EXAMPLE_CONTEXT words on
 * each side of the change, marked with "…".
 */
export function changeExample(
  text: string,
  sentence: readonly [number, number],
  start: number,
  end: number,
  replacement: string,
): { readonly spun: string; readonly restored: string } {
  const left = lastWords(text.slice(sentence[0], start), EXAMPLE_CONTEXT);
  const right = firstWords(text.slice(end, sentence[1]), EXAMPLE_CONTEXT);
  const join = (middle: string): string =>
    `${left.cut ? '… ' : ''}${left.text}${middle}${right.text}${right.cut ? ' …' : ''}`
      .replace(/\s+/g, ' ')
      .trim();
  return { spun: join(text.slice(start, end)), restored: join(replacement) };
}
