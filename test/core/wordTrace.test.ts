// The --trace data with a small LM, thesaurus and model: for each occurrence of a word, the
// candidates considered and why each was or was not applied.
import { describe, expect, test } from 'vitest';
import { traceWord } from '../../src/core/wordTrace.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import type { RestoreOptions } from '../../src/types.js';
import { logistic, original, stumpModel, tableLm, tableThesaurus } from './decode/fakes.js';

const lm = tableLm({
  alpha: -4,
  omega: -1,
  psi: -3.5,
  beta: -2,
  gamma: -1.75,
  delta: -2,
  here: -1,
  and: -1,
  big: -1,
  data: -1,
  '</s>': -1,
});
const thesaurus = tableThesaurus({
  alpha: [original('omega'), original('psi')],
  beta: [original('gamma')],
  delta: [original('zzz')], // an original the LM does not know: no candidate
});
// A gain above 0.5 gives +3, other words changed in the previous pass +4.
const model = stumpModel([
  ['gainHere', 0.5, -3, 3],
  ['docAccepted', 0, 0, 4],
]);
const words = parseDictionary(
  ['colossal information\tbig data\t-\tgolden\t0.9', 'bosom\tbreast\tsuggest\tgolden\t0.9'].join(
    '\n',
  ),
  'words',
  'words.tsv',
);
const options: RestoreOptions = { dictionaries: [words], lm, thesaurus, model };

/** Per occurrence: the written word, its note, and each candidate's text and outcome. */
function trace(text: string, word: string, extra: Partial<RestoreOptions> = {}) {
  return traceWord(text, { ...options, ...extra }, word).occurrences.map((o) => [
    o.written,
    o.note?.kind ?? '',
    o.candidates.map((c) => [c.text, c.outcome]),
  ]);
}

describe('traceWord', () => {
  test.each([
    [
      // (a dictionary phrase beside it: a lone thesaurus change is capped below the threshold)
      'the chosen original is applied; the other lost to it',
      'colossal information here. alpha here. beta here.',
      'ALPHA',
      [
        [
          'alpha',
          '',
          [
            ['omega', { kind: 'applied' }],
            ['psi', { kind: 'lost', to: 'omega' }],
          ],
        ],
      ],
    ],
    [
      'chosen below --min-confidence: a suggestion',
      'alpha here. beta here.',
      'beta',
      [['beta', '', [['gamma', { kind: 'below threshold', minConfidence: 0.8 }]]]],
    ],
    [
      'a capitalised word inside a sentence: a name, no candidate',
      'We met Alpha here.',
      'alpha',
      [['Alpha', 'protected', []]],
    ],
    [
      'in code: never rewritten',
      'alpha here and `alpha` here.',
      'alpha',
      [
        ['alpha', 'code word', []],
        ['alpha', 'in code', []],
      ],
    ],
    ['no thesaurus entry', 'alpha here.', 'here', [['here', 'no entry', []]]],
    [
      'entries, but no candidate the LM knows',
      'delta here.',
      'delta',
      [['delta', 'no candidate', []]],
    ],
    [
      'a dictionary phrase covering the word',
      'colossal information here.',
      'information',
      [['information', '', [['big data', { kind: 'applied' }]]]],
    ],
    [
      'a suggest-only entry',
      'bosom here.',
      'bosom',
      [
        [
          'bosom',
          '',
          [['breast', { kind: 'suggest only', reasons: ['flagged entry: suggestion only'] }]],
        ],
      ],
    ],
    ['a word that does not occur', 'alpha here.', 'omega', []],
  ])('%s', (_, text, word, want) => {
    expect(trace(text, word)).toEqual(want);
  });

  test('chosen, but less likely than the decoder reports', () => {
    const weak = stumpModel([['gainHere', 0.5, -3, -2]]);
    expect(trace('alpha here.', 'alpha', { model: weak })[0]?.[2]).toEqual([
      ['omega', { kind: 'unreported', floor: 0.2 }],
      ['psi', { kind: 'lost', to: 'omega' }],
    ]);
  });

  test('without the context engine: dictionary phrases only', () => {
    expect(trace('alpha here. colossal information.', 'alpha', { context: false })).toEqual([
      ['alpha', 'no context', []],
    ]);
    expect(trace('colossal information.', 'colossal', { context: false })[0]?.[2]).toEqual([
      ['big data', { kind: 'applied' }],
    ]);
  });

  test.each([
    [
      'an overlapping edit more confident (as long, longer) wins',
      'psi',
      { kind: 'overlapped', by: { actual: 'alpha here', text: 'omega', confidence: logistic(3) } },
    ],
    [
      'an overlapping applied edit already makes the change',
      'omega',
      {
        kind: 'carried out',
        by: [{ actual: 'alpha here', text: 'omega', confidence: logistic(3) }],
      },
    ],
  ])('%s', (_, single, outcome) => {
    const lm2 = tableLm({ alpha: -4, omega: -1, psi: -1, here: -1, '</s>': -1 });
    const phrase = tableThesaurus({ 'alpha here': [original('omega')], alpha: [original(single)] });
    const [occurrence] = traceWord(
      'alpha here.',
      { ...options, lm: lm2, thesaurus: phrase },
      'alpha',
    ).occurrences;
    expect(occurrence!.candidates.map((c) => [c.actual, c.text, c.outcome])).toEqual([
      ['alpha here', 'omega', { kind: 'applied' }],
      ['alpha', single, outcome],
    ]);
  });

  test('the evidence of a scored candidate', () => {
    const [occurrence] = traceWord('alpha here. beta here.', options, 'alpha').occurrences;
    const omega = occurrence!.candidates[0]!;
    expect(omega).toMatchObject({
      span: [0, 5],
      actual: 'alpha',
      text: 'omega',
      source: 'thesaurus',
      origin: 'moby',
      channel: -1.3,
      gain: 3, // -1 - -4
      typeGain: 3,
      model: logistic(7),
      confidence: logistic(7),
    });
    expect(omega.features).toMatchObject({ gainHere: 3, rank: 0, margin: 2.5 }); // 3 - 0.5 of psi
  });
});
