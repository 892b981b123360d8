import { expect, test } from 'vitest';
import type { Inflections, PartOfSpeech } from '../../src/types.js';
import { isVariant, isWordAdded } from '../../src/core/thesaurusCandidates.js';
import {
  inflectPhrase,
  inflectWord,
  splitPossessive,
  suffixOf,
} from '../../src/core/morphology.js';

const LEMMAS: Record<string, string[]> = {
  'verb:told': ['tell'],
  'verb:went': ['go'],
  'noun:mice': ['mouse'],
};
const FORMS: Record<string, string[]> = {
  'verb:tell': ['told'],
  'verb:go': ['gone', 'went'],
  'noun:mouse': ['mice'],
};
const irregular: Inflections = {
  lemmas: (form: string, pos: PartOfSpeech) => LEMMAS[`${pos}:${form}`] ?? [],
  forms: (lemma: string, pos: PartOfSpeech) => FORMS[`${pos}:${lemma}`] ?? [],
};

test.each([
  ['Secretary’s', ['Secretary', '’s']],
  ["agency's", ['agency', "'s"]],
  ['agencies’', ['agencies', '’']],
  ['cats', ['cats', '']],
  ['s', ['s', '']],
] as const)('splitPossessive(%s)', (word, expected) => {
  expect(splitPossessive(word)).toEqual(expected);
});

test.each([
  ['woodlands', 'woodland', 'plural'],
  ['companies', 'company', 'plural'],
  ['boxes', 'box', 'plural'],
  ['informed', 'inform', 'past'],
  ['stopped', 'stop', 'past'],
  ['making', 'make', 'ing'],
  ['told', 'tell', 'past'],
  ['mice', 'mouse', 'plural'],
  ['forest', 'forest', 'none'],
  ['forest', 'tree', null],
] as const)('suffixOf(%s, %s) = %s', (written, base, expected) => {
  expect(suffixOf(written, base, irregular)).toBe(expected);
});

test.each([
  ['forest', 'plural', 'noun', 'forests'],
  ['agency', 'plural', 'noun', 'agencies'],
  ['box', 'plural', 'noun', 'boxes'],
  ['mouse', 'plural', 'noun', 'mice'],
  ['tell', 'past', 'verb', 'told'],
  ['say', 'past', 'verb', 'sayed'],
  ['stop', 'past', 'verb', 'stopped'],
  ['decline', 'past', 'verb', 'declined'],
  ['make', 'ing', 'verb', 'making'],
  ['run', 'ing', 'verb', 'running'],
] as const)('inflectWord(%s, %s, %s) = %s', (base, suffix, pos, expected) => {
  expect(inflectWord(base, suffix, pos, irregular)).toBe(expected);
});

test.each([
  ['random forest', { suffix: 'plural', possessive: '' }, 'random forests'],
  ['defense secretary', { suffix: 'none', possessive: '’s' }, 'defense secretary’s'],
  ['random forest', { suffix: 'plural', possessive: '’' }, 'random forests’'],
  ['random forest', { suffix: 'plural', possessive: '’s' }, 'random forests’'],
  ['U.S.', { suffix: 'none', possessive: '' }, 'U.S.'],
] as const)('inflectPhrase(%s)', (phrase, inflection, expected) => {
  expect(inflectPhrase(phrase, inflection, 'noun', irregular)).toBe(expected);
});

test("a spun clitic 'southward is the possessive 's", () => {
  expect(splitPossessive("grouping'southward")).toEqual(['grouping', "'s"]);
  expect(splitPossessive('grouping’southward')).toEqual(['grouping', '’s']);
});

test.each([
  ['hard-core', 'hardcore', true],
  ['e-mail', 'email', true],
  ['global climate change', 'climate change', true],
  ['climate change', 'global climate change', true],
  // an acronym and its expansion: not a thesaurus swap (the curated lists carry the spun ones)
  ['information technology', 'it', true],
  ['who', 'world health organization', true],
  ['world health organization', 'who', true],
  ['atomic number 49', 'in', false],
  ['informed', 'told', false],
  ['by way of', 'via', false],
] as const)('isVariant(%s, %s) = %s', (a, b, expected) => {
  expect(isVariant(a, b)).toBe(expected);
});

test.each([
  ['geological era', 'era', true],
  ['felt up', 'felt', true],
  ['community of interests', 'community', true],
  ['era', 'geological era', false],
  ['information technology', 'it', false],
  ['world health organization', 'who', false],
  ['american english', 'american', true],
  ['the great unwashed', 'people', false],
] as const)('isWordAdded(%s, %s) = %s', (a, b, expected) => {
  expect(isWordAdded(a, b)).toBe(expected);
});
