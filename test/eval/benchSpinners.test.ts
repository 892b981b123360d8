import { describe, expect, test } from 'vitest';
import { checkDocument } from '../../scripts/eval/dataset.js';
import {
  alphaMobyRule,
  alphaWordNetRule,
  newsMutualRule,
  newsSenseRule,
  spinbotMobyRule,
  wordnetCommonestRule,
  wordnetFirstRule,
} from '../../scripts/eval/familyRules.js';
import { FUNCTION_WORDS } from '../../scripts/eval/benchSpinners.js';
import { rewrites } from '../../scripts/eval/ruleSources.js';
import { mulberry32 } from '../../scripts/eval/rng.js';
import {
  buildTable,
  hashUnit,
  type TableRule,
  type TableSettings,
} from '../../scripts/eval/spinTable.js';
import { spinWithTable, type SpinnerBehaviour } from '../../scripts/eval/tableSpinner.js';
import { fakeLexicon } from './fakeLexicon.js';

const lex = fakeLexicon();
const texts = (rule: TableRule, lemma: string, pos?: 'noun' | 'verb'): string[] =>
  rule.candidates(lemma, pos).map((c) => c.text);

describe('family rules rank substitutes by their rule', () => {
  test.each([
    // Most frequent Moby synonym of the commonest sense first, then of any sense; no names.
    ['news, tune', texts(newsSenseRule(lex, 's'), 'say', 'verb'), ['state', 'tell', 'mention']],
    [
      'WordNet first synset, first lemma',
      texts(wordnetFirstRule(lex), 'say'),
      ['state', 'tell', 'mention'],
    ],
    ['WordNet first lemma of a number', texts(wordnetFirstRule(lex), '14'), ['fourteen', 'xiv']],
    [
      'WordNet commonest synset, next lemma',
      texts(wordnetCommonestRule(lex), '14'),
      ['xiv', 'fourteen'],
    ],
    [
      'WordNet next lemma wraps round',
      texts(wordnetCommonestRule(lex), 'it'),
      ['information technology'],
    ],
    [
      'alphabetical, Moby single words',
      texts(alphaMobyRule(lex), 'house'),
      ['abode', 'building', 'home'],
    ],
    [
      'alphabetical, WordNet all senses',
      texts(alphaWordNetRule(lex), 'house'),
      ['family', 'home', 'household'],
    ],
    ['Spinbot: phrases first', texts(spinbotMobyRule(lex, 's'), 'many'), ['a lot of', 'numerous']],
  ])('%s', (_, got, want) => expect(got).toEqual(want));

  test('news, held-out: mutual synonyms only, the top three rotated by seed', () => {
    const got = texts(newsMutualRule(lex, 's'), 'say');
    expect([...got].sort()).toEqual(['mention', 'state', 'tell']);
    const orders = new Set(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((seed) => texts(newsMutualRule(lex, seed), 'say').join()),
    );
    expect(orders.size).toBeGreaterThan(1);
  });

  test('outside substitutes: mythes terms no thesaurus pairs, then rule-made rewrites', () => {
    const outside = newsSenseRule(lex, 's').outside('house', 'noun');
    expect(outside).toEqual([
      { text: 'dwelling', source: 'mythes' },
      { text: 'edifice', source: 'mythes' },
    ]);
    expect(rewrites(lex, 'clearly', undefined, 'way', 'make')).toEqual([
      { text: 'in a clear way', source: 'rule' },
    ]);
    expect(rewrites(lex, 'decide', 'verb', 'way', 'make')).toEqual([
      { text: 'make a decision', source: 'rule' },
    ]);
  });
});

const SETTINGS: TableSettings = {
  seed: 'test',
  typeRate: 1,
  functionRate: 1,
  outsideShare: 0,
  skip: new Set(['the', 'a', 'he', 'is', 'it']),
  functionWords: FUNCTION_WORDS,
  maxPhraseWords: 2,
  numbers: false,
  closedClass: true,
};

