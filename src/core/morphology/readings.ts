// The one stemmer: the possible (base, ending) readings of a written word, the inverse of
// inflect.ts. Regular endings are undone by rule (houses -> house, stopped -> stop, lying -> lie,
// panicked -> panic); irregular forms come from WordNet's exception lists (went -> go). A word may
// have several readings; callers keep those whose base they know. PURE.
import type { Inflections } from '../../types.js';
import { verbParts, type Suffix } from './inflect.js';
import { irregularThird } from './irregular.js';
import { SIBILANT } from './spelling.js';

export interface Reading {
  readonly base: string;
  readonly suffix: Suffix;
  /** Set on readings from WordNet's exception lists (irregular forms). */
  readonly irregular?: 'noun' | 'verb';
}

const VOWEL = /[aeiouy]/;
/** Consonants the rules double (stopped, quizzing); others do not (passed is pass + ed). */
const DOUBLED = /([bdgklmnprtz])\1(?:ed|ing)$/;

function pluralReadings(word: string, add: (base: string, suffix: Suffix) => void): void {
  if (word.endsWith('ies')) add(word.slice(0, -3) + 'y', 'plural');
  if (word.endsWith('es') && SIBILANT.test(word.slice(0, -2))) add(word.slice(0, -2), 'plural');
  if (word.endsWith('zzes')) add(word.slice(0, -3), 'plural');
  // goes, heroes (toes is not `to` + -es: bases of two letters only from the irregular table).
  const oes = word.slice(0, -2);
  if (/[^aeiou]oes$/.test(word) && (oes.length > 2 || irregularThird(oes) === word))
    add(oes, 'plural');
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us'))
    add(word.slice(0, -1), 'plural');
}

function verbReadings(word: string, add: (base: string, suffix: Suffix) => void): void {
  if (word.endsWith('ied')) add(word.slice(0, -3) + 'y', 'past');
  for (const [ending, suffix] of [
    ['ed', 'past'],
    ['ing', 'ing'],
  ] as const) {
    if (!word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length);
    add(bare, suffix);
    add(bare + 'e', suffix);
    // stopped -> stop; panicked -> panic (not picked -> pic: -ck- only after -ic of two syllables)
    if (DOUBLED.test(word) || /[aeiou][^aeiou]+ick$/.test(bare)) add(bare.slice(0, -1), suffix);
  }
  if (/^[^aeiou]ying$/.test(word)) add(word.slice(0, -4) + 'ie', 'ing');
}

/**
 * Readings of a lowercase word by the regular rules, the word itself (`none`) first. Plurals of
 * acronyms have no vowel (pcs, mls); verb stems must have one (y counts: tried -> try).
 */
export function regularReadings(word: string): Reading[] {
  const out: Reading[] = [{ base: word, suffix: 'none' }];
  const add = (base: string, suffix: Suffix): void => {
    if (base.length >= 2 && (suffix === 'plural' || VOWEL.test(base))) out.push({ base, suffix });
  };
  pluralReadings(word, add);
  verbReadings(word, add);
  return out;
}

/** The ending of an irregular verb form: took -> past, taken -> participle, is -> third. */
function irregularVerbSuffix(word: string, base: string): Suffix {
  if (word.endsWith('ing')) return 'ing';
  const parts = verbParts(base);
  if (parts !== undefined && word === parts.past) return 'past';
  if (parts !== undefined && word === parts.participle) return 'participle';
  if (irregularThird(base) === word || word.endsWith('s')) return 'third';
  return 'past';
}

/** Regular readings, then the irregular ones of WordNet's noun and verb exception lists. */
export function readings(word: string, inflections?: Inflections): Reading[] {
  const out = regularReadings(word);
  if (inflections === undefined) return out;
  for (const base of inflections.lemmas(word, 'noun'))
    out.push({ base, suffix: 'plural', irregular: 'noun' });
  for (const base of inflections.lemmas(word, 'verb'))
    out.push({ base, suffix: irregularVerbSuffix(word, base), irregular: 'verb' });
  return out;
}

/**
 * How `written` (lowercase, no possessive) is inflected relative to `base`: `woodlands` vs
 * `woodland` -> plural; `told` vs `tell` -> past (irregular). Null when it is not an inflection.
 */
export function suffixOf(written: string, base: string, inflections?: Inflections): Suffix | null {
  if (written === base) return 'none';
  const reading = readings(written, inflections).find(
    (r) => r.base === base && r.suffix !== 'none',
  );
  return reading?.suffix ?? null;
}

const bases = new Map<string, string>();

/** Base form of a word: its first regular reading (agencies -> agency), cached. */
export function baseForm(word: string): string {
  let base = bases.get(word);
  if (base === undefined) {
    base = regularReadings(word)[1]?.base ?? word;
    if (bases.size > 100_000) bases.clear();
    bases.set(word, base);
  }
  return base;
}
