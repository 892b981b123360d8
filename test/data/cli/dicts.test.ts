// `restore-text dicts` against the real shipped dictionaries. Not a golden case: the entry
// counts change whenever the dictionaries are rebuilt, so the expectation is computed.
import { expect, test } from 'vitest';
import { formatDicts } from '../../../src/cli/dicts.js';
import { main } from '../../../src/cli/main.js';
import { memoryIo } from '../../cli/memoryIo.js';
import { BUILTIN_DICTIONARIES, describeBuiltinDictionaries } from '../../../src/dictionary/load.js';
import { Chalk } from 'chalk';

test('dicts lists every built-in dictionary with its entry count and source', async () => {
  const io = memoryIo();
  expect(await main(['dicts'], io)).toBe(0);
  const described = describeBuiltinDictionaries();
  expect(described.map((d) => d.name)).toEqual([...BUILTIN_DICTIONARIES]);
  expect(io.out()).toBe(formatDicts(described, new Chalk({ level: 0 })));
  for (const d of described) {
    const source = d.source.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const line = `${d.name} +${d.entries}  ${source}`;
    expect(io.out()).toMatch(new RegExp(`^${line}`, 'm'));
  }
});
