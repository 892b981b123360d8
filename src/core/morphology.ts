// Inflection of a single English word: find how a written word is inflected relative to a base
// form, and inflect another base form the same way. Regular rules plus WordNet's irregular forms.
import type { Inflections, PartOfSpeech } from '../types.js';

export type Suffix = 'none' | 'plural' | 'past' | 'ing' | 'third';

export interface Inflection {
  readonly suffix: Suffix;
  /** Possessive ending as written: `’s`, `'s`, `’`, `'`, or empty. */
  readonly possessive: string;
}

export const NO_INFLECTION: Inflection = { suffix: 'none', possessive: '' };

const VOWEL = /[aeiou]/;
const SIBILANT = /(?:s|x|z|ch|sh)$/;

/** Split a possessive ending off a word: `Secretary’s` -> [`Secretary`, `’s`]. */
export function splitPossessive(word: string): readonly [string, string] {
  // WordNet first-synonym spinners turn the clitic 's into 'southward (S -> due south / southward).
  const spun = /^(.+?)(['’])southward$/iu.exec(word);
  if (spun !== null) return [spun[1] ?? word, `${spun[2] ?? "'"}s`];
  const m = /^(.*?)(['’]s|(?<=s)['’])$/iu.exec(word);
  if (m === null || m[1] === undefined || m[1] === '') return [word, ''];
  return [m[1], m[2] ?? ''];
}

function doubles(base: string): boolean {
  // Short consonant-vowel-consonant stems double their final consonant: stop -> stopped.
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base) && base.length <= 4;
}

export function regularPlural(base: string): string {
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  if (SIBILANT.test(base)) return base + 'es';
  return base + 's';
}

export function regularPast(base: string): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (doubles(base)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

export function regularIng(base: string): string {
  if (/ie$/.test(base)) return base.slice(0, -2) + 'ying';
  if (/[^aeiouy]e$/.test(base) && base.length > 2) return base.slice(0, -1) + 'ing';
  if (doubles(base)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}

function inflectRegular(base: string, suffix: Suffix): string {
  switch (suffix) {
    case 'plural':
    case 'third':
      return regularPlural(base);
    case 'past':
      return regularPast(base);
    case 'ing':
      return regularIng(base);
    default:
      return base;
  }
}

/** Possible (base, suffix) readings of a lowercase word, regular rules only. */
export function regularReadings(word: string): Array<readonly [string, Suffix]> {
  const out: Array<readonly [string, Suffix]> = [[word, 'none']];
  // Plurals of acronyms have no vowel (pcs, mls); verb stems must have one.
  const add = (base: string, suffix: Suffix): void => {
    if (base.length >= 2 && (suffix === 'plural' || VOWEL.test(base))) out.push([base, suffix]);
  };
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y', 'plural');
  if (word.endsWith('es') && SIBILANT.test(word.slice(0, -2))) add(word.slice(0, -2), 'plural');
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    add(word.slice(0, -1), 'plural');
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y', 'past');
  if (word.endsWith('ed')) {
    add(word.slice(0, -2), 'past');
    add(word.slice(0, -1), 'past');
    if (/([bdgklmnprt])\1ed$/.test(word)) add(word.slice(0, -3), 'past');
  }
  if (word.endsWith('ing')) {
    add(word.slice(0, -3), 'ing');
    add(word.slice(0, -3) + 'e', 'ing');
    if (/([bdgklmnprt])\1ing$/.test(word)) add(word.slice(0, -4), 'ing');
  }
  return out;
}

/**
 * How `written` (lowercase, no possessive) is inflected relative to `base`: `woodlands` vs
 * `woodland` -> plural; `told` vs `tell` -> past (irregular). Null when it is not an inflection.
 */
export function suffixOf(written: string, base: string, inflections?: Inflections): Suffix | null {
  if (written === base) return 'none';
  for (const [b, s] of regularReadings(written)) if (b === base && s !== 'none') return s;
  if (inflections?.lemmas(written, 'noun').includes(base)) return 'plural';
  if (inflections?.lemmas(written, 'verb').includes(base))
    return written.endsWith('ing') ? 'ing' : 'past';
  return null;
}

/**
 * Latin and Greek plurals that WordNet lists beside the regular one (corona -> coronae,
 * carcinoma -> carcinomata, spectrum -> spectra): modern prose mostly writes the regular form.
 */
export function isClassicalPlural(base: string, form: string): boolean {
  return (
    (/a$/.test(base) && /(?:ae|ata)$/.test(form)) ||
    (/us$/.test(base) && /i$/.test(form)) ||
    (/(?:um|on)$/.test(base) && /a$/.test(form)) ||
    (/(?:ex|ix)$/.test(base) && /ices$/.test(form)) ||
    form === `${base}a` ||
    form === `${base}i`
  );
}

/** Inflect a lowercase base word; irregular forms come from WordNet's exception lists. */
export function inflectWord(
  base: string,
  suffix: Suffix,
  pos: PartOfSpeech,
  inflections?: Inflections,
): string {
  if (suffix === 'none') return base;
  if (inflections !== undefined && suffix !== 'ing') {
    const wordClass: PartOfSpeech = suffix === 'plural' && pos !== 'verb' ? 'noun' : 'verb';
    const irregular = inflections
      .forms(base, wordClass)
      .filter((f) => !f.endsWith('ing') && !(wordClass === 'noun' && isClassicalPlural(base, f)));
    const first = irregular[0];
    if (first !== undefined && suffix !== 'third') return first;
  }
  return inflectRegular(base, suffix);
}

/** Inflect the last word of a (possibly multi-word) phrase; then add the possessive ending. */
export function inflectPhrase(
  phrase: string,
  inflection: Inflection,
  pos: PartOfSpeech,
  inflections?: Inflections,
): string {
  const m = /^(.*?)([\p{L}\p{N}'’-]+)$/u.exec(phrase);
  if (m === null) return phrase + inflection.possessive;
  const head = m[1] ?? '';
  const last = m[2] ?? '';
  let word = last;
  if (inflection.suffix !== 'none' && last === last.toLowerCase()) {
    word = inflectWord(last, inflection.suffix, pos, inflections);
  }
  let possessive = inflection.possessive;
  if (possessive !== '' && word.endsWith('s') && inflection.suffix === 'plural')
    possessive = possessive.slice(0, 1);
  return head + word + possessive;
}

const bases = new Map<string, string>();

/** Base form of a word: its first regular reading (agencies -> agency), cached. */
export function baseForm(word: string): string {
  let base = bases.get(word);
  if (base === undefined) {
    base = regularReadings(word)[1]?.[0] ?? word;
    if (bases.size > 100_000) bases.clear();
    bases.set(word, base);
  }
  return base;
}
