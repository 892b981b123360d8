// The public export list: changing it is a deliberate API change.
import { expect, test } from 'vitest';
import * as api from '../../src/index.js';

test('public exports', () => {
  expect(Object.keys(api).sort()).toEqual([
    'BUILTIN_DICTIONARIES',
    'DEFAULT_MIN_CONFIDENCE',
    'DictionaryError',
    'LanguageModelError',
    'applyEdits',
    'createRestoreOptions',
    'describeBuiltinDictionaries',
    'lazyLanguageModel',
    'lazyThesaurus',
    'loadBuiltinDictionaries',
    'loadDecisionModel',
    'loadDictionaryFile',
    'loadInflections',
    'loadLanguageModel',
    'loadThesaurus',
    'parseDictionary',
    'restore',
    'revertEdits',
    'textFormatOf',
    'tokenize',
    'validateDictionary',
  ]);
});

test('restore() through the public API, dictionary phrases only', () => {
  const options = api.createRestoreOptions({ context: false });
  expect(api.restore('We asked a assume tank.', options).output).toBe('We asked a think tank.');
});
