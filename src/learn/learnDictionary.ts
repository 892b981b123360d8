// `restore-text learn`: an original and its spun copy (or several pairs) in, the spinner's swaps
// out as a phrase dictionary. Pure: the language model, the relatedness of words and the
// built-in dictionaries' swaps are passed in.
import type { Related } from '../core/align/splitRun.js';
import { phraseWords } from '../core/phraseEntry.js';
import type { LanguageModel } from '../types.js';
import { alignPairs, keptCount, type AlignedPair, type LearnPair } from './alignPairs.js';
import { contextSwaps } from './contextSwaps.js';
import { genuineEnglish } from './genuineEnglish.js';
import type { KnownSwaps } from './knownSwaps.js';
import { consistency, learnedPrior, type LearnedEntry } from './learnedEntry.js';
import { changeExample, sentenceAt } from './sentences.js';
import { splitMerged } from './splitMerged.js';
import { addSighting, rankedOriginals, swapGroups, type SwapGroup } from './swapGroups.js';

export interface LearnOptions {
  /** Judges which forms genuine English writes; without it every entry is a channel entry. */
  readonly lm?: LanguageModel;
  /** Word pairs a changed run of unequal lengths is cut at (synonyms). */
  readonly related?: Related;
  /** Swaps the built-in dictionaries hold: counted, not repeated. */
  readonly known?: KnownSwaps;
}

export interface KnownSwap {
  readonly spun: string;
  readonly original: string;
  /** The built-in dictionary that holds it. */
  readonly dictionary: string;
  /** Times the spinner wrote it in the pairs. */
  readonly count: number;
}

export interface LearnResult {
  /** Sure entries first, then channel entries; each by count, then spun form. */
  readonly entries: readonly LearnedEntry[];
  /** Swaps already in a built-in dictionary: counted here, not repeated in `entries`. */
  readonly known: readonly KnownSwap[];
  /** Pairs that share no text (nothing learned from them). */
  readonly unaligned: readonly string[];
  readonly pairs: number;
  /** Words of the spun texts aligned, and swaps seen in them. */
  readonly words: number;
  readonly swaps: number;
}

