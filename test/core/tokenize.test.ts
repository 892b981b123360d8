import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';

const words = (text: string): string[] =>
  tokenize(text)
    .filter((t) => t.kind !== 'space' && t.kind !== 'newline')
    .map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  test.each([
    ['Mexico’s Consulate', ['word:Mexico’s', 'word:Consulate']],
    ["don't stop", ["word:don't", 'word:stop']],
    ['ex-Mexican then-Attorney', ['word:ex-Mexican', 'word:then-Attorney']],
    ['U.S. officers', ['word:U.S.', 'word:officers']],
    ['retired Gen. and', ['word:retired', 'word:Gen.', 'word:and']],
    ['Frederic J. Brown', ['word:Frederic', 'word:J.', 'word:Brown']],
    ['90,000 deaths in 1990s', ['number:90,000', 'word:deaths', 'word:in', 'number:1990s']],
    ['the H2 group', ['word:the', 'word:H2', 'word:group']],
    ['see https://example.org/a?b=1.', ['word:see', 'url:https://example.org/a?b=1', 'punct:.']],
    [
      'write to a.b@example.com now',
      ['word:write', 'word:to', 'email:a.b@example.com', 'word:now'],
    ],
    ['the agents’ cars', ['word:the', 'word:agents’', 'word:cars']],
    ['“We’re ready”', ['punct:“', 'word:We’re', 'word:ready', 'punct:”']],
    ['end. Next', ['word:end', 'punct:.', 'word:Next']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  test('spans cover the input exactly, CRLF and BOM included', () => {
    const text = '\ufeffOne  line\r\nTwo\tlines\r\n';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join('')).toBe(text);
    for (const t of tokens) expect(text.slice(t.span[0], t.span[1])).toBe(t.text);
    expect(tokens.filter((t) => t.kind === 'newline').map((t) => t.text)).toEqual(['\r\n', '\r\n']);
  });

  test('norm folds case and curly apostrophes', () => {
    expect(tokenize('Mexico’s')[0]?.norm).toBe("mexico's");
  });
});
