// npm run compare-eval [-- --slice tune|heldout|all] [--json]
//
// `restore-text compare` on known pairs: every benchmark document (eval/dev/<slice>/<family>-*:
// its original and its spun copy) and every real page pair (eval/real/*.json: a spun page and
// the page it was spun from). Per set: the suspect's aligned-word overlap and shared 5-gram
// ratio with the original, before and after restoring it with the full engine (which does not
// see the original), pooled over the set's words.
import { Command, Option } from 'commander';
import { compareTexts } from '../src/compare/compareTexts.js';
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import type { RestoreOptions } from '../src/types.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { loadRealDocuments } from './eval/real.js';

interface Pair {
  readonly original: string;
  readonly spun: string;
}

interface Row {
  readonly set: string;
  readonly pairs: number;
  readonly words: number;
  readonly before: { readonly words: number; readonly fiveGrams: number };
  readonly after: { readonly words: number; readonly fiveGrams: number };
}

/** Each measure pooled over the set, weighted by the suspect's words. */
function measure(set: string, pairs: readonly Pair[], options: RestoreOptions): Row {
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
    set,
    pairs: pairs.length,
    words,
    before: { words: sum.bw / d, fiveGrams: sum.bf / d },
    after: { words: sum.aw / d, fiveGrams: sum.af / d },
  };
}

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;

function table(rows: readonly Row[]): string {
  const head =
    '| set | pairs / words | aligned words before → after | shared 5-grams before → after |';
  return [
    head,
    head.replace(/[^|]+/g, ' --- '),
    ...rows.map(
      (r) =>
        `| ${r.set} | ${r.pairs} / ${r.words} | ${pct(r.before.words)} → ${pct(r.after.words)} | ${pct(r.before.fiveGrams)} → ${pct(r.after.fiveGrams)} |`,
    ),
  ].join('\n');
}

function main(argv: readonly string[]): void {
  const o = new Command('compare-eval')
    .addOption(new Option('--slice <slice>').choices(['tune', 'heldout', 'all']).default('all'))
    .option('--json', 'the rows as JSON', false)
    .parse([...argv], { from: 'user' })
    .opts<{ slice: string; json: boolean }>();
  const slices: Slice[] = o.slice === 'all' ? ['tune', 'heldout'] : [o.slice as Slice];
  const options = createRestoreOptions();
  const rows: Row[] = [];
  for (const slice of slices) {
    for (const [set, docs] of loadSlice(slice)) {
      if (!/^(news|wnfirst|alpha|spinbot|mt)-/.test(set)) continue;
      rows.push(measure(`${slice} ${set}`, docs, options));
      if (!o.json) console.error(`${slice} ${set} done`);
    }
  }
  for (const doc of loadRealDocuments())
    rows.push(measure(`real ${doc.id} (${doc.spinner})`, [doc], options));
  console.log(o.json ? JSON.stringify(rows, null, 2) : table(rows));
}

main(process.argv.slice(2));
