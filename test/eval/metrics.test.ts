import { describe, expect, test } from 'vitest';
import {
  aggregate,
  calibration,
  isEditCorrect,
  originalOf,
  scoreDocument,
  wordDistance,
  wordsOf,
  type GoldDocument,
  type ScoredEdit,
} from '../../scripts/eval/metrics.js';
import type { Substitution } from '../../scripts/eval/types.js';

const original = 'He told NPR that the think tank said so.';
const spun = 'He informed NPR that the assume tank mentioned so.';

function sub(orig: string, sp: string): Substitution {
  const start = spun.indexOf(sp);
  return { start, end: start + sp.length, original: orig, spun: sp };
}

const doc: GoldDocument = {
  original,
  spun,
  substitutions: [sub('told', 'informed'), sub('think', 'assume'), sub('said', 'mentioned')],
};

/** An edit replacing the first occurrence of `actual` in the spun text. */
function edit(actual: string, text: string, confidence = 0.9): ScoredEdit {
  const start = spun.indexOf(actual);
  return { span: [start, start + actual.length], text, confidence };
}

describe('originalOf', () => {
  test.each([
    ['informed', 'told'],
    ['assume tank', 'think tank'],
    ['He informed NPR', 'He told NPR'],
    ['NPR', 'NPR'],
    ['informed NPR that the assume tank mentioned', 'told NPR that the think tank said'],
  ])('%s -> %s', (actual, want) => {
    const start = spun.indexOf(actual);
    expect(originalOf(doc, start, start + actual.length)).toBe(want);
  });

  test('a span that cuts a substitution has no original', () => {
    const start = spun.indexOf('informed');
    expect(originalOf(doc, start + 2, start + 8)).toBeUndefined();
    expect(originalOf(doc, start - 3, start + 4)).toBeUndefined();
  });

  test('an empty span between substitutions', () => {
    expect(originalOf(doc, 0, 0)).toBe('');
  });
});

describe('isEditCorrect', () => {
  test.each([
    ['informed', 'told', true],
    ['informed', 'Told', false], // case counts
    ['informed', 'said', false],
    ['assume tank', 'think tank', true],
    ['assume', 'think', true],
    ['informed NPR', 'told NPR', true],
    ['informed NPR', 'told CNN', false],
    ['NPR', 'NPR', true], // changes nothing
    ['NPR', 'CNN', false], // false alarm on untouched text
    ['nformed', 'old', false], // cuts the substitution
  ])('%s -> %s: %s', (actual, text, want) => {
    expect(isEditCorrect(doc, edit(actual, text))).toBe(want);
  });

  test('alternatives count when the edit covers that one substitution', () => {
    const s = 'we use the bosom peril data';
    const start = s.indexOf('bosom peril');
    const d: GoldDocument = {
      spun: s,
      original: 'we use the breast cancer data',
      substitutions: [
        {
          start,
          end: start + 11,
          original: 'breast cancer',
          spun: 'bosom peril',
          alternatives: ['breast carcinoma'],
        },
      ],
    };
    expect(
      isEditCorrect(d, { span: [start, start + 11], text: 'breast carcinoma', confidence: 1 }),
    ).toBe(true);
    expect(
      isEditCorrect(d, {
        span: [start - 4, start + 11],
        text: 'the breast carcinoma',
        confidence: 1,
      }),
    ).toBe(true);
    expect(
      isEditCorrect(d, { span: [start, start + 11], text: 'breast tumour', confidence: 1 }),
    ).toBe(false);
  });
});

