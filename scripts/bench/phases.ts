// npm run bench -- --phases: time and memory of the engine's phases, in this process (what
// loads when, and the heap it keeps). Prints a markdown table.
//
//   load: dictionaries only (createRestoreOptions with context off), context engine (dictionaries,
//   inflections, reversed thesauri), and the language model (loaded lazily by the first restore()).
//   restore(): examples/npr-spun.txt (median of 5 runs) and a synthetic document of at least
//   100,000 words (the spun dev documents concatenated), for the full engine and --no-context.
// Timings are wall-clock on this machine; never used in tests.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { RestoreOptions, RestoreResult } from '../../src/types.js';
import { loadSlice, SLICES } from '../eval/dataset.js';
import { table } from '../eval/format.js';
import { wordsOf } from '../eval/metrics.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1024 * 1024;

interface Step {
  readonly step: string;
  readonly ms: number;
  readonly words?: number;
}

function timed<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** The sets whose texts make the synthetic document (not the benchmark sets: the same text as before). */
const BENCH_TEXT_SETS: readonly string[] = [
  'stress-random',
  'spun-wordnet',
  'clean-email',
  'clean-novel',
  'tortured',
  'tortured-other',
];

/** Spun dev documents, concatenated and repeated until the text has at least `minWords` words. */
function syntheticDocument(minWords: number): string {
  const parts: string[] = [];
  for (const slice of SLICES) {
    for (const [set, docs] of loadSlice(slice)) {
      if (BENCH_TEXT_SETS.includes(set)) parts.push(...docs.map((d) => d.spun));
    }
  }
  if (parts.length === 0) throw new Error('no dev documents: run npm run spin');
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < minWords; i++) {
    const p = parts[i % parts.length] as string;
    out.push(p);
    words += wordsOf(p).length;
  }
  return out.join('\n\n');
}

export async function phases(): Promise<void> {
  const { restore } = await import('../../src/core/restore.js');
  const { createRestoreOptions } = await import('../../src/restoreOptions.js');
  const rows: string[][] = [];
  // With --expose-gc (npm run bench), heap used is what stays live after the step, not garbage.
  const gc = (globalThis as { gc?: () => void }).gc;
  const record = (s: Step): void => {
    gc?.();
    const m = process.memoryUsage();
    rows.push([
      s.step,
      `${(s.ms / 1000).toFixed(3)} s`,
      s.words === undefined ? '–' : Math.round(s.words / (s.ms / 1000)).toLocaleString('en-US'),
      `${(m.rss / MB).toFixed(0)} MB`,
      `${(m.heapUsed / MB).toFixed(0)} MB`,
    ]);
  };
  const npr = readFileSync(join(ROOT, 'examples', 'npr-spun.txt'), 'utf8');
  const big = syntheticDocument(100_000);
  const nprWords = wordsOf(npr).length;
  const bigWords = wordsOf(big).length;
  const run = (label: string, o: RestoreOptions): void => {
    const times = Array.from({ length: 5 }, () => timed(() => restore(npr, o))[1]);
    record({
      step: `restore ${label}: npr-spun.txt (${nprWords} words, median of 5)`,
      ms: median(times),
      words: nprWords,
    });
    const [, ms] = timed((): RestoreResult => restore(big, o));
    record({
      step: `restore ${label}: synthetic (${bigWords.toLocaleString('en-US')} words)`,
      ms,
      words: bigWords,
    });
  };

  const [base, tBase] = timed(() => createRestoreOptions({ context: false }));
  record({ step: 'load dictionaries (--no-context options)', ms: tBase });
  run('--no-context', base);
  try {
    const [full, tFull] = timed(() => createRestoreOptions({ context: true }));
    record({
      step: 'load context engine options (dictionaries, inflections, thesauri)',
      ms: tFull,
    });
    const [, tLm] = timed(() => restore('A warm-up sentence.', full));
    record({ step: 'load language model (first restore call)', ms: tLm });
    run('full', full);
  } catch (err) {
    rows.push([
      `full engine FAILED: ${err instanceof Error ? err.message : String(err)}`,
      '–',
      '–',
      '–',
      '–',
    ]);
    process.exitCode = 1;
  }

  console.log(table(['step', 'time', 'words/s', 'RSS after', 'heap used'], rows));
  const maxRss = process.resourceUsage().maxRSS; // kilobytes
  console.log(
    `\npeak RSS: ${(maxRss / 1024).toFixed(0)} MB; node ${process.version}, ${process.platform}/${process.arch}`,
  );
}