/** A spun form and originals the line format can hold. */
function writable(spun: string, originals: readonly string[]): boolean {
  return (
    !/^[#>]/.test(spun) &&
    originals.every((o) => o !== '' && o !== '?' && !o.includes('|')) &&
    originals.every((o) => phraseWords(o).join(' ') !== phraseWords(spun).join(' '))
  );
}

/** A sure entry's first original stands for at least this share of its sightings. */
export const CONSISTENT_SHARE = 0.6;
/** Most originals a channel entry lists (the decoder weighs each in context). */
export const MAX_ORIGINALS = 4;

function exampleOf(g: SwapGroup, original: string): Pick<LearnedEntry, 'example' | 'pair'> {
  const lower = original.toLowerCase();
  const s = g.sightings.find((x) => x.original.toLowerCase() === lower) ?? g.sightings[0];
  if (s === undefined) return { pair: '' };
  const sentence = sentenceAt(s.pair.sentences, s.start);
  if (sentence === undefined || sentence[1] < s.end) return { pair: s.pair.pair.name };
  const example = changeExample(s.pair.pair.spun, sentence, s.start, s.end, s.original);
  if (`${example.spun}${example.restored}`.includes(' => ')) return { pair: s.pair.pair.name };
  return { example, pair: s.pair.pair.name };
}

interface Judged {
  readonly group: SwapGroup;
  readonly canonical: readonly string[];
  readonly top: number;
  readonly kept: number;
  readonly rare: boolean;
  readonly reason: string;
}

/**
 * Sure when genuine English rarely writes the spun form (genuineEnglish), these texts never
 * leave it as written, and it stands for one original at least CONSISTENT_SHARE of the time;
 * it then lists the originals seen at least half as often as the first. A channel entry lists
 * up to MAX_ORIGINALS, most frequent first: the decoder chooses in context.
 */
function judge(
  pairs: readonly AlignedPair[],
  g: SwapGroup,
  lm: LanguageModel | undefined,
): Judged | undefined {
  const ranked = rankedOriginals(g);
  const top = ranked[0]?.count ?? 0;
  const kept = keptCount(pairs, g.words);
  const verdict =
    lm === undefined
      ? { rare: false, reason: 'no language model to judge it' }
      : genuineEnglish(lm, g.spun, ranked[0]?.text ?? '');
  const consistent = top >= CONSISTENT_SHARE * g.sightings.length;
  const rare = verdict.rare && kept === 0 && consistent;
  const canonical = (
    rare ? ranked.filter((o) => o.count * 2 >= top) : ranked.slice(0, MAX_ORIGINALS)
  ).map((o) => o.text);
  if (!writable(g.spun, canonical)) return undefined;
  const reason = !verdict.rare
    ? verdict.reason
    : kept > 0
      ? `${verdict.reason}, but these texts write it`
      : consistent
        ? verdict.reason
        : `${verdict.reason}, but it stood for several originals`;
  return { group: g, canonical, top, kept, rare, reason };
}

function entryOf(j: Judged, context: boolean): LearnedEntry {
  const count = j.group.sightings.length;
  const c = consistency(j.top, count, j.kept);
  return {
    spun: j.group.spun,
    canonical: j.canonical,
    channel: !j.rare,
    prior: learnedPrior(!j.rare, c),
    consistency: c,
    count,
    kept: j.kept,
    context,
    reason: j.reason,
    ...exampleOf(j.group, j.canonical[0] as string),
  };
}

/** The word swaps of channel groups read with a neighbouring word, where that form is rare. */
function contextGroups(
  judged: readonly Judged[],
  lm: LanguageModel | undefined,
): Map<string, SwapGroup> {
  const groups = new Map<string, SwapGroup>();
  if (lm === undefined) return groups;
  for (const j of judged) {
    if (j.rare) continue;
    for (const s of j.group.sightings) {
      if (s.swap === undefined) continue;
      for (const c of contextSwaps(s.pair, s.swap)) {
        if (genuineEnglish(lm, c.spun, c.original).rare)
          addSighting(groups, c.spun, {
            pair: s.pair,
            start: c.start,
            end: c.end,
            original: c.original,
          });
      }
    }
  }
  return groups;
}

const byCountThenSpun = (x: LearnedEntry, y: LearnedEntry): number =>
  Number(x.channel) - Number(y.channel) ||
  y.count - x.count ||
  (x.spun < y.spun ? -1 : x.spun > y.spun ? 1 : 0);

export function learnDictionary(pairs: readonly LearnPair[], options: LearnOptions): LearnResult {
  const { aligned, unaligned } = alignPairs(pairs, options.related);
  const known: KnownSwap[] = [];
  const isKnown = (g: SwapGroup, original: string): boolean => {
    const dictionary = options.known?.(g.key, original);
    if (dictionary !== undefined)
      known.push({ spun: g.spun, original, dictionary, count: g.sightings.length });
    return dictionary !== undefined;
  };
  const groups = splitMerged(swapGroups(aligned), options.known);
  const judged = [...groups.values()]
    .map((g) => judge(aligned, g, options.lm))
    .filter((j): j is Judged => j !== undefined);
  const entries = judged
    .filter((j) => !isKnown(j.group, j.canonical[0] as string))
    .map((j) => entryOf(j, false));
  for (const g of contextGroups(judged, options.lm).values()) {
    if (groups.has(g.key)) continue;
    const j = judge(aligned, g, options.lm);
    if (j === undefined || !j.rare || isKnown(g, j.canonical[0] as string)) continue;
    entries.push(entryOf(j, true));
  }
  return {
    entries: entries.sort(byCountThenSpun),
    known,
    unaligned,
    pairs: aligned.length,
    words: aligned.reduce((t, p) => t + p.norms.filter((n) => /[\p{L}\p{N}]/u.test(n)).length, 0),
    swaps: aligned.reduce((t, p) => t + p.aligned.swaps.length, 0),
  };
}
