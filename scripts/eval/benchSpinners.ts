// The benchmark's spinners: per family a tune spinner and a held-out spinner, with different
// rules, seeds and settings, so that the held-out figure is the figure for a spinner the engine
// never saw. Each spinner is a table (made by a rule from the thesauri, spinTable.ts) plus how it
// applies the table (tableSpinner.ts). eval/README.md describes them.
import {
  alphaMobyRule,
  alphaWordNetRule,
  newsMutualRule,
  newsSenseRule,
  spinbotMobyRule,
  spinbotWordNetRule,
  wordnetCommonestRule,
  wordnetFirstRule,
} from './familyRules.js';
import { fluentRule } from './fluentRule.js';
import type { Lexicon } from './lexicon.js';
import { buildTable, type SpinTable, type TableRule, type TableSettings } from './spinTable.js';
import type { SpinnerBehaviour } from './tableSpinner.js';
import type { Family } from './types.js';

export type BenchSlice = 'tune' | 'heldout';

export interface BenchSpinner {
  /** `news-tune`, `news-heldout`, … */
  readonly id: string;
  readonly family: Family;
  readonly slice: BenchSlice;
  /** One line: the table rule (for the manifest and the README). */
  readonly rule: string;
  readonly settings: Omit<TableSettings, 'skip' | 'functionWords'>;
  readonly behaviour: SpinnerBehaviour;
  readonly makeRule: (lex: Lexicon, seed: string) => TableRule;
}

/** Function words: swapped at the spinner's `functionRate` unless skipped. */
export const FUNCTION_WORDS = new Set(
  (
    'a an the and or but nor of to in on at for with from by as is are was were be been being am ' +
    'i you he she it we they me him her us them my your his its our their this that these those ' +
    'not no if so than then there here do does did have has had will would can could shall should ' +
    'may might must which who whom whose what when where why how into onto upon up out off over ' +
    'all any each both some such own same too also just only very many much more most few less ' +
    'because since while although though unless until whether however yet still even about after ' +
    'before during under between through against among without within'
  ).split(' '),
);

/** Words no spinner swaps: articles, personal pronouns, forms of be/have/do, titles. */
const NEVER =
  'a an the and of to i me my mine we us our ours you your yours he him his she her hers they them ' +
  'their theirs it its itself myself ourselves yourself yourselves himself herself themselves ' +
  'mr mrs ms is are was were be been being am has have had do does did';
/** The WordNet spinners' own skip list: words whose WordNet senses are letters, units, elements. */
const WORDNET_NEVER = 'a an the and or of to in i';

const words = (s: string): Set<string> => new Set(s.split(' '));

