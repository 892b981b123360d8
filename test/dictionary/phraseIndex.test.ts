import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { inflectionStems, PhraseIndex } from '../../src/core/phraseIndex.js';
import { parseInflections } from '../../src/dictionary/inflections.js';

const DICT = [
  ['white home', 'white house', 'pos=noun'],
  ['white', 'black', '-'],
  ['assume tank', 'think tank', '-'],
  ['regulation enforcement', 'law enforcement', '-'],
  ['regulation enforcement companies', 'law enforcement agencies', '-'],
  ['U.Due south.', 'U.S.', '-'],
  ['have interaction', 'engage', 'pos=verb'],
  ['conduct expectation utaut', 'performance expectancy', 'near=2'],
  ['mouse trap', 'rat trap', '-'],
  ['grasp goose', 'master goose', '-'],
  ['10-crease cross', '10-fold cross', '-'],
  ['huge portion', 'large quantity', 'pos=noun'],
  ['quit smoke', 'stop smoke', 'pos=verb'],
  ['get stop', 'be stop', 'pos=verb'],
  ['be carry', 'be hold', '-'],
]
  .map(([spun, canonical, flags]) => [spun, canonical, flags, 't', '0.9'].join('\t'))
  .join('\n');

const inflections = parseInflections('noun\tgeese\tgoose\nnoun\tmice\tmouse\nverb\twent\tgo\n');
const index = new PhraseIndex(parseDictionary(DICT, 't', 't.tsv').entries, inflections);

/** Matches as `spun: matched text`. */
function run(text: string): string[] {
  const tokens = tokenize(text);
  return index.match(tokens).map((m) => {
    const [start] = tokens[m.firstToken]?.span ?? [0];
    const [, end] = tokens[m.lastToken]?.span ?? [0, 0];
    return `${m.entry.spun}: ${text.slice(start, end)}`;
  });
}

describe('PhraseIndex.match', () => {
  test.each([
    ['plain', 'a white home here', ['white: white', 'white home: white home']],
    ['UPPER case', 'THE WHITE HOME', ['white: WHITE', 'white home: WHITE HOME']],
    ['across a line break', 'the white\nhome', ['white: white', 'white home: white\nhome']],
    [
      'across CRLF and spaces',
      'white  \r\n  home',
      ['white: white', 'white home: white  \r\n  home'],
    ],
    ['double spaces', 'an assume  tank', ['assume tank: assume  tank']],
    ['curly possessive', 'the White Home’s lawn', ['white: White', 'white home: White Home’s']],
    ['straight possessive', "the white home's lawn", ['white: white', "white home: white home's"]],
    ['plural', 'two white homes', ['white: white', 'white home: white homes']],
    ['plural possessive', "the white homes' lawns", ['white: white', "white home: white homes'"]],
    ['-ies plural', 'huge portions', ['huge portion: huge portions']],
    ['noun entry ignores verb endings', 'white homing', ['white: white']],
    ['verb -ing with e-drop', 'to quit smoking', ['quit smoke: quit smoking']],
    ['verb -ed with a doubled consonant', 'they get stopped', ['get stop: get stopped']],
    ['verb -ied', 'it was be carried', ['be carry: be carried']],
    ['verb -s', 'she quit smokes', ['quit smoke: quit smokes']],
    ['verb entry ignores possessives', "quit smoke's", []],
    [
      'only the last word is inflected',
      'have interactions',
      ['have interaction: have interactions'],
    ],
    ['not an inner word', 'huges portion', []],
    [
      'all lengths at one position',
      'regulation enforcement companies',
      [
        'regulation enforcement: regulation enforcement',
        'regulation enforcement companies: regulation enforcement companies',
      ],
    ],
    ['punctuation is part of the key', 'the U.Due south. army', ['U.Due south.: U.Due south.']],
    ['hyphen token', 'a 10-crease cross validation', ['10-crease cross: 10-crease cross']],
    [
      'irregular plural of the last word',
      'mice trap and grasp geese',
      ['grasp goose: grasp geese'],
    ],
    ['irregular only on the last word', 'mice trap', []],
    ['no partial phrase', 'assume the tank', []],
    [
      'proximity: adjacent',
      'conduct expectation utaut.',
      ['conduct expectation utaut: conduct expectation utaut'],
    ],
    [
      'proximity: two words between',
      'conduct of the expectation in utaut',
      ['conduct expectation utaut: conduct of the expectation in utaut'],
    ],
    ['proximity: too far', 'conduct a b c expectation utaut', []],
    ['proximity: not across a sentence', 'conduct. Expectation utaut', []],
    ['proximity: not across a paragraph', 'conduct expectation\n\nutaut', []],
    [
      'proximity: across a line break',
      'conduct\nexpectation utaut',
      ['conduct expectation utaut: conduct\nexpectation utaut'],
    ],
    ['proximity: order matters', 'expectation conduct utaut', []],
  ])('%s', (_name, text, expected) => {
    expect(run(text)).toEqual(expected);
  });
});

describe('inflectionStems', () => {
  test.each([
    ["house's", ['house:possessive']],
    ['houses', ['hous:plural', 'house:plural']],
    ["countries'", ['countries:possessive', 'country:plural', 'countrie:plural']],
    ['stopped', ['stopp:verb', 'stoppe:verb', 'stop:verb']],
    ['making', ['mak:verb', 'make:verb']],
    ['carried', ['carry:verb', 'carri:verb', 'carrie:verb']],
    ['quizzes', ['quizz:plural', 'quiz:plural', 'quizze:plural']],
    ['panicked', ['panick:verb', 'panicke:verb', 'panic:verb']],
    ['tried', ['try:verb', 'tri:verb', 'trie:verb']],
    ['went', []],
    ['is', []],
  ])('%s', (word, expected) => {
    const stems = [...inflectionStems(word)].map(
      ([stem, kinds]) => `${stem}:${[...kinds].join('+')}`,
    );
    expect(stems).toEqual(expected);
  });

  test('irregular forms through Inflections', () => {
    expect([...inflectionStems('went', inflections).keys()]).toEqual(['go']);
  });
});
