// npm run fuzz -- [SECONDS] [--seed N]: the invariants of scripts/fuzz/invariants.ts on random
// inputs (fast-check, shrunk on failure) and on mutations of real texts (the examples, the dev
// set, Moby-Dick chapters), for the given time (default 60 s), the full engine on a share of
// them. Prints the count of inputs checked per kind, every failure (the input saved to a file),
// and the times of the adversarial inputs at 1x and 4x (reported, never asserted). Exit 1 on a
// failure.
import fc from 'fast-check';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBuiltinDictionaries } from '../src/dictionary/load.js';
import { loadInflections } from '../src/dictionary/inflections.js';
import { packageRoot } from '../src/paths.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import type { RestoreOptions } from '../src/types.js';
import { checkApply, checkBounds, checkRestore, checkTokenize } from './fuzz/invariants.js';
import {
  adversarialInputs,
  dictionaryPieces,
  editsArbitrary,
  mutate,
  textArbitrary,
} from './fuzz/inputs.js';

const args = process.argv.slice(2);
const seconds = Number(args.find((a) => /^\d+$/.test(a)) ?? 60);
const seedArg = args.indexOf('--seed');
const seed = seedArg >= 0 ? Number(args[seedArg + 1]) : Date.now() % 2 ** 31;
const deadline = Date.now() + seconds * 1000;

const dictionaries = loadBuiltinDictionaries();
const dictionaryOnly: RestoreOptions = {
  dictionaries,
  inflections: loadInflections(),
  context: false,
};
const full: RestoreOptions = { ...createRestoreOptions({}), suggestions: 'some' };
const pieces = dictionaryPieces(dictionaries);

const counts = new Map<string, number>();
const failures: string[] = [];
const count = (kind: string): void => void counts.set(kind, (counts.get(kind) ?? 0) + 1);

function fail(kind: string, input: string, err: unknown): void {
  const file = join(tmpdir(), `restore-text-fuzz-${seed}-${failures.length}.json`);
  writeFileSync(file, JSON.stringify({ kind, seed, input }));
  failures.push(`${kind}: ${err instanceof Error ? err.message : String(err)} (input in ${file})`);
}

/** Real texts to mutate. */
function corpus(): string[] {
  const root = packageRoot();
  const texts = readdirSync(join(root, 'examples')).map((f) =>
    readFileSync(join(root, 'examples', f), 'utf8'),
  );
  for (const slice of ['tune', 'heldout']) {
    const dir = join(root, 'eval', 'dev', slice);
    for (const set of readdirSync(dir)) {
      for (const f of readdirSync(join(dir, set)).slice(0, 4)) {
        const doc = JSON.parse(readFileSync(join(dir, set, f), 'utf8')) as {
          spun?: string;
          original: string;
        };
        texts.push(doc.spun ?? doc.original, doc.original);
      }
    }
  }
  return texts;
}

/** A deterministic generator (mulberry32). */
function rngOf(s: number): () => number {
  let a = s >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One fast-check property for up to `ms`, counting inputs; a failure is recorded. */
function runProperty<T>(
  kind: string,
  arb: fc.Arbitrary<T>,
  check: (v: T) => void,
  ms: number,
  runSeed: number,
): void {
  try {
    fc.assert(
      fc.property(arb, (v) => {
        count(kind);
        check(v);
      }),
      {
        numRuns: 1_000_000,
        interruptAfterTimeLimit: ms,
        markInterruptAsFailure: false,
        seed: runSeed,
      },
    );
  } catch (err) {
    failures.push(
      `${kind}: ${err instanceof Error ? err.message.split('\n').slice(0, 6).join(' | ') : String(err)}`,
    );
  }
}

function timed(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const texts = corpus();
const rng = rngOf(seed);
const text = textArbitrary(pieces);
const shortText = textArbitrary(pieces, 25);
let round = 0;
console.log(`fuzz: ${seconds} s, seed ${seed}, ${texts.length} texts to mutate`);
while (Date.now() < deadline) {
  const slot = Math.min(5_000, Math.max(0, deadline - Date.now()));
  const s = seed + round++;
  runProperty(
    'tokenize (random)',
    fc.oneof(text, fc.string({ unit: 'binary' })),
    checkTokenize,
    slot / 5,
    s,
  );
  runProperty(
    'apply/revert (random)',
    text.chain((t) => fc.tuple(fc.constant(t), editsArbitrary(t))),
    ([t, e]) => checkApply(t, e),
    slot / 5,
    s,
  );
  runProperty(
    'restore, dictionaries (random)',
    fc.tuple(text, fc.constantFrom(0.2, 0.5, 0.8, 1)),
    ([t, m]) =>
      checkBounds(t, checkRestore(t, { ...dictionaryOnly, minConfidence: m, suggestions: 'all' })),
    slot / 5,
    s,
  );
  const until = Date.now() + slot / 5;
  while (Date.now() < until) {
    const base = texts[Math.floor(rng() * texts.length)] ?? '';
    const start = Math.floor(rng() * Math.max(1, base.length - 3000));
    const input = mutate(base.slice(start, start + 3000), rng, pieces);
    try {
      count('restore, dictionaries (mutated texts)');
      checkTokenize(input);
      checkBounds(input, checkRestore(input, dictionaryOnly));
    } catch (err) {
      fail('restore, dictionaries (mutated texts)', input, err);
    }
  }
  // The full engine is slower: a short mutated excerpt and a short random text per round.
  const base = texts[Math.floor(rng() * texts.length)] ?? '';
  const start = Math.floor(rng() * Math.max(1, base.length - 1500));
  const input = mutate(base.slice(start, start + 1500), rng, pieces);
  try {
    count('restore, full engine (mutated texts)');
    checkRestore(input, full);
  } catch (err) {
    fail('restore, full engine (mutated texts)', input, err);
  }
  runProperty(
    'restore, full engine (random)',
    shortText,
    (t) => void checkRestore(t, full),
    slot / 10,
    s,
  );
}

console.log('\nadversarial inputs (times are reported, not asserted):');
for (const [i, [name, input]] of adversarialInputs(25_000, 'bolster vector').entries()) {
  const [, bigger] = adversarialInputs(100_000, 'bolster vector')[i] ?? [];
  try {
    const t1 = timed(() => checkBounds(input, checkRestore(input, dictionaryOnly)));
    const t4 = timed(() => checkBounds(bigger ?? '', checkRestore(bigger ?? '', dictionaryOnly)));
    count('adversarial');
    console.log(
      `  ${name}: ${t1.toFixed(0)} ms; at 4x ${t4.toFixed(0)} ms (ratio ${(t4 / Math.max(1, t1)).toFixed(1)})`,
    );
  } catch (err) {
    fail(`adversarial: ${name}`, input, err);
  }
}

const total = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`\n${total} inputs checked:`);
for (const [kind, n] of counts) console.log(`  ${kind}: ${n}`);
console.log(
  failures.length === 0
    ? '\nno failure'
    : `\n${failures.length} failure(s):\n${failures.join('\n')}`,
);
process.exitCode = failures.length === 0 ? 0 : 1;
