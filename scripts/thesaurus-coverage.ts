// Coverage of the reversed thesaurus on known (original -> spun) pairs: is the true original
// among originals(spun), from which source, at which rank.
//
//   npx tsx scripts/thesaurus-coverage.ts [--dir dictionaries] [--lm path.arpa.gz]
import { parseArgs } from 'node:util';
import { loadThesaurus } from '../src/dictionary/thesaurus.js';
import { DEFAULT_LM, readUnigrams, Vocabulary } from './thesaurus/thesaurusVocab.js';
import { dictionariesDir } from '../src/paths.js';

/** News (thesaurus/phrase spinner) pairs read off examples/npr-spun.txt and its original. */
const NEWS: ReadonlyArray<readonly [string, string]> = [
  ['told', 'informed'],
  ['said', 'mentioned'],
  ['agencies', 'companies'],
  ['military', 'navy'],
  ['expert', 'skilled'],
  ['think', 'assume'],
  ['office', 'workplace'],
  ['house', 'home'],
  ['policy', 'coverage'],
  ['via', 'by way of'],
  ['according to', 'in line with'],
  ['situation', 'state of affairs'],
  ['international', 'worldwide'],
  ['defense', 'protection'],
  ['general', 'normal'],
  ['charges', 'expenses'],
  ['past', 'previous'],
  ['walk', 'stroll'],
  ['law', 'regulation'],
  ['security', 'safety'],
  ['crisis', 'disaster'],
  ['last', 'final'],
  ['year', 'yr'],
  ['threat', 'risk'],
  ['fear', 'worry'],
  ['kind', 'sort'],
  ['huge', 'big'],
  ['quantities', 'portions'],
  ['illegal', 'unlawful'],
  ['drugs', 'medication'],
  ['exclusive', 'unique'],
  ['engage', 'have interaction'],
  ['ready', 'prepared'],
  ['government', 'authorities'],
  ['own', 'very own'],
  ['approved', 'authorised'],
  ['provides', 'offers'],
  ['trust', 'belief'],
  ['moment', 'second'],
  ['dealing', 'coping'],
  ['acting', 'appearing'],
  ['control', 'management'],
  ['right', 'proper'],
  ['subject', 'topic'],
  ['near', 'close'],
  ['easy', 'simple'],
  ['noted', 'famous'],
  ['focused', 'targeted'],
  ['domestic', 'home'],
  ['attention', 'consideration'],
  ['would', 'could'],
  ['flow', 'stream'],
  ['based', 'primarily based'],
  ['city', 'metropolis'],
];

/** WordNet first-synonym spinner pairs. */
const WORDNET: ReadonlyArray<readonly [string, string]> = [
  ['it', 'information technology'],
  ['about', 'well-nigh'],
  ['also', 'likewise'],
  ['health', 'wellness'],
  ['wednesday', 'wed'],
  ['by', 'past'],
  ['chief', 'main'],
  ['14', 'xiv'],
  ['s', 'due south'],
  ['group', 'grouping'],
];

const { values: opts } = parseArgs({
  options: {
    dir: { type: 'string', default: dictionariesDir() },
    lm: { type: 'string', default: DEFAULT_LM },
  },
});

const t0 = performance.now();
const thesaurus = loadThesaurus(opts.dir);
const loadMs = performance.now() - t0;
const vocab = new Vocabulary(await readUnigrams(opts.lm), -99);

function report(name: string, pairs: ReadonlyArray<readonly [string, string]>): void {
  console.log(`\n## ${name} (${pairs.length} pairs)\n`);
  console.log('| original | spun | orig logprob | sources | firstLemma | rank | list |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  const count = { moby: 0, wordnet: 0, any: 0, first: 0, top1: 0, top5: 0 };
  const ranks: number[] = [];
  for (const [original, spun] of pairs) {
    const list = thesaurus.originals(spun);
    const rank = list.findIndex((c) => c.text === original);
    const hit = list[rank];
    const p = vocab.phrase(original)?.[1];
    if (hit !== undefined) {
      count.any++;
      if (hit.sources.includes('moby')) count.moby++;
      if (hit.sources.includes('wordnet')) count.wordnet++;
      if (hit.firstLemma) count.first++;
      if (rank === 0) count.top1++;
      if (rank < 5) count.top5++;
      ranks.push(rank + 1);
    }
    const cells = [
      original,
      spun,
      p === undefined ? 'unknown' : p.toFixed(2),
      hit?.sources.join('+') ?? '-',
      hit === undefined ? '-' : String(hit.firstLemma),
      hit === undefined ? '-' : String(rank + 1),
      String(list.length),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
  const pct = (n: number): string =>
    `${n}/${pairs.length} (${Math.round((100 * n) / pairs.length)}%)`;
  ranks.sort((a, b) => a - b);
  const median = ranks[Math.floor(ranks.length / 2)] ?? 0;
  console.log(
    `\ncovered: moby ${pct(count.moby)}, wordnet ${pct(count.wordnet)}, union ${pct(count.any)}; ` +
      `firstLemma ${pct(count.first)}; rank 1 ${pct(count.top1)}, top 5 ${pct(count.top5)}; ` +
      `median rank when covered ${median}`,
  );
}

console.log(`thesaurus ${opts.dir}: ${thesaurus.size} keys, load ${loadMs.toFixed(0)} ms`);
report('news spinner pairs', NEWS);
report('WordNet spinner pairs', WORDNET);