export const BENCH_SPINNERS: readonly BenchSpinner[] = [
  {
    id: 'news-tune',
    family: 'news',
    slice: 'tune',
    rule: 'most frequent Moby synonym, in the commonest WordNet sense first',
    settings: {
      seed: 'news-tune-7',
      typeRate: 0.45,
      functionRate: 0.2,
      outsideShare: 0.2,
      maxPhraseWords: 3,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.75, spinNames: true, spinQuotes: true, stack: false },
    makeRule: newsSenseRule,
  },
  {
    id: 'news-heldout',
    family: 'news',
    slice: 'heldout',
    rule: 'mutual Moby synonyms, one of the three most frequent (by seed)',
    settings: {
      seed: 'news-heldout-31',
      typeRate: 0.4,
      functionRate: 0.2,
      outsideShare: 0.27,
      maxPhraseWords: 3,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.7, spinNames: true, spinQuotes: false, stack: false },
    makeRule: newsMutualRule,
  },
  {
    id: 'wnfirst-tune',
    family: 'wnfirst',
    slice: 'tune',
    rule: "first lemma of the word's first WordNet synset (WordNet's order)",
    settings: {
      seed: 'wnfirst-tune-3',
      typeRate: 0.4,
      functionRate: 0.4,
      outsideShare: 0.22,
      maxPhraseWords: 2,
      numbers: true,
      closedClass: false,
    },
    behaviour: { occurrenceRate: 0.8, spinNames: true, spinQuotes: true, stack: false },
    makeRule: (lex) => wordnetFirstRule(lex),
  },
  {
    id: 'wnfirst-heldout',
    family: 'wnfirst',
    slice: 'heldout',
    rule: 'the lemma after the word in its most-tagged WordNet synset',
    settings: {
      seed: 'wnfirst-heldout-17',
      typeRate: 0.4,
      functionRate: 0.35,
      outsideShare: 0.25,
      maxPhraseWords: 2,
      numbers: true,
      closedClass: false,
    },
    behaviour: { occurrenceRate: 0.75, spinNames: true, spinQuotes: false, stack: false },
    makeRule: (lex) => wordnetCommonestRule(lex),
  },
  {
    id: 'alpha-tune',
    family: 'alpha',
    slice: 'tune',
    rule: 'alphabetically first single-word Moby synonym',
    settings: {
      seed: 'alpha-tune-5',
      typeRate: 0.4,
      functionRate: 0.2,
      outsideShare: 0.22,
      maxPhraseWords: 1,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.75, spinNames: false, spinQuotes: true, stack: false },
    makeRule: (lex) => alphaMobyRule(lex),
  },
  {
    id: 'alpha-heldout',
    family: 'alpha',
    slice: 'heldout',
    rule: 'alphabetically first WordNet synonym of any sense (phrases too)',
    settings: {
      seed: 'alpha-heldout-23',
      typeRate: 0.35,
      functionRate: 0.25,
      outsideShare: 0.17,
      maxPhraseWords: 2,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.8, spinNames: true, spinQuotes: false, stack: false },
    makeRule: (lex) => alphaWordNetRule(lex),
  },
  {
    id: 'spinbot-tune',
    family: 'spinbot',
    slice: 'tune',
    rule: "Moby's commonest multi-word synonym, else its commonest word; substitutes re-spun",
    settings: {
      seed: 'spinbot-tune-11',
      typeRate: 0.4,
      functionRate: 0.4,
      outsideShare: 0.32,
      maxPhraseWords: 3,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.75, spinNames: false, spinQuotes: true, stack: true },
    makeRule: spinbotMobyRule,
  },
  {
    id: 'spinbot-heldout',
    family: 'spinbot',
    slice: 'heldout',
    rule: "WordNet's and Moby's commonest multi-word synonym, else a WordNet word; substitutes re-spun",
    settings: {
      seed: 'spinbot-heldout-41',
      typeRate: 0.4,
      functionRate: 0.45,
      outsideShare: 0.45,
      maxPhraseWords: 3,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.7, spinNames: false, spinQuotes: false, stack: true },
    makeRule: spinbotWordNetRule,
  },
  {
    id: 'mt-tune',
    family: 'mt',
    slice: 'tune',
    rule: 'contractions written out; synonyms of single-sense words at least half as frequent',
    settings: {
      seed: 'mt-tune-13',
      typeRate: 0.6,
      functionRate: 0.6,
      outsideShare: 0,
      maxPhraseWords: 2,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.8, spinNames: false, spinQuotes: true, stack: false },
    makeRule: (lex, seed) =>
      fluentRule(lex, { seed, contractions: 'expand', share: 0.3, britishSpelling: false }),
  },
  {
    id: 'mt-heldout',
    family: 'mt',
    slice: 'heldout',
    rule: 'contractions made; -ize as -ise; synonyms of single-sense words at least a quarter as frequent',
    settings: {
      seed: 'mt-heldout-29',
      typeRate: 0.5,
      functionRate: 0.6,
      outsideShare: 0.5,
      maxPhraseWords: 2,
      numbers: false,
      closedClass: true,
    },
    behaviour: { occurrenceRate: 0.8, spinNames: false, spinQuotes: true, stack: false },
    makeRule: (lex, seed) =>
      fluentRule(lex, { seed, contractions: 'contract', share: 0.2, britishSpelling: true }),
  },
];

/** The spinner's table over the lexicon. */
export function spinnerTable(spinner: BenchSpinner, lex: Lexicon): SpinTable {
  const skip = words(spinner.family === 'wnfirst' ? WORDNET_NEVER : NEVER);
  return buildTable(
    spinner.makeRule(lex, spinner.settings.seed),
    { ...spinner.settings, skip, functionWords: FUNCTION_WORDS },
    lex,
  );
}
