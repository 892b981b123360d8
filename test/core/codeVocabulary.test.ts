import { describe, expect, test } from 'vitest';
import {
  codeVocabulary,
  identifierWords,
  inCodeVocabulary,
} from '../../src/core/codeVocabulary.js';
import { protectedRanges } from '../../src/core/protect.js';
import { tokenize } from '../../src/core/tokenize.js';

function vocabulary(text: string): string[] {
  return [...codeVocabulary(text, tokenize(text), protectedRanges(text))].sort();
}

describe('identifierWords', () => {
  test.each([
    ['helpOption', ['help', 'option']],
    ['addHelpText()', ['add', 'help', 'text']],
    ['--show-help-after-error', ['show', 'help', 'after', 'error']],
    ['max_retry_count', ['max', 'retry', 'count']],
    ['https://example.org/informed-consent', ['https', 'example', 'org', 'informed', 'consent']],
  ])('%s', (code, words) => {
    expect(identifierWords(code)).toEqual(words);
  });
});

describe('codeVocabulary', () => {
  test('words of code spans, fenced blocks, URLs, link targets and camelCase identifiers', () => {
    const text = [
      'Call `program.helpOption()` or pass --help.',
      '```js',
      'program.addCommand(build);',
      '```',
      'See [the guide](#custom-settings) and https://example.org/release-notes for the TypeScript types.',
    ].join('\n');
    expect(vocabulary(text)).toEqual([
      'add',
      'build',
      'command',
      'custom',
      'example',
      'help',
      'http',
      'https',
      'note',
      'notes',
      'option',
      'org',
      'program',
      'release',
      'script',
      'setting',
      'settings',
      'type',
    ]);
  });

  test('prose words are not in it; plain prose has an empty vocabulary', () => {
    expect(vocabulary('The help option shows the help.')).toEqual([]);
  });

  test('inCodeVocabulary also matches an inflected form through its base', () => {
    const text = 'Use `settings` or `go`.';
    const words = codeVocabulary(text, tokenize(text), protectedRanges(text));
    expect([...words].sort()).toEqual(['setting', 'settings']);
    expect(inCodeVocabulary(words, 'setting')).toBe(true);
    expect(inCodeVocabulary(new Set(['setting']), 'settings')).toBe(true);
    expect(inCodeVocabulary(words, 'set')).toBe(false);
    expect(inCodeVocabulary(words, 'go')).toBe(false);
  });
});

describe('protectedRanges: Markdown link targets', () => {
  test('the target of a link is protected, its text is not', () => {
    const text = 'See [Custom help](#custom-help) and ![logo](img/logo_(v2).png).';
    expect(protectedRanges(text).map(([s, t]) => text.slice(s, t))).toEqual([
      '(#custom-help)',
      '(img/logo_(v2).png)',
    ]);
  });
});
