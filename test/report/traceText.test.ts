// The --trace view: a pure function of the core's WordTrace.
import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import {
  formatTraceFile,
  noteText,
  outcomeText,
  MAIN_FEATURES,
} from '../../src/report/traceText.js';
import { formatTraceJson, traceJsonFile } from '../../src/report/traceJson.js';
import type {
  TracedCandidate,
  TraceOutcome,
  WordNote,
  WordTrace,
} from '../../src/core/wordTrace.js';
import { makeResult } from './fixtures.js';

const plain = new Chalk({ level: 0 });
const input = 'Intro.\nHe informed us. Mr. Informed smiled.\n';
const features = Object.fromEntries(MAIN_FEATURES.map((n, i) => [n, i === 0 ? 1.25 : i]));

const told: TracedCandidate = {
  span: [10, 18],
  actual: 'informed',
  text: 'told',
  source: 'thesaurus',
  origin: 'news-spinner-words',
  prior: 0.6,
  channel: -0.5,
  gain: 2.5,
  typeGain: -0.25,
  features,
  model: 0.125,
  spinner: 0.875,
  confidence: 0.875,
  outcome: { kind: 'applied' },
};
const notified: TracedCandidate = {
  span: [10, 18],
  actual: 'informed',
  text: 'notified',
  source: 'thesaurus',
  origin: 'moby',
  channel: -2.5,
  gain: 0.5,
  typeGain: 0.5,
  outcome: { kind: 'unranked', rank: 10, of: 12 },
};
const trace: WordTrace = {
  word: 'informed',
  minConfidence: 0.8,
  result: makeResult(input, []),
  occurrences: [
    { span: [10, 18], written: 'informed', candidates: [told, notified] },
    {
      span: [27, 35],
      written: 'Informed',
      note: { kind: 'protected', reason: 'proper name' },
      candidates: [],
    },
  ],
};

describe('formatTraceFile', () => {
  test('each occurrence: where, then each candidate with its evidence and outcome', () => {
    expect(formatTraceFile('a.txt', input, trace, plain)).toBe(
      [
        'a.txt: “informed”, 2 occurrences',
        'a.txt:2:4  informed',
        '  “informed” -> “told”  thesaurus news-spinner-words: applied',
        "      prior 0.60; channel -0.50; LM +2.50 here, -0.25 over the word's occurrences; model 0.13, spinner evidence 0.88, confidence 0.88",
        '      features: margin 1.25, rank 1, unigramDelta 2, observedTrigrams 3, originalTrigrams 4, present 5, docDensity 6, docAccepted 7, spinnerFamily 8',
        '  “informed” -> “notified”  thesaurus moby: not scored: rank 11 of 12 originals of the word by noisy-channel score',
        "      channel -2.50; LM +0.50 here, +0.50 over the word's occurrences",
        'a.txt:2:21  Informed',
        '  no candidate: protected (proper name): only the curated swaps of a spinner the text shows may rewrite it',
        '',
        '',
      ].join('\n'),
    );
  });

  test('a word that does not occur', () => {
    expect(formatTraceFile('-', input, { ...trace, occurrences: [] }, plain)).toBe(
      '<stdin>: “informed” does not occur\n',
    );
  });

  test('colors: the outcome and the location', () => {
    const colored = formatTraceFile('a.txt', input, trace, new Chalk({ level: 1 }));
    expect(colored).toContain('\u001b[32mapplied\u001b[39m');
    expect(colored).toContain('\u001b[1ma.txt:2:4\u001b[22m');
  });
});

describe('outcomes and notes in words', () => {
  const edit = { actual: 'a b', text: 'c', confidence: 0.9 };
  test.each<[TraceOutcome, string]>([
    [{ kind: 'applied' }, 'applied'],
    [
      { kind: 'below threshold', minConfidence: 0.8 },
      'suggestion: confidence below --min-confidence 0.80',
    ],
    [
      { kind: 'suggest only', reasons: ['flagged entry: suggestion only'] },
      'suggestion only: flagged entry: suggestion only',
    ],
    [{ kind: 'suggest only', reasons: [] }, 'suggestion only'],
    [{ kind: 'overlapped', by: edit }, 'not applied: overlapped by “a b” -> “c” (confidence 0.90)'],
    [{ kind: 'carried out', by: [edit] }, 'not listed: the applied “a b” -> “c” already make it'],
    [{ kind: 'unreported', floor: 0.2 }, 'not reported: less likely than 0.20'],
    [{ kind: 'in code' }, 'never rewritten: inside code or a link target'],
    [{ kind: 'lost', to: 'said' }, 'lost to “said”'],
    [
      { kind: 'unranked', rank: 10, of: 11 },
      'not scored: rank 11 of 11 originals of the word by noisy-channel score',
    ],
  ])('%j', (outcome, text) => {
    expect(outcomeText(outcome)).toBe(text);
  });

  test.each<[WordNote, string]>([
    [{ kind: 'in code' }, 'inside code or a link target: never rewritten'],
    [{ kind: 'no context' }, 'no context engine (--no-context): dictionary phrases only'],
    [{ kind: 'protected', reason: 'number' }, 'protected (number): no thesaurus swap'],
    [
      { kind: 'code word' },
      'the text uses this word in code, URLs or identifiers: no single-word swap',
    ],
    [{ kind: 'no entry' }, 'no thesaurus entry'],
  ])('%j', (note, text) => {
    expect(noteText(note)).toBe(text);
  });
});

describe('--trace --format json', () => {
  test('positions, the outcome in words, and files that could not be read', () => {
    const doc = JSON.parse(
      formatTraceJson('informed', 0.8, [
        traceJsonFile('a.txt', input, trace),
        traceJsonFile('b.bin', '', undefined, 'binary file'),
      ]),
    );
    expect(doc.version).toBe(1);
    expect(
      doc.files[0].occurrences.map((o: { line: number; column: number }) => [o.line, o.column]),
    ).toEqual([
      [2, 4],
      [2, 21],
    ]);
    expect(doc.files[0].occurrences[0].candidates[1].why).toBe(
      'not scored: rank 11 of 12 originals of the word by noisy-channel score',
    );
    expect(doc.files[0].occurrences[1].note).toBe(
      noteText({ kind: 'protected', reason: 'proper name' }),
    );
    expect(doc.files[1]).toEqual({ path: 'b.bin', occurrences: [], error: 'binary file' });
  });
});
