// Build-time helpers: the unigram table of an ARPA language model and word-frequency checks
// for thesaurus entries (used by scripts/build-thesaurus.ts and scripts/thesaurus-coverage.ts).
import { join } from 'node:path';
import { arpaLines } from '../lm/arpaLines.js';
import { packageRoot } from '../../src/paths.js';

/** Unigram log10 prob used for numerals (the LM has no digits). */
export const NUMBER_LOGPROB = -4.5;

/** The shared ARPA model beside the checkout (`../shared`), where the build reads its source. */
export const DEFAULT_LM = join(
  packageRoot(),
  '..',
  'shared',
  'data',
  'lm',
  'cmusphinx-en-us.arpa.gz',
);

/** Stream the unigram section of an ARPA file (plain or gzipped): word -> log10 prob. */
export async function readUnigrams(path: string): Promise<Map<string, number>> {
  const unigrams = new Map<string, number>();
  let inside = false;
  for await (const line of arpaLines(path)) {
    if (line.startsWith('\\')) {
      if (inside) break;
      inside = line === '\\1-grams:';
      continue;
    }
    if (!inside) continue;
    const [logprob, word] = line.split('\t');
    if (word !== undefined && word !== '<s>' && word !== '</s>') {
      unigrams.set(word, Number(logprob));
    }
  }
  return unigrams;
}

export class Vocabulary {
  constructor(
    private readonly unigrams: ReadonlyMap<string, number>,
    private readonly minLogprob: number,
    /** Threshold on the summed word log10 probs of a phrase of 2+ words. */
    private readonly minPhraseLogprob = -Infinity,
  ) {}

  /** log10 prob of a word (hyphenated: product of its parts), undefined when unknown. */
  word(word: string): number | undefined {
    if (/^[0-9]+$/.test(word)) return NUMBER_LOGPROB;
    const direct = this.unigrams.get(word);
    if (direct !== undefined || !word.includes('-')) return direct;
    let sum = 0;
    for (const part of word.split('-')) {
      const p = this.unigrams.get(part);
      if (p === undefined) return undefined;
      sum += p;
    }
    return sum;
  }

  /** [sum of word logprobs, min word logprob], undefined when a word is unknown. */
  phrase(phrase: string): readonly [number, number] | undefined {
    let sum = 0;
    let min = 0;
    for (const w of phrase.split(' ')) {
      const p = this.word(w);
      if (p === undefined) return undefined;
      sum += p;
      min = Math.min(min, p);
    }
    return [sum, min];
  }

  known(phrase: string): boolean {
    return this.phrase(phrase) !== undefined;
  }

  /** Common enough to be an original: every word known and above the thresholds. */
  common(phrase: string): boolean {
    const p = this.phrase(phrase);
    if (p === undefined || p[1] < this.minLogprob) return false;
    return !phrase.includes(' ') || p[0] >= this.minPhraseLogprob;
  }
}
