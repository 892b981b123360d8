// Carry the writer's case pattern from the spun words onto the restoration.

export type CasePattern = 'lower' | 'title' | 'upper' | 'mixed';

const LETTER = /\p{L}/u;

export function casePattern(word: string): CasePattern {
  const letters = [...word].filter((c) => LETTER.test(c));
  if (letters.length === 0) return 'lower';
  const upper = letters.filter((c) => c !== c.toLowerCase() && c === c.toUpperCase()).length;
  if (upper === 0) return 'lower';
  if (upper === letters.length) return letters.length > 1 ? 'upper' : 'title';
  const first = letters[0] ?? '';
  if (upper === 1 && first === first.toUpperCase()) return 'title';
  return 'mixed';
}

/** Words kept lowercase inside Title Case restorations (unless first). */
const MINOR = new Set(
  'a an and as at but by for from in into nor of on or per than the to up via vs with'.split(' '),
);

function capitalize(word: string): string {
  const first = word.codePointAt(0);
  if (first === undefined) return word;
  const head = String.fromCodePoint(first);
  return head.toUpperCase() + word.slice(head.length);
}

/** Restoration words that carry their own case (DEA, U.S., iPhone) are kept as written. */
function hasOwnCase(word: string): boolean {
  return word !== word.toLowerCase();
}

function allUpper(patterns: readonly CasePattern[], actual: readonly string[]): boolean {
  const letters = actual.join('').replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 1 &&
    patterns.every((p) => p === 'upper' || p === 'lower') &&
    patterns.some((p) => p === 'upper') &&
    letters === letters.toUpperCase()
  );
}

/**
 * Apply the case of `actual` (the spun words as written) to `restoration` (as in the
 * dictionary). UPPER stays UPPER, Title Case stays Title Case, a capital first word (sentence
 * start) gives a capital first word; restoration words with their own capitals are kept.
 */
export function transferCase(actual: readonly string[], restoration: string): string {
  const patterns = actual.map(casePattern);
  const words = restoration.split(/( +)/);
  if (allUpper(patterns, actual)) return restoration.toUpperCase();
  const allTitle =
    patterns.length > 1 &&
    patterns.every((p, i) => p === 'title' || (i > 0 && MINOR.has(actual[i]?.toLowerCase() ?? '')));
  const firstTitle = patterns[0] === 'title' || patterns[0] === 'upper';
  let index = 0;
  return words
    .map((w) => {
      if (/^ +$/.test(w) || w === '') return w;
      const i = index++;
      if (hasOwnCase(w)) return w;
      if (allTitle) return i > 0 && MINOR.has(w) ? w : capitalize(w);
      if (i === 0 && firstTitle) return capitalize(w);
      return w;
    })
    .join('');
}
