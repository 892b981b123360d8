// Every example attached to a shipped dictionary entry must pass, with the full engine at the
// default threshold (the LM confirms the restoration in its sentence).
import { expect, test } from 'vitest';
import { loadBuiltinDictionaries } from '../../../src/dictionary/load.js';
import { restore } from '../../../src/core/restore.js';
import { createRestoreOptions } from '../../../src/restoreOptions.js';

const dictionaries = loadBuiltinDictionaries();
const options = createRestoreOptions({});
const examples = dictionaries.flatMap((d) =>
  d.entries.flatMap((e) =>
    e.examples.map((x) => [`${d.name}:${e.line}`, x.spun, x.restored] as const),
  ),
);

test('the shipped dictionaries carry examples', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test.each(examples)('%s: %s', (_where, spun, restored) => {
  expect(restore(spun, options).output).toBe(restored);
});
