import { describe, expect, test } from 'vitest';
import {
  britishVariants,
  inflectPhrase,
  inflectWord,
  type Inflection,
} from '../../scripts/thesaurus/thesaurusInflect.js';

describe('inflectWord', () => {
  test.each<[string, Inflection, string[]]>([
    ['tell', 'ed', ['told']],
    ['go', 'en', ['gone']],
    ['go', 's', ['goes']],
    ['agency', 's', ['agencies']],
    ['company', 's', ['companies']],
    ['church', 's', ['churches']],
    ['potato', 's', ['potatoes', 'potatos']],
    ['man', 's', ['men']],
    ['inform', 'ed', ['informed']],
    ['inform', 'en', ['informed']],
    ['approve', 'ed', ['approved']],
    ['carry', 'ed', ['carried']],
    ['stop', 'ed', ['stopped', 'stoped']],
    ['visit', 'ed', ['visited', 'visitted']],
    ['make', 'ing', ['making']],
    ['die', 'ing', ['dying']],
    ['see', 'ing', ['seeing']],
    ['deal', 'ing', ['dealing']],
    ['the', 's', []],
    ['by', 'ed', []],
    ['u.s.', 's', []],
  ])('%s +%s', (word, inflection, expected) => {
    expect(inflectWord(word, inflection)).toEqual(expected);
  });
});

describe('inflectPhrase', () => {
  test.each<[string, Inflection, string[]]>([
    ['look into', 'ed', ['looked into']],
    ['interest rate', 's', ['interest rates', 'interests rate']],
    ['take part', 's', ['take parts', 'takes part']],
    ['by way of', 's', []],
    ['deal', 'ing', ['dealing']],
  ])('%s +%s', (phrase, inflection, expected) => {
    expect(inflectPhrase(phrase, inflection)).toEqual(expected);
  });
});

describe('britishVariants', () => {
  test.each([
    ['authorized', ['authorised']],
    ['organization', ['organisation']],
    ['analyze', ['analyse']],
    ['color', ['colour']],
    ['behaviors', ['behaviours']],
    ['center', ['centre']],
    ['defense', ['defence']],
    ['traveled', ['travelled']],
    ['size', []],
    ['prize', []],
    ['motor', []],
    ['house', []],
  ])('%s', (word, expected) => {
    expect(britishVariants(word)).toEqual(expected);
  });
});
