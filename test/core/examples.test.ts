// Every example attached to a shipped dictionary entry must pass (dictionary phrases only).
import { expect, test } from 'vitest';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { loadInflections } from '../../src/dictionary/inflections.js';
import { restore } from '../../src/core/restore.js';

const dictionaries = loadBuiltinDictionaries();
const examples = dictionaries.flatMap((d) =>
  d.entries.flatMap((e) =>
    e.examples.map((x) => [`${d.name}:${e.line}`, x.spun, x.restored] as const),
  ),
);

test('the shipped dictionaries carry examples', () => {
  expect(examples.length).toBeGreaterThan(0);
});

test.each(examples)('%s: %s', (_where, spun, restored) => {
  expect(
    restore(spun, { dictionaries, inflections: loadInflections(), context: false }).output,
  ).toBe(restored);
});
