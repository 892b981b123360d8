// Candidate originals from the reversed thesauri: which written phrases get one.
import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import { buildSlots } from '../../src/core/slots.js';
import { thesaurusCandidates } from '../../src/core/thesaurusCandidates.js';
import { createRestoreOptions } from '../../src/engine.js';
import type { LanguageModel, Thesaurus } from '../../src/types.js';

const options = createRestoreOptions({});
const lm = options.lm as LanguageModel;
const thesaurus = options.thesaurus as Thesaurus;

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
