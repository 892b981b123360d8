// Inflect an English word or phrase: the one implementation the run time (restorations carry the
// writer's inflection) and the thesaurus build (pairs expanded to inflected forms) share.
// Irregular forms: the tables of irregular.ts first, then (plurals) WordNet's exception lists (an
// `Inflections`) for the words they lack, then the regular rules of spelling.ts. PURE.
import type { Inflections, PartOfSpeech } from '../../types.js';
import {
  CLOSED_CLASS,
  irregularPlural,
  irregularThird,
  irregularVerb,
  REGULAR_COMPOUNDS,
} from './irregular.js';
import type { VerbParts } from './irregular.js';
import { regularIng, regularPast, regularPlural } from './spelling.js';

export type Suffix = 'none' | 'plural' | 'third' | 'past' | 'participle' | 'ing';

export interface Inflection {
  readonly suffix: Suffix;
  /** Possessive ending as written: `’s`, `'s`, `’`, `'`, or empty. */
  readonly possessive: string;
}

export const NO_INFLECTION: Inflection = { suffix: 'none', possessive: '' };

/**
 * Latin and Greek plurals that WordNet lists beside the regular one (corona -> coronae,
 * carcinoma -> carcinomata, spectrum -> spectra, tempo -> tempi): modern prose mostly writes the regular form.
 */
export function isClassicalPlural(base: string, form: string): boolean {
  return (
    (/a$/.test(base) && /(?:ae|ata)$/.test(form)) ||
    (/us$/.test(base) && /i$/.test(form)) ||
    (/(?:um|on)$/.test(base) && /a$/.test(form)) ||
    (/(?:ex|ix)$/.test(base) && /ices$/.test(form)) ||
    (/o$/.test(base) && /i$/.test(form)) ||
    form === `${base}a` ||
    form === `${base}i`
  );
}

/**
 * A WordNet plural that only spells the regular ending another way: a doubled consonant (busses,
 * gasses; the rules write quizzes themselves).
 */
const spellingVariant = (base: string, form: string): boolean =>
  form.startsWith(base + base.slice(-1));

function wordnetPlural(base: string, inflections?: Inflections): string | undefined {
  return inflections
    ?.forms(base, 'noun')
    .find((f) => !spellingVariant(base, f) && !isClassicalPlural(base, f));
}

/** Prefixes of compound verbs that inflect as their last part (rebuild -> rebuilt, outdo -> outdid). */
const VERB_PREFIXES = ['re', 'un', 'mis', 'over', 'under', 'out', 'fore', 'with'];

/**
 * Past and participle of an irregular verb: the table's, or a prefix and the table's (mislead ->
 * misled), or undefined for a regular verb. WordNet's verb exceptions are not used here: they do
 * not say which form is the past and which the participle, and they list archaic forms of regular
 * verbs (addrest, abode).
 */
export function verbParts(base: string): VerbParts | undefined {
  const own = irregularVerb(base);
  if (own !== undefined || REGULAR_COMPOUNDS.has(base)) return own;
  for (const prefix of VERB_PREFIXES) {
    const parts = base.startsWith(prefix) ? irregularVerb(base.slice(prefix.length)) : undefined;
    if (parts !== undefined && base.length > prefix.length + 1)
      return { past: prefix + parts.past, participle: prefix + parts.participle };
  }
  return undefined;
}

/**
 * Inflect a lowercase base word. A plural of a verb is its third person (go -> goes), a third
 * person of a noun its plural (child -> children).
 */
export function inflectWord(
  base: string,
  suffix: Suffix,
  pos: PartOfSpeech = 'other',
  inflections?: Inflections,
): string {
  const verbal = suffix === 'plural' && pos === 'verb' ? 'third' : suffix;
  switch (verbal === 'third' && pos === 'noun' ? 'plural' : verbal) {
    case 'plural':
      return irregularPlural(base) ?? wordnetPlural(base, inflections) ?? regularPlural(base);
    case 'third':
      return irregularThird(base) ?? regularPlural(base, true);
    case 'past':
      return verbParts(base)?.past ?? regularPast(base, inflections);
    case 'participle':
      return verbParts(base)?.participle ?? regularPast(base, inflections);
    case 'ing':
      return regularIng(base, inflections);
    default:
      return base;
  }
}

/**
 * Which word of a phrase takes the ending. A verb phrase inflects its first word (look into ->
 * looked into, make use of -> made use of), a noun phrase its last (interest rate -> interest
 * rates, smart meter -> smart metering). The part of speech decides; without one (other, adj,
 * adv) a plural is a noun's and the other endings are a verb's.
 */
export function inflectsFirstWord(suffix: Suffix, pos: PartOfSpeech): boolean {
  if (suffix === 'none' || pos === 'noun') return false;
  return pos === 'verb' || suffix !== 'plural';
}

/** Closed-class words (of, the, into) are never inflected: `by way of` has no plural. */
export const isClosedClass = (word: string): boolean => CLOSED_CLASS.has(word);

const FIRST_WORD = /^([\p{L}\p{N}'’-]+)(.*)$/su;
const LAST_WORD = /^(.*?)([\p{L}\p{N}'’-]+)$/su;

/**
 * Inflect the word of a phrase that takes the ending (see inflectsFirstWord), when it is written
 * in lower case; then add the possessive ending (`’` alone after a plural in -s).
 */
export function inflectPhrase(
  phrase: string,
  inflection: Inflection,
  pos: PartOfSpeech,
  inflections?: Inflections,
): string {
  const { suffix } = inflection;
  const first = inflectsFirstWord(suffix, pos);
  const m = (first ? FIRST_WORD : LAST_WORD).exec(phrase);
  if (m === null) return phrase + inflection.possessive;
  let out = phrase;
  if (suffix !== 'none') {
    const word = (first ? m[1] : m[2]) ?? '';
    const rest = (first ? m[2] : m[1]) ?? '';
    if (word === word.toLowerCase()) {
      const inflected = inflectWord(word, suffix, first ? 'verb' : 'noun', inflections);
      out = first ? inflected + rest : rest + inflected;
    }
  }
  let possessive = inflection.possessive;
  if (possessive !== '' && out.endsWith('s') && suffix === 'plural')
    possessive = possessive.slice(0, 1);
  return out + possessive;
}
