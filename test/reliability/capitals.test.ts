// Defect 2 (issue 15): capitals lost in multi-word restorations ("world Wide Web", "new York
// City", "republican Party"); an entry that only fixes case never settled (--write changed
// nothing, --check exited 1 for ever); with two alternatives the second was chosen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { restore } from '../../src/core/restore.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { cleanUp, folder, run } from './harness.js';
import { fullEngine } from './fullEngine.js';

afterEach(cleanUp);

const NAMES = [
  'wide world web\tWorld Wide Web|internet\t-\tcurated\t0.95',
  'big apple city\tNew York City\t-\tcurated\t0.95',
  'new york\tNew York\t-\tcurated\t0.95',
  '',
].join('\n');
const names = parseDictionary(NAMES, 'names', 'names.tsv');

describe('defect 2: a restoration keeps its own capitals', () => {
  test.each([
    ['The wide world web is big.', 'The World Wide Web is big.'],
    ['The big apple city is nice.', 'The New York City is nice.'],
    ['I live in new york.', 'I live in New York.'],
    ['I live in New york.', 'I live in New York.'],
    ['Wide world web pages.', 'World Wide Web pages.'],
    ['THE WIDE WORLD WEB.', 'THE WORLD WIDE WEB.'],
  ])('%s', (text, output) => {
    expect(restore(text, { dictionaries: [names], context: false }).output).toBe(output);
  });

  test('the built-in news list: "republican social gathering" -> "Republican Party"', () => {
    expect(restore('The republican social gathering met.', fullEngine()).output).toBe(
      'The Republican Party met.',
    );
  });

  test('with the LM, the preferred alternative of another length is kept ("internet" is shorter)', () => {
    const r = restore('The wide world web is big.', { ...fullEngine(), dictionaries: [names] });
    expect(r.output).toBe('The World Wide Web is big.');
  });

  test('with the LM, alternatives of the same length are still chosen by it', () => {
    const haze = restore(
      'Early detection with haze figuring on a computer network and the cloud.',
      fullEngine(),
    );
    expect(haze.suggestions.map((e) => e.text)).toEqual(['cloud computing']);
  });
});

describe('defect 2: an entry that only fixes case settles', () => {
  test('--write fixes it, then --check exits 0 and finds nothing', async () => {
    const dir = folder({ 'names.tsv': NAMES, 'a.txt': 'I live in new york.\n' });
    const args = ['--no-builtin', '--no-context', '--dict', 'names.tsv'];
    expect((await run(dir, [...args, '--check', 'a.txt'])).code).toBe(1);
    expect((await run(dir, [...args, '--write', 'a.txt'])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('I live in New York.\n');
    const check = await run(dir, [...args, '--check', 'a.txt']);
    expect([check.code, check.out]).toEqual([0, '1 file, 0 findings, 0 fixable\n']);
  });

  test('the restoration as written is no finding', () => {
    const r = restore('I live in New York.', { dictionaries: [names], context: false });
    expect([r.applied, r.suggestions]).toEqual([[], []]);
  });

  test('a phrase mapped to itself is refused by the validator (--dict)', async () => {
    const dir = folder({ 'same.tsv': 'same thing\tsame thing\t-\tx\t0.9\n', 'a.txt': 'x' });
    const r = await run(dir, ['--no-builtin', '--no-context', '--dict', 'same.tsv', 'a.txt']);
    expect([r.code, r.err]).toEqual([
      2,
      "restore-text: same.tsv:1: identity mapping: 'same thing' restores to itself\n",
    ]);
  });
});
