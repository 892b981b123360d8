// npm run compare-eval [-- --slice tune|heldout|all] [--json]
//
// `restore-text compare` on known pairs: benchmark documents (eval/dev/<slice>/<family>-*: an
// original and its spun copy) and the real page pairs (eval/real/*.json: a spun page and the
// page it was spun from). Per set: the suspect's aligned-word overlap and shared 5-gram ratio
// with the original, before and after restoring it with the full engine (which does not see the
// original), pooled over the suspects' words; and after restoring it with a dictionary learned
// from other texts of the same spinner as well (`compare --dict learned.tsv`): for a benchmark
// family its long documents, for a real page the other pages of its spinner (eval/real/raw/).
import { Command, Option } from 'commander';
import { compareTexts } from '../src/compare/compareTexts.js';
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import type { Dictionary, RestoreOptions } from '../src/types.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { learnedDictionary } from './eval/learnedDictionary.js';
import { loadRawPages, loadRealDocuments, type RawPage } from './eval/real.js';
import type { DevDocument, SetName } from './eval/types.js';

interface Pair {
  readonly original: string;
  readonly spun: string;
}

interface Measures {
  readonly words: number;
  readonly fiveGrams: number;
}

interface Row {
  readonly set: string;
  readonly pairs: number;
  readonly words: number;
  readonly before: Measures;
  readonly after: Measures;
  /** After restoring with the learned dictionary too (when there is one). */
  readonly learned?: Measures;
}

/** Each measure after restoring with `options`, pooled over the suspects' words. */
function measure(
  pairs: readonly Pair[],
  options: RestoreOptions,
): { words: number; before: Measures; after: Measures } {
  let words = 0;
  const sum = { bw: 0, bf: 0, aw: 0, af: 0 };
  for (const p of pairs) {
    const c = compareTexts(p.original, p.spun, restore(p.spun, options));
    const w = c.suspectWords;
    words += w;
    sum.bw += c.before.words * w;
    sum.bf += c.before.fiveGrams * w;
    sum.aw += c.after.words * w;
    sum.af += c.after.fiveGrams * w;
  }
  const d = Math.max(words, 1);
  return {
    words,
    before: { words: sum.bw / d, fiveGrams: sum.bf / d },
    after: { words: sum.aw / d, fiveGrams: sum.af / d },
  };
}

function row(
  set: string,
  pairs: readonly Pair[],
  base: RestoreOptions,
  learned: Dictionary | undefined,
): Row {
  const m = measure(pairs, base);
  const out = { set, pairs: pairs.length, ...m };
  if (learned === undefined) return out;
  const withDict = { ...base, dictionaries: [...base.dictionaries, learned] };
  return { ...out, learned: measure(pairs, withDict).after };
}

const pct = (x: number | undefined): string => (x === undefined ? '-' : `${(100 * x).toFixed(1)}%`);

function table(rows: readonly Row[]): string {
  const head =
    '| set | pairs / words | aligned words: before → after (with learned) | shared 5-grams: before → after (with learned) |';
  return [
    head,
    head.replace(/[^|]+/g, ' --- '),
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.pairs} / ${r.words} | ${pct(r.before.words)} → ${pct(r.after.words)} (${pct(r.learned?.words)}) | ${pct(r.before.fiveGrams)} → ${pct(r.after.fiveGrams)} (${pct(r.learned?.fiveGrams)}) |`,
    ),
  ].join('\n');
}

function benchRows(slice: Slice, base: RestoreOptions, log: boolean): Row[] {
  const sets = loadSlice(slice);
  const rows: Row[] = [];
  for (const family of ['news', 'wnfirst', 'alpha', 'spinbot', 'mt']) {
    const get = (shape: string): DevDocument[] => sets.get(`${family}-${shape}` as SetName) ?? [];
    const long = get('long');
    const { dictionary } = learnedDictionary(
      `${family}-${slice}`,
      long.map((d) => ({ name: d.id, original: d.original, spun: d.spun })),
    );
    rows.push(row(`${slice} ${family}-long`, long, base, undefined));
    for (const shape of ['short', 'mixed'])
      if (get(shape).length > 0)
        rows.push(row(`${slice} ${family}-${shape}`, get(shape), base, dictionary));
    if (log) console.error(`${slice} ${family} done`);
  }
  return rows;
}

/** Real pages; a page whose spinner wrote other pages too also with what they teach. */
function realRows(base: RestoreOptions): Row[] {
  const raw = new Map(loadRawPages().map((p) => [p.id, p]));
  const docs = loadRealDocuments();
  return docs.map((doc) => {
    const others = docs.filter((d) => d !== doc && d.spinner === doc.spinner);
    const learned =
      others.length === 0
        ? undefined
        : learnedDictionary(
            `real-${doc.id}`,
            others.map((d) => raw.get(d.id) as RawPage).map((p) => ({ name: p.id, ...p })),
          ).dictionary;
    return row(`real ${doc.id} (${doc.spinner})`, [doc], base, learned);
  });
}

function main(argv: readonly string[]): void {
  const o = new Command('compare-eval')
    .addOption(new Option('--slice <slice>').choices(['tune', 'heldout', 'all']).default('all'))
    .option('--json', 'the rows as JSON', false)
    .parse([...argv], { from: 'user' })
    .opts<{ slice: string; json: boolean }>();
  const slices: Slice[] = o.slice === 'all' ? ['tune', 'heldout'] : [o.slice as Slice];
  const base = createRestoreOptions();
  const rows = [...slices.flatMap((s) => benchRows(s, base, !o.json)), ...realRows(base)];
  console.log(o.json ? JSON.stringify(rows, null, 2) : table(rows));
}

main(process.argv.slice(2));
