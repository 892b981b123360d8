// Inputs for the invariants: random texts built from what the engine reacts to (dictionary
// phrases, their restorations, quotes, Markdown, line breaks, surrogate pairs, lone surrogates),
// mutations of real texts, and adversarial shapes.
import fc from 'fast-check';
import type { Dictionary, Edit } from '../../src/types.js';

const WORDS = [
  'the',
  'a',
  'an',
  'of',
  'and',
  'He',
  'she',
  'informed',
  'told',
  'said',
  'mentioned',
  'new',
  'York',
  'world',
  'wide',
  'web',
  'bosom',
  'breast',
  'peril',
  'cancer',
  'irregular',
  'woodland',
  'random',
  'forest',
  'counterfeit',
  'consciousness',
  'bolster',
  'vector',
  'machine',
  'U.S.',
  'will',
  'not',
  "won't",
  'won’t',
  'don’t',
  'Mexico’s',
  'ex-wife',
  '3.5',
  '1990s',
  'e.g.',
  'naïve',
  'café',
  'Ünïcödé',
  'مرحبا',
  'שלום',
  '東京',
  '😀',
  '👍🏽',
  'e\u0301',
  'x',
];
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\n\n',
  '\u00a0',
  '\u2028',
  '\ufeff',
];
const MARKS = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  '(',
  ')',
  '[',
  ']',
  '-',
  '—',
  '…',
  '`',
  '```\n',
  '~~~\n',
  '](',
  '# ',
  '    ',
  '> ',
  '* ',
  '- ',
  '1. ',
  '[sic]',
  'http://x.y/a',
  'a@b.co',
  '\u0000',
  '\ud800',
  '\udc00',
  '\ufffd',
];

/** Phrases of the given dictionaries (spun and restored), to make the engine work. */
export function dictionaryPieces(dictionaries: readonly Dictionary[], limit = 400): string[] {
  const out: string[] = [];
  for (const d of dictionaries) {
    const step = Math.max(1, Math.floor(d.entries.length / limit));
    for (let i = 0; i < d.entries.length; i += step) {
      const e = d.entries[i];
      if (e === undefined) continue;
      out.push(e.spun, e.canonical[0] ?? '', ...e.conditions.requires);
    }
  }
  return out.filter((p) => p !== '' && p !== '?');
}

/** Random texts of words, phrases, separators and marks. */
export function textArbitrary(pieces: readonly string[], maxLength = 60): fc.Arbitrary<string> {
  const word = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...(pieces.length > 0 ? pieces : WORDS)) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  );
  const piece = fc.oneof(
    { weight: 5, arbitrary: word },
    { weight: 4, arbitrary: fc.constantFrom(...SEPARATORS) },
    { weight: 2, arbitrary: fc.constantFrom(...MARKS) },
  );
  return fc.array(piece, { maxLength }).map((parts) => parts.join(''));
}

/** Random edits over a text: spans anywhere inside it (overlapping too), any replacement. */
export function editsArbitrary(text: string): fc.Arbitrary<Edit[]> {
  const n = text.length;
  const span = fc
    .tuple(fc.nat({ max: n }), fc.nat({ max: Math.min(n, 12) }))
    .map(([s, len]) => [s, Math.min(n, s + len)] as const);
  const edit = fc
    .record({
      span,
      text: fc.string({ maxLength: 8 }),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ span: [s, e], text: t, confidence }): Edit => ({
      span: [s, e],
      actual: text.slice(s, e),
      text: t,
      alternatives: [],
      confidence,
      source: 'fuzz',
      reasons: [],
      suggestOnly: false,
    }));
  return fc.array(edit, { maxLength: 12 });
}

type Rng = () => number;

/** A mutation of a real text: characters inserted, deleted, doubled, cased, cut mid-pair. */
export function mutate(text: string, rng: Rng, pieces: readonly string[]): string {
  let t = text;
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
  const at = (): number => Math.floor(rng() * (t.length + 1));
  const steps = 1 + Math.floor(rng() * 8);
  for (let k = 0; k < steps; k++) {
    const i = at();
    switch (Math.floor(rng() * 8)) {
      case 0:
        t = t.slice(0, i) + pick(MARKS) + t.slice(i);
        break;
      case 1:
        t = t.slice(0, i) + t.slice(i + Math.floor(rng() * 20));
        break;
      case 2:
        t = t.slice(0, i) + pick(pieces.length > 0 ? pieces : WORDS) + t.slice(i);
        break;
      case 3: {
        const len = Math.floor(rng() * 200);
        t = t.slice(0, i) + t.slice(i, i + len) + t.slice(i);
        break;
      }
      case 4:
        t = t.slice(0, i) + t.slice(i, i + 30).toUpperCase() + t.slice(i + 30);
        break;
      case 5:
        t = t.slice(0, i) + pick(SEPARATORS) + t.slice(i);
        break;
      case 6:
        t = t.replace(/\n/g, pick(['\r\n', '\r', '\n']));
        break;
      default:
        t = t.slice(0, i) + pick(['\ud83d', '\ude00', '😀', '\u0301', '\u200b']) + t.slice(i);
    }
  }
  return t;
}

/** Adversarial shapes (issue 15): long repetitions, one huge word, deep nesting. */
export function adversarialInputs(scale: number, prefix: string): Array<readonly [string, string]> {
  return [
    [`${scale} repetitions of a dictionary prefix`, `${prefix} `.repeat(scale)],
    [`one word of ${scale * 100} letters`, 'a'.repeat(scale * 100)],
    [`${scale} nested quotes`, '>'.repeat(scale) + ' informed'],
    [`${scale} nested brackets`, '['.repeat(scale) + 'x' + '](y)'.repeat(scale)],
    [`${scale} backticks`, '`'.repeat(scale) + ' informed ' + '`'.repeat(scale)],
    [`${scale} unclosed fences`, '```\n'.repeat(scale) + 'informed'],
    [`${scale} lone surrogates`, '\ud800 '.repeat(scale)],
    [`${scale} emphasis marks`, '*_'.repeat(scale) + 'bosom peril' + '_*'.repeat(scale)],
    [`${scale} indented lines`, '\n    informed'.repeat(scale)],
  ];
}
