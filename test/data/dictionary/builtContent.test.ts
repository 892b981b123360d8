// What scripts/build-dictionaries.ts made of its sources: PPS query syntax -> flags, conflicts ->
// alternatives, unknown fingerprints -> flag-only, curated news phrases. Checks the shipped files.
import { describe, expect, test } from 'vitest';
import { loadBuiltinDictionaries } from '../../../src/dictionary/load.js';
import { phraseWords } from '../../../src/core/phraseEntry.js';

const [tortured, news] = loadBuiltinDictionaries(['tortured-phrases', 'news-spinner']);

function describeEntry(dictionary: typeof tortured, spun: string): string {
  const key = phraseWords(spun).join(' ');
  const entry = dictionary?.entries.find((e) => e.words.join(' ') === key);
  if (entry === undefined) return 'missing';
  const { requires, excludes, proximity } = entry.conditions;
  const flags = [
    ...(entry.suggestOnly ? ['suggest'] : []),
    ...(entry.channel === true ? [`channel ${entry.prior}`] : []),
    ...(proximity !== undefined ? [`near=${proximity}`] : []),
    ...requires.map((t) => `and=${t}`),
    ...excludes.map((t) => `not=${t}`),
  ];
  return `${entry.canonical.join('|')} [${flags.join(',')}] ${entry.source}`;
}

describe('tortured-phrases.tsv', () => {
  test.each([
    ['bosom peril', 'breast cancer [] pps+torturedcheck+tpclassifier'],
    ['counterfeit consciousness', 'artificial intelligence [] pps+torturedcheck+paperguard'],
    // `"x" AND "y"` -> and=
    ['bosom', 'breast [and=breast] pps'],
    ['brilliant', 'smart [and=keen,and=savvy,and=shrewd] pps'],
    // `NOT "t"~5` -> the exact phrase as not=
    ['chime labs', 'bell laboratories [not=chime labs stanford] pps+torturedcheck'],
    // `phrase~20 NOT t`
    ['extricating highlights', 'extracting features [near=20,not=specular] pps+torturedcheck'],
    // `AND ("car" OR "vehicle")` cannot be said: suggest
    ['front barbecue', 'front grille [suggest] pps+torturedcheck'],
    // `A | "A" AND "B"`: the unconditional clause wins
    ['bogus positive', 'false positive [] pps+torturedcheck'],
    // conflicts.tsv: preferred first
    ['back proliferation', 'back-propagation|backpropagation [] pps+torturedcheck+paperguard'],
    // alternatives expanded, suggest
    [
      'haze figuring',
      'fog computing|mist computing|cloud computing [suggest] pps+torturedcheck+paperguard',
    ],
    // no clean restoration: flag only
    ['associate in nursing', '? [suggest,and=area unit] pps+torturedcheck'],
    // fingerprints_without_expected.tsv
    ['advantage gizmos', '? [suggest] pps+torturedcheck'],
    // one-word fingerprint without restoration or context: dropped
    ['ratification', 'missing'],
    // seen in genuine English (SOTU) without context: suggest
    ['total national production', 'gross domestic product [suggest] pps+torturedcheck'],
  ])('%s', (spun, expected) => {
    expect(describeEntry(tortured, spun)).toBe(expected);
  });

  test('header credits PPS', () => {
    expect(tortured?.meta['credit']).toBe(
      'Tortured-phrase fingerprints from the Problematic Paper Screener (Cabanac, Labbé & Magazinov), CC BY 4.0 as stated by the torturedcheck snapshot.',
    );
  });

  test('priors are in (0.5, 0.99]', () => {
    const priors = (tortured?.entries ?? [])
      .filter((e) => e.canonical[0] !== '?')
      .map((e) => e.prior);
    expect(Math.min(...priors)).toBeGreaterThan(0.5);
    expect(Math.max(...priors)).toBeLessThanOrEqual(0.99);
  });
});

describe('news-spinner.tsv', () => {
  test.each([
    ['white home', 'white house [] curated'],
    ['assume tank', 'think tank [] curated'],
    ['one in every of', 'one of [] curated'],
    // moved to wordnet-spinner.tsv
    ['U.Due south.', 'missing'],
    // a word swap genuine English hardly writes (nolm): fixed; one it does write: channel, prior p=
    ['primarily based', 'based [] curated'],
    ['whether or not', 'whether [channel 0.95] curated'],
    // genuine English too (LM check failed, or seen in SOTU): weighed in context
    ['in the event that', 'if [channel 0.5] curated'],
    ['in accordance with', 'according to [channel 0.3] curated'],
  ])('%s', (spun, expected) => {
    expect(describeEntry(news, spun)).toBe(expected);
  });

  test('only multi-word phrases', () => {
    expect((news?.entries ?? []).filter((e) => e.words.length < 2)).toEqual([]);
  });
});

describe('news-spinner-words.tsv', () => {
  const [words] = loadBuiltinDictionaries(['news-spinner-words']);
  test.each([
    ['mentioned', 'said [channel 0.85] curated'],
    ['informed', 'told [channel 0.8] curated'],
    ['companies', 'agencies|services [channel 0.6] curated'],
    ['stroll', 'walk [channel 0.6] curated'],
    // the original is unknown to the LM: dropped
    ['and many others', 'missing'],
  ])('%s', (spun, expected) => {
    expect(describeEntry(words, spun)).toBe(expected);
  });

  test('every entry is a channel entry', () => {
    expect((words?.entries ?? []).filter((e) => e.channel !== true)).toEqual([]);
  });
});
