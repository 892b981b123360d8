import { describe, expect, test } from 'vitest';
import { documentContext, entryApplies, entryStanding } from '../../src/core/conditions.js';
import { parseDictionary } from '../../src/dictionary/parse.js';

const entryWith = (flags: string) =>
  parseDictionary(['bosom', 'breast', flags, 'pps', '0.9'].join('\t'), 't', 't.tsv').entries[0]!;

const applies = (flags: string, text: string): boolean => {
  const doc = documentContext(text);
  return entryApplies(entryWith(flags), doc.words, doc.norm);
};

describe('entryApplies', () => {
  test.each([
    ['no conditions', '-', 'anything', true],
    ['required word present', 'and=breast', 'Bosom and Breast', true],
    ['required word absent', 'and=breast', 'bosom only', false],
    ['required word only as a prefix', 'and=breast', 'breastfeeding bosom', false],
    [
      'required phrase present across a line break',
      'and=breast cancer',
      'the breast\ncancer rate',
      true,
    ],
    ['required phrase case-insensitive', 'and=breast cancer', 'BREAST CANCER', true],
    ['required phrase with words apart', 'and=breast cancer', 'breast and cancer', false],
    ['required phrase inside a longer word', 'and=east can', 'breast cancer', false],
    ['two requirements, both present', 'and=breast,and=tumor', 'breast tumor', true],
    ['two requirements, one present', 'and=breast,and=tumor', 'breast only', false],
    ['excluded word present', 'not=markov', 'a Markov chain', false],
    ['excluded word absent', 'not=markov', 'a chain', true],
    ['excluded phrase present', 'not=paranoid android', 'Paranoid  Android song', false],
    ['excluded phrase curly apostrophe', "not=o'brien's law", 'O’Brien’s law', false],
    ['required hyphenated term', 'and=text-to-speech', 'Text-to-speech systems', true],
    ['required and excluded', 'and=breast,not=chicken', 'chicken breast', false],
  ])('%s', (_name, flags, text, expected) => {
    expect(applies(flags, text)).toBe(expected);
  });

  test.each([
    ['required word absent', 'and=breast', 'bosom only', true],
    ['required word present', 'and=breast', 'bosom and breast', false],
    ['required absent, excluded present', 'and=breast,not=chicken', 'chicken bosom', false],
    ['no requirement', 'not=chicken', 'bosom', false],
  ])('unconfirmed (fails only for want of and= terms): %s', (_name, flags, text, expected) => {
    const doc = documentContext(text);
    expect(entryStanding(entryWith(flags), doc.words, doc.norm) === 'unconfirmed').toBe(expected);
  });

  test('documentContext', () => {
    const doc = documentContext('The U.S. Breast’s 2 cases');
    expect([...doc.words]).toEqual(['the', 'u.s.', "breast's", '2', 'cases']);
    expect(doc.norm).toBe("the u.s. breast's 2 cases");
  });
});
