// Curated spinner swaps (`channel` entries): how they are gathered per family, merged into the
// thesaurus, gated by a document's sure phrases, and turned into probabilities.
import { describe, expect, test } from 'vitest';
import { parseDictionary } from '../../../src/dictionary/parse.js';
import { spinnerChannel, withSpinnerChannel } from '../../../src/core/spinnerChannel.js';
import {
  familyLikelihood,
  spinnerGate,
  spinnerLikelihood,
  spinnerProbability,
  pairKey,
  spunDocument,
  sureSpins,
  sureWordPairs,
  swapHits,
  unlistedProbability,
  type SpinnerGate,
} from '../../../src/core/spinnerDecision.js';
import { tokenize } from '../../../src/core/tokenize.js';
import { inShortQuote } from '../../../src/core/quotes.js';
import { findPhraseCandidates } from '../../../src/core/phraseCandidates.js';
import { slotRange } from '../../../src/core/phraseDecision.js';
import { buildSlots } from '../../../src/core/slots.js';
import { createRestoreOptions } from '../../../src/restoreOptions.js';
import type { Dictionary, LanguageModel, Thesaurus } from '../../../src/types.js';

/** A dictionary from rows of columns (spun, canonical, flags, source, prior). */
function dictionary(rows: ReadonlyArray<readonly string[]>): Dictionary {
  return parseDictionary(rows.map((r) => r.join('\t')).join('\n'), 'd', 'd.tsv');
}

const lm = createRestoreOptions({}).lm as LanguageModel;

/** The dictionary's phrases in a text, over the text's slots (as the decoder sees them). */
function phrasesIn(text: string, dict: Dictionary) {
  const tokens = tokenize(text);
  const slots = buildSlots(tokens, lm);
  const phrases = findPhraseCandidates(tokens, [dict]).flatMap((candidate) => {
    const range = slotRange(slots, candidate.firstToken, candidate.lastToken);
    return range === null ? [] : [{ candidate, first: range[0], last: range[1], ids: [] }];
  });
  return { tokens, slots, phrases };
}

const swaps = parseDictionary(
  [
    '#! unlisted-rate: 0.5',
    ['mentioned', 'said', 'channel', 'news', '0.85'].join('\t'),
    ['companies', 'agencies|services', 'channel', 'news', '0.6'].join('\t'),
    ['final yr', 'last year', '-', 'news', '0.95'].join('\t'),
  ].join('\n'),
  'swaps',
  'swaps.tsv',
);
const wordnet = parseDictionary(['past', 'by', 'channel', 'wn', '0.4'].join('\t'), 'wn', 'wn.tsv');
const dictionaries = [swaps, wordnet];

describe('spinnerChannel', () => {
  const channel = spinnerChannel(dictionaries);

  test('gathers the channel entries by spun key, per family', () => {
    expect([...channel.bySpun.keys()]).toEqual(['mentioned', 'companies', 'past']);
    // the alternative after the preferred original gets half its prior
    expect(channel.bySpun.get('companies')?.map((c) => [c.text, c.spinner?.prior])).toEqual([
      ['agencies', 0.6],
      ['services', 0.3],
    ]);
    expect(channel.bySpun.get('past')?.[0]?.spinner).toEqual({
      prior: 0.4,
      dictionary: 'wn',
      family: 'wn',
    });
    expect([...channel.families.keys()]).toEqual(['news', 'wn']);
    expect([...(channel.families.get('news')?.covered ?? [])]).toEqual([
      'said',
      'agency',
      'service',
    ]);
    expect(channel.families.get('news')?.unlistedRate).toBe(0.5);
    expect(channel.families.get('wn')?.unlistedRate).toBe(1);
  });

  test('is cached per dictionary list', () => {
    expect(spinnerChannel(dictionaries)).toBe(channel);
  });

  test('puts curated originals first, merged with the thesaurus candidate of the same text', () => {
    const thesaurus: Thesaurus = {
      maxPhraseWords: 1,
      originals: (w) =>
        w === 'mentioned'
          ? [
              { text: 'noted', sources: ['moby'], firstLemma: false },
              { text: 'said', sources: ['moby', 'wordnet'], firstLemma: true },
            ]
          : [],
    };
    const merged = withSpinnerChannel(thesaurus, channel);
    expect(merged.originals('mentioned')).toEqual([
      {
        text: 'said',
        sources: ['moby', 'wordnet'],
        firstLemma: true,
        spinner: { prior: 0.85, dictionary: 'swaps', family: 'news' },
      },
      { text: 'noted', sources: ['moby'], firstLemma: false },
    ]);
    expect(merged.originals('past').map((c) => c.text)).toEqual(['by']);
    expect(merged.originals('went')).toEqual([]);
    expect(merged.maxPhraseWords).toBe(1);
    expect(withSpinnerChannel(thesaurus, channel)).toBe(merged);
  });
});

