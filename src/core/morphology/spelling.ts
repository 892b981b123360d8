// Regular English suffixes and their spelling: -s/-es/-ies, -ed/-d/-ied, -ing, consonant
// doubling (US spelling), -ck- after a vowel and c (panic -> panicked). PURE.
import type { Inflections } from '../../types.js';
import { OES_PLURALS, STRESSED_FINAL, STRESSED_PREFIXES, US_SINGLE } from './irregular.js';

export const SIBILANT = /(?:s|x|z|ch|sh)$/;

/** One vowel, then one consonant that may double (`qu` counts as a consonant: quiz). */
const CVC = /(?:^|[^aeiou]|qu)[aeiou][bdfgklmnprstvz]$/;

function syllables(word: string): number {
  return (word.replace(/qu/g, 'qw').match(/[aeiou]+/g) ?? []).length;
}

function stressedFinal(base: string): boolean {
  if (STRESSED_FINAL.has(base)) return true;
  return STRESSED_PREFIXES.some(
    (p) => base.startsWith(p) && STRESSED_FINAL.has(base.slice(p.length)),
  );
}

/**
 * Whether a verb doubles its last consonant before -ed and -ing: a one-syllable word ending in
 * one vowel and one consonant (stop -> stopped, quiz -> quizzed), or a longer one stressed on
 * that syllable (commit -> committed; visit -> visited). Stress is not spelled: a longer word
 * doubles when STRESSED_FINAL has it, or when WordNet's exception lists double it (allot ->
 * allotted), except in -l (travelled, modelled: British) and US_SINGLE (benefited).
 */
export function doublesFinal(base: string, inflections?: Inflections): boolean {
  if (!CVC.test(base)) return false;
  if (syllables(base) === 1 || stressedFinal(base)) return true;
  if (base.endsWith('l') || US_SINGLE.has(base)) return false;
  return inflections?.forms(base, 'verb').includes(`${base}${base.slice(-1)}ed`) === true;
}

/** -s of a noun (or with `verb`, of a verb's third person): -ies, -es, -oes, quiz -> quizzes. */
export function regularPlural(base: string, verb = false): string {
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  if (base.endsWith('z') && doublesFinal(base)) return base + 'zes';
  if (SIBILANT.test(base)) return base + 'es';
  if (/[^aeiou]o$/.test(base) && (verb || OES_PLURALS.has(base))) return base + 'es';
  return base + 's';
}

/** Regular past (and participle): stop -> stopped, panic -> panicked, carry -> carried. */
export function regularPast(base: string, inflections?: Inflections): string {
  if (base.endsWith('e')) return base + 'd';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
  if (/[aeiou]c$/.test(base)) return base + 'ked';
  if (doublesFinal(base, inflections)) return base + base.slice(-1) + 'ed';
  return base + 'ed';
}

/** -ing: lie -> lying, make -> making (but see -> seeing, argue -> arguing), run -> running. */
export function regularIng(base: string, inflections?: Inflections): string {
  if (base.endsWith('ie')) return base.slice(0, -2) + 'ying';
  if (/[^aeioy]e$/.test(base) && base.length > 2) return base.slice(0, -1) + 'ing';
  if (/[aeiou]c$/.test(base)) return base + 'king';
  if (doublesFinal(base, inflections)) return base + base.slice(-1) + 'ing';
  return base + 'ing';
}
