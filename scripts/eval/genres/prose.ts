// What counts as a paragraph of plain prose in the genre loaders (scripts/eval/genres/): the
// same test as the e-mail loader (scripts/eval/ham.ts) applies to mailing-list prose.

/** A word of letters with at most trailing punctuation (or an opening quote or bracket). */
const PLAIN_WORD = /^["'(‘“]?[A-Za-z][a-z'’-]*[,.;:!?"')’”]*$/;

/** Characters allowed in a kept paragraph: printable ASCII, curly quotes and dashes. */
const ALLOWED = /^[\x20-\x7e’‘“”—–]*$/;

/**
 * Whether `text` (one paragraph on one line) is plain prose: at least `minWords` words, starts
 * with a capital (or quote), ends a sentence, and at least 80% of its words are plain words (no
 * tables, code, lists of names or numbers).
 */
export function isPlainProse(text: string, minWords = 15): boolean {
  const words = text.split(' ');
  if (words.length < minWords || !ALLOWED.test(text)) return false;
  if (!/^["'‘“(]?[A-Z]/.test(text) || !/[.!?]["')’”]?$/.test(text)) return false;
  const plain = words.filter((w) => PLAIN_WORD.test(w)).length;
  return plain / words.length >= 0.8;
}

/** Runs of whitespace as one space, trimmed. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => w !== '').length;
}

/**
 * Whole paragraphs from the start of `paragraphs` until at least `minWords` words, joined by blank
 * lines; undefined when there are fewer words than that in all.
 */
export function firstWords(paragraphs: readonly string[], minWords: number): string | undefined {
  const out: string[] = [];
  let words = 0;
  for (const p of paragraphs) {
    if (words >= minWords) break;
    out.push(p);
    words += wordCount(p);
  }
  return words >= minWords ? out.join('\n\n') + '\n' : undefined;
}
