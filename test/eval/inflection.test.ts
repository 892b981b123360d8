import { describe, expect, test } from 'vitest';
import { analyses, inflect, type Form } from '../../scripts/eval/inflection.js';

// Lemma weights in a part of speech (0: unknown), as the tables take them from WordNet.
const WEIGHTS: Record<string, number> = {
  'agency noun': 31,
  'get verb': 900,
  'get noun': 2,
  'state noun': 60,
  'state verb': 30,
  'stop verb': 40,
  'decide verb': 30,
};
const weight = (lemma: string, pos: 'noun' | 'verb'): number => WEIGHTS[`${lemma} ${pos}`] ?? 0;

describe('inflection', () => {
  test.each([
    ['told', [['tell', 'pastBoth']]],
    ['gave', [['give', 'past']]],
    ['given', [['give', 'participle']]],
    ['agencies', [['agency', 'plural']]],
    [
      'gets',
      [
        ['get', 'third'],
        ['get', 'plural'],
      ],
    ],
    [
      'states',
      [
        ['state', 'plural'],
        ['state', 'third'],
      ],
    ],
    ['stopped', [['stop', 'pastBoth']]],
    ['deciding', [['decide', 'ing']]],
    ['children', [['child', 'plural']]],
    ['has', []], // "ha" is too short to be taken for a lemma
  ])('analyses(%s)', (word, want) => {
    const got = analyses(word, weight).map((a) => [a.lemma, a.form]);
    expect(got).toEqual([...want, [word, 'base']]);
  });

  test.each([
    ['inform', 'pastBoth', 'informed'],
    ['make', 'pastBoth', 'made'],
    ['give', 'pastBoth', undefined], // gave / given: no single form fits "told"
    ['make a decision', 'pastBoth', 'made a decision'],
    ['carry out', 'ing', 'carrying out'],
    ['think tank', 'plural', 'think tanks'],
    ['company', 'plural', 'companies'],
    ['plan', 'ing', 'planning'],
    ['notify', 'third', 'notifies'],
    ['state', 'base', 'state'],
  ] as Array<[string, Form, string | undefined]>)('inflect(%s, %s) = %s', (lemma, form, want) => {
    expect(inflect(lemma, form)).toBe(want);
  });
});
