// The spinner's own word splitter and case transfer. Deliberately independent of src/core: the
// synthetic spinner must not share code with the restorer it is used to measure.

export interface WordToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Letters with at most one inner apostrophe part (Mexico's, don't), or a run of digits.
// Hyphens split words (ex-Mexican -> ex, Mexican), and so do periods (U.S. -> U, S), as they do
// for the article spinners seen in the wild.
const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?|[0-9]+/g;

export function splitWords(text: string): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    out.push({ text: m[0], start, end: start + m[0].length });
  }
  return out;
}

export type CaseShape = 'lower' | 'title' | 'upper' | 'other';

export function caseShape(word: string): CaseShape {
  const letters = word.replace(/[^A-Za-z]/g, '');
  if (letters === '') return 'other';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'upper';
  const first = letters[0] as string;
  if (first === first.toUpperCase() && letters.slice(1) === letters.slice(1).toLowerCase())
    return 'title';
  return 'other';
}

/** Capitalize the first letter only (sentence-initial form). */
export function capitalizeFirst(s: string): string {
  const i = s.search(/[A-Za-z]/);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

/** Capitalize the first letter of every space-separated word (Title Case). */
export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w) => capitalizeFirst(w))
    .join(' ');
}

/**
 * Carry the case of the replaced text onto a replacement, the way spinners do: lowercase
 * originals give the replacement as listed, Title gives a capital first letter, UPPER gives
 * UPPER. Mixed case (iPhone) keeps the replacement as listed.
 */
export function transferCase(from: string, replacement: string): string {
  switch (caseShape(from)) {
    case 'upper':
      return replacement.toUpperCase();
    case 'title':
      return capitalizeFirst(replacement);
    default:
      return replacement;
  }
}

const SMALL_WORDS = new Set(
  'a an the and or nor but for of in on at to by as with from via vs'.split(' '),
);

/** Title Case in the style that keeps short function words lowercase (except the first word). */
export function titleCaseSmallWords(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w.toLowerCase()) ? w : capitalizeFirst(w)))
    .join(' ');
}

// Latin and Greek plurals that writers (and restorers) may use instead of the regular one.
const CLASSICAL_PLURALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/um$/, 'a'],
  [/on$/, 'a'],
  [/us$/, 'i'],
  [/is$/, 'es'],
  [/[ei]x$/, 'ices'],
  [/a$/, 'ae'],
];

/** Other plausible plurals of a word besides pluralize(word): momentum -> momenta. */
export function classicalPlurals(word: string): string[] {
  return CLASSICAL_PLURALS.filter(([re]) => re.test(word)).map(([re, rep]) =>
    word.replace(re, rep),
  );
}

const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  thief: 'thieves',
  leaf: 'leaves',
  life: 'lives',
  wife: 'wives',
  knife: 'knives',
  half: 'halves',
  self: 'selves',
  shelf: 'shelves',
  wolf: 'wolves',
  loaf: 'loaves',
};

/** Simple English plural of a word (enough for synthetic data, not for the restorer). */
export function pluralize(word: string): string {
  const irregular = IRREGULAR_PLURALS[word.toLowerCase()];
  if (irregular !== undefined) return irregular;
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh)$/i.test(word)) return word + 'es';
  return word + 's';
}

/** Inverse of pluralize for a regular plural, or undefined when `word` does not look plural. */
export function singularCandidates(word: string): string[] {
  const out: string[] = [];
  if (/[^aeiou]ies$/i.test(word)) out.push(word.slice(0, -3) + 'y');
  if (/(s|x|z|ch|sh)es$/i.test(word)) out.push(word.slice(0, -2));
  if (/[^s]s$/i.test(word)) out.push(word.slice(0, -1));
  return out;
}

/** Pluralize the last word of a phrase. */
export function pluralizePhrase(phrase: string): string {
  const i = phrase.lastIndexOf(' ');
  return phrase.slice(0, i + 1) + pluralize(phrase.slice(i + 1));
}
