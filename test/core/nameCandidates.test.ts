import { describe, expect, test } from 'vitest';
import { buildSlots } from '../../src/core/slots.js';
import { tokenize } from '../../src/core/tokenize.js';
import { thesaurusCandidates } from '../../src/core/thesaurusCandidates.js';
import { nameCandidates, nameNeighbours, nameProbability } from '../../src/core/nameCandidates.js';
import { original, tableLm, tableThesaurus } from './decode/fakes.js';

// "white house", "international airport" and "angeles international" are bigrams the LM knows;
// "white home", "worldwide airport" are not; "home depot" is.
const lm = tableLm({
  the: -1,
  white: -3,
  house: -3,
  home: -3,
  los: -4,
  angeles: -4,
  worldwide: -4,
  international: -3,
  airport: -3,
  depot: -4,
  said: -2,
  'white house': -1,
  'angeles international': -1,
  'international airport': -1,
  'home depot': -1,
  some: -2,
  governor: -4,
  manager: -3,
  // Seen, but no likelier than "manager" alone: not a collocation.
  'some manager': -3,
});
const thesaurus = tableThesaurus({
  home: [original('house')],
  worldwide: [original('international'), original('global')],
  said: [original('stated')],
  governor: [original('manager')],
});

/** The restorations of every name candidate in `text`. */
function restoredNames(text: string): string[] {
  const tokens = tokenize(text);
  const slots = buildSlots(tokens, lm);
  return thesaurusCandidates({ tokens, slots, thesaurus, lm }, new Set())
    .filter((c) => c.name === true)
    .map((c) => `${tokens[slots[c.first]!.token]!.text} -> ${c.text}`);
}

describe('nameCandidates', () => {
  test.each([
    ['The White Home said.', ['Home -> House']],
    ['At Los Angeles Worldwide Airport today.', ['Worldwide -> International']],
    // The written name is known ("home depot"): it stays.
    ['At the Home Depot today.', []],
    // Not inside a name: a capitalised word alone, or a lower-case word.
    ['Home is where it is.', []],
    ['Home Depot said.', []],
    ['the white home said.', []],
    // Punctuation between the words: not one name.
    ['The White, Home said.', []],
    // Both sides must fit: "angeles international" and "international airport"; "global" fits
    // neither.
    ['Los Angeles Worldwide Airport.', ['Worldwide -> International']],
    // "some manager" is a bigram the LM has seen, but not a collocation.
    ['He met Some Governor today.', []],
  ])('%j', (text, expected) => {
    expect(restoredNames(text)).toEqual(expected);
  });

  test('neighbours inside the name, by LM id', () => {
    const tokens = tokenize('The White Home said.');
    const slots = buildSlots(tokens, lm);
    expect(nameNeighbours(tokens, slots, 2)).toEqual({ left: lm.id('white') });
    // "The" begins the sentence: not taken for a word of the name.
    expect(nameNeighbours(tokens, slots, 1)).toEqual({ right: lm.id('home') });
  });

  test('curated swaps are left to the spinner gate', () => {
    const tokens = tokenize('The White Home said.');
    const slots = buildSlots(tokens, lm);
    const curated = {
      first: 2,
      last: 2,
      text: 'House',
      ids: [lm.id('house')],
      typeKey: 'home→house',
      original: original('house', [], { spinner: { prior: 0.9, dictionary: 'd', family: 'f' } }),
      channel: -1,
    };
    expect(nameCandidates(tokens, slots, lm, 2, [curated])).toEqual([]);
  });
});

describe('nameProbability', () => {
  test.each([
    // The LM does not prefer it here: never.
    [0, 1, 0.5, 0],
    // A text the spinner gate shows spun.
    [1, 0.9, 0, 0.95 * 0.9],
    // Without the gate: 10% of its words changed -> 0.1 / 0.11.
    [1, 0, 0.1, (0.95 * 0.1) / 0.11],
    // A genuine text: nothing changed.
    [1, 0, 0, 0],
  ])('gain %d, P(spun) %d, changed %d', (gain, spun, share, p) => {
    expect(nameProbability(gain, spun, share)).toBeCloseTo(p, 10);
  });
});