describe('spin tables', () => {
  const table = buildTable(newsSenseRule(lex, 'test'), SETTINGS, lex);
  const value = (k: string): string | undefined => table.lookup(k)?.value;

  test.each([
    ['said', 'stated'], // say + past: state -> stated
    ['told', 'informed'], // tell -> inform, in the same form
    ['says', 'states'],
    ['agencies', 'bureaus'], // the commonest sense's synonym, re-pluralized
    ['house', 'home'],
    ['in', 'within'], // a function word keeps to function words ("favor" is not one)
    ['think tank', 'brain trust'],
    ['the', undefined], // skipped
  ])('%s -> %s', (key, want) => expect(value(key)).toBe(want));

  test('the same settings give the same table; another seed another one', () => {
    const keys = [
      'said',
      'told',
      'house',
      'agencies',
      'big',
      'in',
      'clearly',
      'decide',
      'many',
      'home',
      'company',
      'state',
    ];
    const half = (seed: string): string[] => {
      const t = buildTable(
        newsSenseRule(lex, seed),
        { ...SETTINGS, seed, typeRate: 0.5, functionRate: 0.5 },
        lex,
      );
      return keys.map((k) => t.lookup(k)?.value ?? '-');
    };
    expect(half('one')).toEqual(half('one'));
    expect(half('one')).not.toEqual(half('two'));
    expect(hashUnit('one', 'type', 'house')).toBe(hashUnit('one', 'type', 'house'));
  });

  test('an outside share of 1 draws from mythes first and marks the entry', () => {
    const t = buildTable(newsSenseRule(lex, 'x'), { ...SETTINGS, outsideShare: 1 }, lex);
    expect(t.lookup('house')).toEqual({ value: 'dwelling', source: 'mythes', outside: true });
    expect(t.lookup('clearly')).toEqual({ value: 'in a clear way', source: 'rule', outside: true });
    expect(t.lookup('told')).toEqual({ value: 'informed', source: 'moby', outside: false });
  });
});

describe('spinWithTable', () => {
  const table = buildTable(newsSenseRule(lex, 'test'), SETTINGS, lex);
  const all: SpinnerBehaviour = {
    occurrenceRate: 1,
    spinNames: true,
    spinQuotes: true,
    stack: false,
  };
  const spin = (text: string, b: Partial<SpinnerBehaviour> = {}): string =>
    spinWithTable(text, table, { ...all, ...b }, mulberry32(1), lex.capitalShare).spun;

  test.each([
    ['He said it.', {}, 'He stated it.'],
    ['The White House told the agency.', {}, 'The White Home informed the bureau.'],
    [
      'The White House told the agency.',
      { spinNames: false },
      'The White House informed the bureau.',
    ],
    ['He said "the house is big".', { spinQuotes: false }, 'He stated "the house is big".'],
    ['He said "the house is big".', {}, 'He stated "the home is large".'],
    ["The agency's think tank said.", {}, "The bureau's brain trust stated."],
    ['SAID', {}, 'STATED'],
  ])('%s (%j) -> %s', (text, b, want) => expect(spin(text, b)).toBe(want));

  test('an occurrence is swapped at the occurrence rate, always with the same substitute', () => {
    const text = Array.from({ length: 1000 }, () => 'He said it.').join(' ');
    const r = spinWithTable(
      text,
      table,
      { ...all, occurrenceRate: 0.75 },
      mulberry32(7),
      lex.capitalShare,
    );
    expect(r.substitutions.length).toBe(733); // 73.3% of 1,000 at a rate of 0.75
    expect(new Set(r.substitutions.map((s) => `${s.original}->${s.spun}`))).toEqual(
      new Set(['said->stated']),
    );
    expect(checkDocument({ id: 'x', set: 'news-long', source: '', original: text, ...r })).toEqual(
      [],
    );
  });

  test('undoing the substitutions gives the original back', () => {
    const text =
      'Told by the agencies, the White House said: "Decide clearly."\n\nMany in the think tank agree.';
    for (const outsideShare of [0, 1]) {
      const t = buildTable(newsSenseRule(lex, 'u'), { ...SETTINGS, outsideShare }, lex);
      const r = spinWithTable(text, t, all, mulberry32(3), lex.capitalShare);
      expect(r.substitutions.length).toBeGreaterThan(5);
      expect(
        checkDocument({ id: 'x', set: 'news-long', source: '', original: text, ...r }),
      ).toEqual([]);
    }
  });
});
