import { describe, expect, test } from 'vitest';
import { align, undo } from '../../scripts/eval/realAlignment.js';
import { wordTokens as tokenize } from '../../src/core/align/wordTokens.js';

const subs = (spun: string, original: string, whole = false) =>
  align(spun, original, { whole })?.substitutions.map((s) => [s.spun, s.original, s.start, s.end]);

const subs2 = (spun: string, original: string, related: (x: string, y: string) => boolean) =>
  align(spun, original, { whole: true, related })?.substitutions.map((s) => [s.spun, s.original]);

describe('align', () => {
  test('word swaps and a two-word phrase for one word, offsets in the spun text', () => {
    expect(
      subs(
        'A senior official informed NPR efforts to focus on drug cartels have unraveled.',
        'A senior official told NPR efforts to target drug cartels have unraveled.',
      ),
    ).toEqual([
      ['informed', 'told', 18, 26],
      ['focus on', 'target', 42, 50],
    ]);
  });

  test('a length-changing phrase is one substitution', () => {
    expect(
      subs(
        'They will leave in the event that they get caught working with us here.',
        'They will leave if they get caught working with us here.',
      ),
    ).toEqual([['in the event that', 'if', 16, 33]]);
  });

  test('a run with as many words on both sides is split word by word', () => {
    expect(
      subs(
        'when cartels are manufacturing big portions of fentanyl in labs',
        'when cartels are manufacturing huge quantities of fentanyl in labs',
      ),
    ).toEqual([
      ['big', 'huge', 31, 34],
      ['portions', 'quantities', 35, 43],
    ]);
  });

  test('a change of spacing around punctuation is carried by the substitution', () => {
    const a = align(
      'share with our counterparts in Mexico, however they themselves are afraid',
      'share with our counterparts in Mexico but they themselves are afraid',
    );
    expect(a?.substitutions).toEqual([{ start: 37, end: 46, original: ' but', spun: ', however' }]);
    expect(a?.original).toBe(
      'share with our counterparts in Mexico but they themselves are afraid',
    );
  });

  test('an insertion joins the word after it; a deletion likewise', () => {
    expect(
      subs(
        'He said that one sidereal day, while Doug was out for a walk',
        'He said that one day, while Doug was out for a walk',
      ),
    ).toEqual([['sidereal day', 'day', 17, 29]]);
    expect(
      subs(
        'the two countries said in a statement on Monday that',
        'the two countries said in a joint statement on Monday that',
      ),
    ).toEqual([['statement', 'joint statement', 28, 37]]);
  });

  test('curly and straight quotes, dashes and ellipses are not changes', () => {
    expect(
      subs(
        '“We’re willing to share it with them” — said the deputy chief…',
        '"We\'re willing to share it with them" - said the deputy chief...',
      ),
    ).toEqual([]);
  });

  test('cut to the stretch between the first and the last run of 3 equal tokens', () => {
    const a = align(
      'Photo caption here. The collapse of joint drug efforts has occurred at a time when cartels grow, pr',
      'The collapse of joint drug efforts has occurred at a time when cartels expand, and more.',
    );
    expect(a?.spun).toBe('The collapse of joint drug efforts has occurred at a time when cartels');
    expect(a?.substitutions).toEqual([]);
    expect(align('nothing in common', 'entirely different words')).toBeUndefined();
  });

  test('whole texts are kept from start to end', () => {
    expect(subs('Brace girl, stretch Doug walked.', 'One day, while Doug walked.', true)).toEqual([
      ['Brace', 'One', 0, 5],
      ['girl', 'day', 6, 10],
      ['stretch', 'while', 12, 19],
    ]);
  });

  test('undoing the substitutions gives the original wording', () => {
    const a = align(
      'U.S. officers say these illicit medication are being smuggled throughout america, driving deaths.',
      'U.S. officials say those illicit drugs are being smuggled across the U.S., driving deaths.',
      { whole: true },
    );
    expect(a?.original).toBe(
      'U.S. officials say those illicit drugs are being smuggled across the U.S., driving deaths.',
    );
    expect(undo(a?.spun ?? '', a?.substitutions ?? [])).toBe(a?.original);
  });

  test('an inserted run ending in a linking word joins the word before it', () => {
    const spun =
      'he said it is a national threat to health, it is a threat to national safety, he said';
    const original =
      "he said it's a national health threat, it's a national safety threat, he said";
    const a = align(spun, original, { whole: true });
    expect(a?.original).toBe(original);
    expect(a?.substitutions.map((s) => [s.spun, s.original])).toEqual([
      ['it is', "it's"],
      ['national threat to', 'national'],
      [',', ' threat,'],
      ['it is', "it's"],
      ['a threat to', 'a'],
      [',', ' threat,'],
    ]);
  });

  test('changes that touch, with the spacing between them changed, are one substitution', () => {
    const a = align('so that the risk, it goes', 'so that the threat risk it goes', {
      whole: true,
    });
    expect(a?.substitutions.map((s) => [s.spun, s.original])).toEqual([
      ['risk, it', 'threat risk it'],
    ]);
    expect(a?.original).toBe('so that the threat risk it goes');
  });

  test('a run of unequal lengths is cut at related words', () => {
    const related = (x: string, y: string): boolean =>
      (x === 'attacks' && y === 'assaults') || (x === 'folks' && y === 'people');
    expect(
      subs2(
        'charges of attacks in opposition to police and extra folks sought after in the attack',
        'charges of assaults against police and more people wanted in the attack',
        related,
      ),
    ).toEqual([
      ['attacks', 'assaults'],
      ['in opposition to', 'against'],
      ['extra', 'more'],
      ['folks', 'people'],
      ['sought after', 'wanted'],
    ]);
  });

  test('tokens: abbreviations keep their periods, a sentence end is its own token', () => {
    expect(tokenize('the U.S. and DEA’s nations. Wait...').map((t) => t.text)).toEqual([
      'the',
      'U.S.',
      'and',
      'DEA’s',
      'nations',
      '.',
      'Wait',
      '...',
    ]);
  });
});
