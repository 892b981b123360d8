// Candidate originals from the reversed thesauri: which written phrases get one.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../../src/core/tokenize.js';
import { buildSlots } from '../../../src/core/slots.js';
import {
  thesaurusCandidates,
  type CandidateContext,
} from '../../../src/core/thesaurusCandidates.js';
import { createRestoreOptions } from '../../../src/restoreOptions.js';
import type { Inflections, LanguageModel, Thesaurus } from '../../../src/types.js';
import { parseDictionary } from '../../../src/dictionary/parse.js';
import { spinnerChannel, withSpinnerChannel } from '../../../src/core/spinnerChannel.js';

const options = createRestoreOptions({});
const lm = options.lm as LanguageModel;
const thesaurus = options.thesaurus as Thesaurus;

/** The candidates of a text and its slots, with the shipped thesaurus unless `ctx` says else. */
function candidatesOf(text: string, ctx: Partial<CandidateContext> = {}) {
  const tokens = tokenize(text);
  const slots = buildSlots(tokens, lm);
  return {
    slots,
    candidates: thesaurusCandidates({ tokens, slots, thesaurus, lm, ...ctx }, new Set()),
  };
}

/** A thesaurus of nothing but curated swaps (spun, original, prior) of one family. */
function curatedSwaps(rows: ReadonlyArray<readonly [string, string, string]>): Thesaurus {
  const dict = parseDictionary(
    rows
      .map(([spun, original, prior]) => [spun, original, 'channel', 'news', prior].join('\t'))
      .join('\n'),
    'swaps',
    'swaps.tsv',
  );
  return withSpinnerChannel(undefined, spinnerChannel([dict]));
}

/** The written text of each candidate over several words, with its restoration. */
function phrases(text: string): string[] {
  const tokens = tokenize(text);
  const slots = buildSlots(tokens, lm);
  return thesaurusCandidates({ tokens, slots, thesaurus, lm }, new Set())
    .filter((c) => c.last > c.first)
    .map(
      (c) =>
        `${text.slice(tokens[slots[c.first]!.token]!.span[0], tokens[slots[c.last]!.token]!.span[1])} -> ${c.text}`,
    );
}

describe('multi-word keys', () => {
  test('a number after the first word (a WordNet lemma for a function word)', () => {
    expect(phrases('We waited atomic number 85 the station.')).toContain('atomic number 85 -> at');
  });

  test('a capitalised word followed by lower-case ones, inside a sentence', () => {
    expect(phrases('He spoke American english at home.')).toContain('American english -> American');
  });

  test('a name capitalised throughout is left alone', () => {
    expect(phrases('He spoke American English at home.')).not.toContain(
      'American English -> American',
    );
  });

  test('a phrase with words added is a candidate; an acronym is not', () => {
    expect(phrases('It happened in the geological era of our grandparents.')).toContain(
      'geological era -> era',
    );
    expect(phrases('The world health organization met.')).not.toContain(
      'world health organization -> who',
    );
  });
});

describe('words of the text in code, URLs and identifiers', () => {
  /** Written words that get a single-word candidate. */
  function candidateWords(text: string, codeWords: ReadonlySet<string>): string[] {
    const tokens = tokenize(text);
    const slots = buildSlots(tokens, lm);
    const found = thesaurusCandidates({ tokens, slots, thesaurus, lm, codeWords }, new Set())
      .filter((c) => c.last === c.first)
      .map((c) => slots[c.first]!.word);
    return [...new Set(found)];
  }

  test('a word the text uses in code gets no single-word candidate', () => {
    const text = 'The help option shows the help.';
    expect(candidateWords(text, new Set())).toContain('help');
    expect(candidateWords(text, new Set(['help']))).not.toContain('help');
    expect(candidateWords(text, new Set(['help']))).toContain('shows');
  });
});

describe('curated phrases under an inflection the list does not spell out', () => {
  const curated = curatedSwaps([
    ['legal professional', 'attorney', '0.8'],
    ['grow to be', 'become', '0.8'],
    ['focus on', 'discuss', '0.3'],
  ]);
  const inflections = options.inflections as Inflections;

  function restored(text: string): string[] {
    return candidatesOf(text, { thesaurus: curated, inflections })
      .candidates.filter((c) => c.last > c.first)
      .map((c) => c.text);
  }

  test.each([
    ['The legal professionals left.', 'attorneys'],
    ['The legal professional left.', 'attorney'],
    ['Costs grew to be a concern.', 'became'],
    ['The city has grown to be large.', 'become'],
    ['It is growing to be large.', 'becoming'],
    ['She focuses on costs.', 'discusses'],
    ['They focused on costs.', 'discussed'],
  ])('%j -> %j', (text, expected) => {
    expect(restored(text)).toEqual([expected]);
  });
});

describe('parts of hyphenated words', () => {
  const curated = curatedSwaps([
    ['center', 'middle', '0.2'],
    ['excessive', 'high', '0.5'],
  ]);

  function single(text: string): string[] {
    const { slots, candidates } = candidatesOf(text, { thesaurus: curated });
    return candidates
      .filter((c) => c.last === c.first)
      .map((c) => `${slots[c.first]!.word} -> ${c.text}`);
  }

  test('a curated swap of a part, when the LM knows the compound it gives', () => {
    expect(single('Center-class and excessive-level jobs.')).toEqual([
      'center-class -> Middle-class',
      'excessive-level -> high-level',
    ]);
  });

  test('no swap when the LM knows the written compound or not the restored one', () => {
    expect(single('A high-level and an excessive-whatsit job.')).toEqual([]);
  });
});

describe('units of time and round numbers', () => {
  function originalsOf(text: string, word: string): string[] {
    const { slots, candidates } = candidatesOf(text);
    return candidates
      .filter((c) => c.last === c.first && slots[c.first]!.word === word)
      .map((c) => c.original.text);
  }

  test('a thesaurus never restores one for another (days -> years, trillion -> billion)', () => {
    const days = originalsOf('The trial ran for two days.', 'days');
    expect(days.length).toBeGreaterThan(0);
    expect(days.filter((o) => /^(year|month|week|hour|decade|century)s?$/.test(o))).toEqual([]);
    const trillion = originalsOf('It cost a trillion dollars.', 'trillion');
    expect(trillion.filter((o) => /^(billion|million|thousand)$/.test(o))).toEqual([]);
  });
});
