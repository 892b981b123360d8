import { expect, test } from 'vitest';
import type { Inflections, PartOfSpeech } from '../../src/types.js';
import { isVariant, isWordAdded } from '../../src/core/thesaurusCandidates.js';
import { loadInflections } from '../../src/dictionary/inflections.js';
import {
  inflectPhrase,
  inflectWord,
  readings,
  splitPossessive,
  suffixOf,
  type Suffix,
} from '../../src/core/morphology/index.js';

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
/** The shipped WordNet exception lists, as the run time and the thesaurus build use them. */
const wordnet = loadInflections();

// Irregular forms, consonant doubling (US spelling) and the spellings of -s, -ed and -ing.
const WORDS: ReadonlyArray<readonly [string, Suffix, PartOfSpeech, string]> = [
  ['commit', 'past', 'verb', 'committed'],
  ['commit', 'ing', 'verb', 'committing'],
  ['commit', 'third', 'verb', 'commits'],
  ['admit', 'past', 'verb', 'admitted'],
  ['admit', 'participle', 'verb', 'admitted'],
  ['refer', 'past', 'verb', 'referred'],
  ['refer', 'ing', 'verb', 'referring'],
  ['stop', 'past', 'verb', 'stopped'],
  ['stop', 'ing', 'verb', 'stopping'],
  ['strip', 'past', 'verb', 'stripped'],
  ['visit', 'past', 'verb', 'visited'],
  ['visit', 'ing', 'verb', 'visiting'],
  ['open', 'past', 'verb', 'opened'],
  ['offer', 'past', 'verb', 'offered'],
  ['travel', 'past', 'verb', 'traveled'],
  ['travel', 'ing', 'verb', 'traveling'],
  ['benefit', 'past', 'verb', 'benefited'],
  ['benefit', 'ing', 'verb', 'benefiting'],
  ['panic', 'past', 'verb', 'panicked'],
  ['panic', 'ing', 'verb', 'panicking'],
  ['panic', 'third', 'verb', 'panics'],
  ['quiz', 'plural', 'noun', 'quizzes'],
  ['quiz', 'past', 'verb', 'quizzed'],
  ['bus', 'plural', 'noun', 'buses'],
  ['criterion', 'plural', 'noun', 'criteria'],
  ['child', 'plural', 'noun', 'children'],
  ['mouse', 'plural', 'noun', 'mice'],
  ['agency', 'plural', 'noun', 'agencies'],
  ['box', 'plural', 'noun', 'boxes'],
  ['potato', 'plural', 'noun', 'potatoes'],
  ['photo', 'plural', 'noun', 'photos'],
  ['forest', 'plural', 'noun', 'forests'],
  ['lie', 'past', 'verb', 'lied'],
  ['lie', 'participle', 'verb', 'lied'],
  ['lie', 'ing', 'verb', 'lying'],
  ['lie', 'third', 'verb', 'lies'],
  ['go', 'past', 'verb', 'went'],
  ['go', 'participle', 'verb', 'gone'],
  ['go', 'third', 'verb', 'goes'],
  ['go', 'plural', 'verb', 'goes'],
  ['go', 'ing', 'verb', 'going'],
  ['take', 'past', 'verb', 'took'],
  ['take', 'participle', 'verb', 'taken'],
  ['be', 'past', 'verb', 'was'],
  ['be', 'third', 'verb', 'is'],
  ['be', 'ing', 'verb', 'being'],
  ['have', 'third', 'verb', 'has'],
  ['tell', 'past', 'verb', 'told'],
  ['make', 'ing', 'verb', 'making'],
  ['argue', 'ing', 'verb', 'arguing'],
  ['see', 'ing', 'verb', 'seeing'],
  ['carry', 'past', 'verb', 'carried'],
  ['try', 'past', 'verb', 'tried'],
  ['try', 'ing', 'verb', 'trying'],
  ['decline', 'past', 'verb', 'declined'],
];

test.each(WORDS)('inflectWord(%s, %s, %s) = %s', (base, suffix, pos, expected) => {
  // The tables alone (no exception lists) and with WordNet's give the same form.
  expect([inflectWord(base, suffix, pos), inflectWord(base, suffix, pos, wordnet)]).toEqual([
    expected,
    expected,
  ]);
});

test.each(WORDS)('readings(inflectWord(%s, %s)) reads it back', (base, suffix, pos, _form) => {
  const form = inflectWord(base, suffix, pos, wordnet);
  const read = readings(form, wordnet).map((r) => `${r.base}:${r.suffix}`);
  const expected = suffix === 'third' || (suffix === 'plural' && pos === 'verb') ? 'third' : suffix;
  // Regular -s reads as `plural` (a noun's or a verb's); regular -ed as `past` (or participle).
  const alike = (s: string): string[] =>
    s === 'third' ? ['third', 'plural'] : s === 'participle' ? ['participle', 'past'] : [s];
  expect(read.some((r) => alike(expected).some((s) => r === `${base}:${s}`))).toBe(true);
});

test.each([
  ['make use of', 'past', 'verb', '', 'made use of'],
  ['look into', 'past', 'verb', '', 'looked into'],
  ['look into', 'ing', 'other', '', 'looking into'],
  ['deal with', 'participle', 'verb', '', 'dealt with'],
  ['take part', 'third', 'verb', '', 'takes part'],
  ['take part', 'plural', 'verb', '', 'takes part'],
  ['interest rate', 'plural', 'noun', '', 'interest rates'],
  ['smart meter', 'ing', 'noun', '', 'smart metering'],
  ['interest rate', 'plural', 'other', '', 'interest rates'],
  ['random forest', 'plural', 'noun', '', 'random forests'],
  ['random forest', 'plural', 'noun', '’', 'random forests’'],
  ['random forest', 'plural', 'noun', '’s', 'random forests’'],
  ['defense secretary', 'none', 'noun', '’s', 'defense secretary’s'],
  ['U.S.', 'none', 'noun', '', 'U.S.'],
  ['United Nation', 'plural', 'noun', '', 'United Nation'],
] as const)('inflectPhrase(%s, %s, %s, %s) = %s', (phrase, suffix, pos, possessive, expected) => {
  expect(inflectPhrase(phrase, { suffix, possessive }, pos, wordnet)).toBe(expected);
});

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
  ['goes', 'go', 'plural'],
  ['informed', 'inform', 'past'],
  ['stopped', 'stop', 'past'],
  ['committed', 'commit', 'past'],
  ['making', 'make', 'ing'],
  ['lying', 'lie', 'ing'],
  ['told', 'tell', 'past'],
  ['mice', 'mouse', 'plural'],
  ['forest', 'forest', 'none'],
  ['forest', 'tree', null],
] as const)('suffixOf(%s, %s) = %s', (written, base, expected) => {
  expect(suffixOf(written, base, irregular)).toBe(expected);
});

test.each([
  ['took', 'take', 'past'],
  ['taken', 'take', 'participle'],
  ['was', 'be', 'past'],
  ['is', 'be', 'third'],
  ['panicked', 'panic', 'past'],
  ['quizzes', 'quiz', 'plural'],
] as const)('suffixOf(%s, %s) with WordNet = %s', (written, base, expected) => {
  expect(suffixOf(written, base, wordnet)).toBe(expected);
});

test.each([
  ['picked', ['picked:none', 'pick:past', 'picke:past']],
  ['toes', ['toes:none', 'toe:plural']],
  ['passed', ['passed:none', 'pass:past', 'passe:past']],
])('regular readings of %s', (word, expected) => {
  expect(readings(word).map((r) => `${r.base}:${r.suffix}`)).toEqual(expected);
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
