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

/** Upper-case the first letter (after any digits or symbols: 3d -> 3D). */
function capitalize(word: string): string {
  return word.replace(/\p{L}/u, (c) => c.toUpperCase());
}

/** Restoration words that carry their own case (DEA, U.S., iPhone) are kept as written. */
function hasOwnCase(word: string): boolean {
  return word !== word.toLowerCase();
}

function allUpper(actual: readonly string[]): boolean {
  const letters = actual.join('').replace(/[^\p{L}]/gu, '');
  return (
    letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  );
}

/**
 * A restoration of several words whose only capital is its first letter ("Few shot learning"):
 * the capital may be a list's sentence case rather than a name, so a writer's lower-case first
 * word wins over it. Any other capital of a restoration is its own ("World Wide Web", "New
 * York", "Republican Party", "Markov chain" after a capitalised "Markov").
 */
function sentenceCased(words: readonly string[]): boolean {
  const lettered = words.filter((w) => LETTER.test(w));
  return (
    lettered.length > 1 &&
    casePattern(lettered[0] ?? '') === 'title' &&
    lettered.slice(1).every((w) => casePattern(w) === 'lower')
  );
}

/**
 * Apply the case of `actual` (the spun words as written) to `restoration` (as in the
 * dictionary). UPPER stays UPPER, Title Case stays Title Case, a capital first word (sentence
 * start) gives a capital first word; restoration words with their own capitals are kept.
 */
export function transferCase(actual: readonly string[], restoration: string): string {
  // Words without letters (numbers, symbols) carry no case.
  const lettered = actual.filter((w) => LETTER.test(w));
  const patterns = lettered.map(casePattern);
  const words = restoration.split(/( +)/);
  if (allUpper(actual)) return restoration.toUpperCase();
  const allTitle =
    patterns.length > 1 &&
    patterns.every((p, i) => p === 'title' || (i > 0 && MINOR.has(actual[i]?.toLowerCase() ?? '')));
  const firstTitle = patterns[0] === 'title' || patterns[0] === 'upper';
  const restored = words.filter((w) => w.trim() !== '');
  const count = restored.length;
  const firstLettered = restored.findIndex((w) => LETTER.test(w));
  const lowerFirst = sentenceCased(restored) && casePattern(lettered[0] ?? '') === 'lower';
  let index = 0;
  return words
    .map((w) => {
      if (/^ +$/.test(w) || w === '') return w;
      const i = index++;
      const written = count === actual.length || i === 0 ? actual[i] : undefined;
      if (i === Math.max(firstLettered, 0) && lowerFirst) return w.toLowerCase();
      if (hasOwnCase(w)) return w;
      if (allTitle) return i > 0 && MINOR.has(w) ? w : capitalize(w);
      if (i === Math.max(firstLettered, 0) && firstTitle) return capitalize(w);
      // A capitalised word inside a lower-case phrase is a name: "credulous Bayes" -> "naive Bayes".
      if (i > 0 && written !== undefined && casePattern(written) === 'title') return capitalize(w);
      return w;
    })
    .join('');
}
