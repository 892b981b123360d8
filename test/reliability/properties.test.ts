// Invariants as properties (issue 15), on random inputs with small runs so that `npm test` stays
// quick; `npm run fuzz -- SECONDS` runs the same checks for longer, on mutated real texts too.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { loadInflections } from '../../src/dictionary/inflections.js';
import type { RestoreOptions } from '../../src/types.js';
import { restore } from '../../src/core/restore.js';
import {
  checkApply,
  checkBounds,
  checkRestore,
  checkTokenize,
} from '../../scripts/fuzz/invariants.js';
import {
  adversarialInputs,
  dictionaryPieces,
  editsArbitrary,
  textArbitrary,
} from '../../scripts/fuzz/inputs.js';
import { fullEngine } from './fullEngine.js';

const dictionaries = loadBuiltinDictionaries();
const dictionaryOnly: RestoreOptions = {
  dictionaries,
  inflections: loadInflections(),
  context: false,
};
const pieces = dictionaryPieces(dictionaries);
const text = textArbitrary(pieces);
const SEED = 15;

describe('properties (dictionary engine)', () => {
  test('tokenizer spans tile the input; no offset splits a surrogate pair', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'binary' })), checkTokenize), {
      numRuns: 300,
      seed: SEED,
    });
  });

  test('revertEdits(applyEdits(text, edits)) === text; kept spans never overlap', () => {
    const pair = text.chain((t) => fc.tuple(fc.constant(t), editsArbitrary(t)));
    fc.assert(
      fc.property(pair, ([t, edits]) => checkApply(t, edits)),
      { numRuns: 300, seed: SEED },
    );
  });

  test.each([0.8, 0.5, 0.2])(
    'restore at %d: identity without findings, bytes outside spans kept, idempotent',
    (minConfidence) => {
      fc.assert(
        fc.property(text, (t) => {
          checkBounds(t, checkRestore(t, { ...dictionaryOnly, minConfidence, suggestions: 'all' }));
        }),
        { numRuns: 150, seed: SEED },
      );
    },
  );
});

describe('properties (full engine, a few runs)', () => {
  test('restore: the same invariants with the LM and thesauri', () => {
    const words = textArbitrary(pieces, 25);
    fc.assert(
      fc.property(words, (t) => {
        checkRestore(t, { ...fullEngine(), suggestions: 'some' });
      }),
      { numRuns: 8, seed: SEED },
    );
  });
});

describe('adversarial inputs finish and keep the structural bounds', () => {
  // Linear cost is guaranteed by structure, not timed: sections of bounded size (sections.ts)
  // and overlap resolution in O(n log n) (occupancy.ts); the fuzz script reports times.
  test.each(adversarialInputs(5_000, 'bolster vector'))('%s', (_name, input) => {
    const r = checkRestore(input, dictionaryOnly);
    checkBounds(input, r);
    expect(r.input).toBe(input);
  });

  test('100,000 repetitions of a dictionary phrase: every one restored once', () => {
    const input = 'bosom peril '.repeat(100_000);
    const r = restore(input, dictionaryOnly);
    checkBounds(input, r);
    expect(r.output).toBe('breast cancer '.repeat(100_000));
    expect(r.applied.length).toBe(100_000);
  });
});
