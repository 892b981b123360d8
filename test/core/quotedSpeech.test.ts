import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/core/tokenize.js';
import {
  quotations,
  quoteCounts,
  quotesSpun,
  weighQuotedSpeech,
} from '../../src/core/quotedSpeech.js';
import type { Edit } from '../../src/types.js';

const quoted = (text: string): string[] =>
  quotations(tokenize(text)).map(([s, e]) => text.slice(s, e));

describe('quotations', () => {
  test.each([
    ['He said “we are ready” and left.', ['we are ready']],
    ['He said "we are ready" and "so are they".', ['we are ready', 'so are they']],
    // A quoted paragraph is not closed: the quotation runs to the paragraph's end.
    ['“We are ready.\n\n“So are they,” he said.', ['We are ready.', 'So are they,']],
    ['A “” mark and ” stray close.', []],
    ['It’s the agency’s view.', []],
    ['“Unclosed to the end', ['Unclosed to the end']],
  ])('%j', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});

describe('quotesSpun', () => {
  test.each([
    // A spun text (1 sure change in 10 words outside) whose 30 quoted words show none.
    [{ wordsIn: 30, wordsOut: 300, changesIn: 0, changesOut: 30 }, 0.08995],
    // Two changes in them: the quotations were spun too.
    [{ wordsIn: 30, wordsOut: 300, changesIn: 2, changesOut: 30 }, 0.88243],
    // A text with no change at all says nothing: the prior.
    [{ wordsIn: 30, wordsOut: 300, changesIn: 0, changesOut: 0 }, 0.5],
    // A short text: 8 quoted words with no change are weak evidence.
    [{ wordsIn: 8, wordsOut: 40, changesIn: 0, changesOut: 8 }, 0.33725],
  ])('%j', (counts, p) => {
    expect(quotesSpun(counts)).toBeCloseTo(p, 5);
  });
});

function edit(text: string, actual: string, confidence: number, nth = 0): Edit {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(actual, at + 1);
  return {
    span: [at, at + actual.length],
    actual,
    text: 'x',
    alternatives: [],
    confidence,
    source: 'moby',
    reasons: [],
    suggestOnly: false,
  };
}

describe('weighQuotedSpeech', () => {
  // Ten changed words outside the quotation; inside, 40 words.
  const outside = 'alpha beta gamma delta epsilon zeta eta theta iota kappa';
  const speech = 'we stand ready to talk with our partners in the region today and tomorrow';
  const quote = `${speech} and ${speech} and so also some more of the same words in it`;
  const text = `${outside}. He said “${quote}”. ${outside}.`;
  const tokens = tokenize(text);
  const changes = outside.split(' ').map((w) => edit(text, w, 0.9));

  test('counts words and sure changes inside and outside', () => {
    const inQuote = edit(text, 'partners', 0.85);
    expect(quoteCounts(tokens, quotations(tokens), [...changes, inQuote])).toEqual({
      wordsIn: 40,
      wordsOut: 22,
      changesIn: 1,
      changesOut: 10,
    });
  });

  test('one sure change in 40 unspun quoted words is damped; the others stay', () => {
    const lone = edit(text, 'partners', 0.85);
    const out = weighQuotedSpeech(tokens, [...changes, lone]);
    expect(out.slice(0, 10)).toEqual(changes);
    const damped = out[10] as Edit;
    // r1 = (10 + 0.5) / 72; log LR = ln(r1 / 0.01) - 40 (r1 - 0.01): P = 0.05989.
    expect(damped.confidence).toBeCloseTo(0.85 * 0.05989, 4);
    expect(damped.reasons.at(-1)).toMatch(/^inside a quotation, .*P spun 0\.06/);
  });

  test('a suggestion only inside the quotation is left as it is', () => {
    const mention = { ...edit(text, 'partners', 0.85), suggestOnly: true };
    expect(weighQuotedSpeech(tokens, [...changes, mention])[10]).toEqual(mention);
  });

  test('three sure changes inside: the quotation was spun (P 0.93), nothing is damped', () => {
    const inside = ['stand', 'talk', 'partners'].map((w) => edit(text, w, 0.9));
    const all = [...changes, ...inside];
    expect(weighQuotedSpeech(tokens, all)).toEqual(all);
  });

  test('a text without quotations keeps its edits', () => {
    const plain = tokenize(outside);
    const edits = [edit(outside, 'beta', 0.9)];
    expect(weighQuotedSpeech(plain, edits)).toEqual(edits);
  });
});