describe('wordDistance', () => {
  test.each([
    [[], [], 0],
    [[], ['a', 'b'], 2],
    [['a', 'b'], [], 2],
    [['a', 'b', 'c'], ['a', 'x', 'c'], 1],
    [['a', 'b'], ['b', 'a'], 2],
    [['the', 'assume', 'tank'], ['the', 'think', 'tank'], 1],
    [['U.Due', 'south.', 'officials'], ['U.S.', 'officials'], 2],
    [['a', 'b', 'c', 'd'], ['a', 'c', 'd'], 1],
    [['x', 'a', 'b'], ['a', 'b', 'y'], 2],
  ])('%j vs %j = %i', (a, b, want) => {
    expect(wordDistance(a, b)).toBe(want);
    expect(wordDistance(b, a)).toBe(want);
  });

  test('wordsOf splits on any whitespace', () => {
    expect(wordsOf('  a b\n\nc\td ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('calibration', () => {
  test('ECE over ten bins', () => {
    const c = calibration([
      { confidence: 0.95, correct: true },
      { confidence: 0.95, correct: false },
      { confidence: 1, correct: true },
      { confidence: 0.15, correct: false },
    ]);
    expect(c.count).toBe(4);
    expect(c.ece).toBeCloseTo(0.2625, 10);
    expect(c.bins[9]).toMatchObject({ count: 3, lo: 0.9, hi: 1 });
    expect(c.bins[9]?.accuracy).toBeCloseTo(2 / 3, 10);
    expect(c.bins[9]?.confidence).toBeCloseTo(2.9 / 3, 10);
    expect(c.bins[1]).toMatchObject({ count: 1, accuracy: 0 });
    expect(c.bins[0]?.count).toBe(0);
    expect(c.bins[0]?.accuracy).toBeNaN();
  });

  test('perfectly calibrated items have ECE 0; no items give NaN', () => {
    expect(
      calibration([
        { confidence: 1, correct: true },
        { confidence: 0, correct: false },
      ]).ece,
    ).toBe(0);
    expect(calibration([]).ece).toBeNaN();
  });
});

describe('scoreDocument and aggregate', () => {
  const applied = [edit('informed', 'told', 0.9), edit('assume tank', 'thick tank', 0.7)];
  const suggestions = [edit('mentioned', 'said', 0.3)];
  const output = 'He told NPR that the thick tank mentioned so.';
  const score = scoreDocument(doc, output, applied, suggestions);

  test('document score', () => {
    expect(score).toEqual({
      words: 9,
      substitutions: 3,
      restored: 1,
      found: 2,
      applied: 2,
      appliedCorrect: 1,
      distanceSpun: 3,
      distanceOutput: 2,
      calibration: [
        { confidence: 0.9, correct: true },
        { confidence: 0.7, correct: false },
        { confidence: 0.3, correct: true },
      ],
    });
  });

  test('set metrics with a clean document', () => {
    const clean: GoldDocument = { original: 'It is fine.', spun: 'It is fine.', substitutions: [] };
    const fa = scoreDocument(
      clean,
      'It is good.',
      [{ span: [6, 10], text: 'good', confidence: 0.6 }],
      [],
    );
    const m = aggregate([score, fa]);
    expect(m).toMatchObject({
      documents: 2,
      words: 12,
      substitutions: 3,
      applied: 3,
      werSpun: 3 / 12,
      werOutput: 3 / 12,
      werReduction: 0,
    });
    expect(m.recall).toBeCloseTo(1 / 3, 10);
    expect(m.foundRate).toBeCloseTo(2 / 3, 10);
    expect(m.precision).toBeCloseTo(1 / 3, 10);
    expect(m.falseAlarmsPer1k).toBeCloseTo((2 / 12) * 1000, 10);
    expect(m.calibration.count).toBe(4);
  });

  test('a clean set has no recall and no WER reduction', () => {
    const clean: GoldDocument = { original: 'a b', spun: 'a b', substitutions: [] };
    const m = aggregate([scoreDocument(clean, 'a b', [], [])]);
    expect(m.recall).toBeNaN();
    expect(m.precision).toBeNaN();
    expect(m.werReduction).toBeNaN();
    expect(m.falseAlarmsPer1k).toBe(0);
  });
});