describe('the document gate', () => {
  test.each([
    ['He wrote “final yr” there.', true],
    ["He wrote 'final yr' there.", true],
    ['“It was final yr,” she said.', true],
    ['“We went to Mexico final yr to see the new plant and the old one,” she said.', false],
    ['The final yr report was late.', false],
    ['“Open quote only, final yr.', false],
  ])('%j: phrase in a short quotation = %s', (text, expected) => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.norm === 'final');
    expect(inShortQuote(tokens, first, first + 2)).toBe(expected);
  });

  test('sure spins: fixed entries with prior 0.7 or more, outside short quotations', () => {
    const dict = dictionary([
      ['final yr', 'last year', '-', 'news', '0.7'],
      ['assume tank', 'think tank', '-', 'news', '0.6'],
      ['in opposition to', 'against', 'channel', 'news', '0.9'],
      ['per centum', 'percent', '-', 'wn', '0.9'],
    ]);
    const { tokens, phrases } = phrasesIn(
      'Final yr the assume tank voted in opposition to it; 5 per centum said "final yr" there.',
      dict,
    );
    expect(sureSpins(tokens, phrases)).toEqual(['news', 'wn']);
  });

  test('P(spun) from sure phrases: even at 1.5 of them', () => {
    expect([0, 1.5, 3, 15].map(spunDocument)).toEqual([0, 0.5, 2 / 3, 15 / 16.5]);
  });

  test('strongly supported word swaps count as sure phrases above the rate of genuine text', () => {
    // [types, words] -> hits: fewer than 5 types never count; 20 per 1,000 words is free;
    // each 15 more is one hit, at most 2.
    expect(
      [
        [4, 30],
        [5, 1000],
        [5, 200],
        [7, 200],
        [18, 300],
      ].map(([types, words]) => swapHits(types as number, words as number)),
    ).toEqual([0, 0, 1 / 3, 1, 2]);
    const channel = spinnerChannel(dictionaries);
    const withSwaps = spinnerGate(['news'], channel, new Map([['news', 1.5]]));
    expect(familyLikelihood(withSwaps, 'news')).toBe(spunDocument(2.5));
    expect(familyLikelihood(withSwaps, 'wn')).toBe(0);
  });

  const channel = spinnerChannel(dictionaries);
  const news = channel.families.get('news')!;
  const wn = channel.families.get('wn')!;
  const gate: SpinnerGate = {
    families: [
      { family: news, pDoc: 0.8 },
      { family: wn, pDoc: 0 },
    ],
  };

  test('family likelihoods', () => {
    expect(familyLikelihood(gate, 'news')).toBe(0.8);
    expect(familyLikelihood(gate, 'none')).toBe(0);
    expect(spinnerLikelihood(gate)).toBe(0.8);
    expect(spinnerLikelihood({ families: [] })).toBe(0);
  });

  test('a thesaurus swap the lists lack is discounted in a spun text', () => {
    // not covered: rate 0.5 -> 1 - 0.8 * 0.5
    expect(unlistedProbability(0.9, gate, 'noted')).toBeCloseTo(0.9 * 0.6, 10);
    // covered ("agencies" is what the spinner writes as "companies"): rate 0.1
    expect(unlistedProbability(0.9, gate, 'agencies')).toBeCloseTo(0.9 * 0.28, 10);
    // a family with no sure phrase in the text changes nothing
    expect(unlistedProbability(0.9, { families: [{ family: wn, pDoc: 0 }] }, 'by')).toBe(0.9);
    // nor does a family that declares no unlisted-rate, even for an original it covers
    expect(unlistedProbability(0.9, { families: [{ family: wn, pDoc: 0.9 }] }, 'by')).toBe(0.9);
  });

  test('a curated swap: prior odds from the document, moved by the LM', () => {
    expect(spinnerProbability(0.85, 0, 0, 0)).toBeCloseTo(0.005, 10);
    expect(spinnerProbability(0.5, 1, 0, 0)).toBeCloseTo(0.5, 10);
    // one log10 unit of gain here: e times the odds; elsewhere half as much
    expect(spinnerProbability(0.5, 1, 1, 1)).toBeCloseTo(Math.E / (1 + Math.E), 10);
    expect(spinnerProbability(0.5, 1, 0, 2)).toBeCloseTo(Math.E / (1 + Math.E), 10);
    // gains are capped: no amount of LM evidence makes a swap sure in a genuine text
    expect(spinnerProbability(0.9, 0, 10, 50)).toBeLessThan(0.5);
  });
});

describe('word swaps inside sure phrases', () => {
  test('pairKey folds inflection and possessives', () => {
    expect(pairKey('Fees', 'commissions')).toBe('fee→commission');
    expect(pairKey("Normal's", 'general’s')).toBe('normal→general');
  });

  test('sureWordPairs: word by word, for sure phrases as long as their restoration', () => {
    const dict = dictionary([
      ['federal commerce fee', 'Federal Trade Commission', '-', 'news', '0.9'],
      ['consulate normal', 'Consulate General', '-', 'news', '0.9'],
      ['in the event that', 'if', '-', 'news', '0.9'],
      ['assume tank', 'think tank', '-', 'news', '0.5'],
    ]);
    const { tokens, slots, phrases } = phrasesIn(
      "The Federal Commerce Fee met the Consulate Normal's staff in the event that an assume tank asked.",
      dict,
    );
    expect([...sureWordPairs(tokens, slots, phrases)]).toEqual([
      ['commerce→trade', 'news'],
      ['fee→commission', 'news'],
      ['normal→general', 'news'],
    ]);
  });
});
