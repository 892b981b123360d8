import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tokenize, tokenizeByRules } from '../../src/core/tokenize.js';
import type { Token } from '../../src/types.js';

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

/** The spun text of every eval document (the whole file when it has none), the examples, the dictionaries. */
function corpusTexts(): string[] {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else if (name.name.endsWith('.txt')) out.push(readFileSync(path, 'utf8'));
      else if (name.name.endsWith('.json')) {
        const text = readFileSync(path, 'utf8');
        const spun = (JSON.parse(text) as { spun?: unknown }).spun;
        out.push(typeof spun === 'string' ? spun : text);
      }
    }
  };
  for (const dir of ['eval', 'examples']) walk(join(root, dir));
  for (const name of readdirSync(join(root, 'dictionaries'))) {
    if (name.endsWith('.tsv')) out.push(readFileSync(join(root, 'dictionaries', name), 'utf8'));
  }
  return out;
}

/** Random strings over the characters the rules tell apart (a fixed seed). */
function randomTexts(count: number): string[] {
  const alphabet = [
    ...'aAbhHfFwWsSzZ019.,:/@_%+-\'’‘`"“”‐‑ \t\n\r()[]!?é',
    'e\u0301',
    '\u00a0',
    '\ufeff',
    '😀',
    'http://',
    'www.',
    'ftp://',
    'U.S.',
    'Mr.',
    '1990s',
    'ß',
  ];
  let seed = 1;
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 40 }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  );
}

/** The first token where the two tokenizers differ, with the text around it; undefined if none. */
function firstDifference(text: string): string | undefined {
  const key = (t: Token | undefined): string =>
    t === undefined ? '(none)' : `${t.kind} ${t.span[0]}-${t.span[1]} ${t.norm}`;
  const fast = tokenize(text);
  const rules = tokenizeByRules(text);
  for (let i = 0; i < Math.max(fast.length, rules.length); i++) {
    const [a, b] = [fast[i], rules[i]];
    if (key(a) !== key(b) || a?.text !== b?.text) {
      const at = b?.span[0] ?? 0;
      return `${JSON.stringify(text.slice(at - 20, at + 20))}: ${key(a)} | rules: ${key(b)}`;
    }
  }
  return undefined;
}

describe('tokenize reads by character code what the rules say', () => {
  test('over the eval texts, the examples and the dictionaries', () => {
    for (const text of corpusTexts()) expect(firstDifference(text)).toBeUndefined();
  });

  test('over 5,000 random strings', () => {
    for (const text of randomTexts(5_000)) expect(firstDifference(text)).toBeUndefined();
  });
});
