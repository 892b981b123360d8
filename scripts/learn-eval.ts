// npm run learn-eval [-- --slice tune|heldout|all] [--families news,alpha,…] [--no-real]
//                     [--show-errors N] [--json]
//
// `restore-text learn` on the benchmark's spinners (eval/dev/<slice>/<family>-<shape>/): per
// spinner, learn a dictionary from its long documents (3 texts, about 8,500 words), then
//  - compare the learned entries with the swaps the spinner really made in them (table recovery,
//    precision; scripts/eval/learnMetrics.ts), and
//  - restore its short and mixed documents (other texts, same spinner) with and without
//    `--dict learned.tsv`: word-error cut and precision both ways (scripts/eval/metrics.ts).
// The tune slice is spun by each family's tune spinner, the held-out slice by its held-out one.
// Then the real pages (eval/real/) of a spinner seen on several pages: learned from the others'
// page pairs as copied, each page restored in turn. Results: docs/learn.md.
import { Command, Option } from 'commander';
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import type { RestoreOptions } from '../src/types.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { learnedDictionary } from './eval/learnedDictionary.js';
import { loadRawPages, loadRealDocuments, type RawPage } from './eval/real.js';
import {
  aggregate,
  isEditCorrect,
  originalOf,
  scoreDocument,
  type SetMetrics,
} from './eval/metrics.js';
import { tableScore, type TableScore } from './eval/learnMetrics.js';
import type { DevDocument, Family, SetName } from './eval/types.js';

const FAMILIES: readonly Family[] = ['news', 'wnfirst', 'alpha', 'spinbot', 'mt'];

interface Row {
  readonly spinner: string;
  readonly table: TableScore;
  readonly entries: { readonly sure: number; readonly channel: number; readonly known: number };
  readonly without: SetMetrics;
  readonly withDict: SetMetrics;
}

/** Up to `show` wrong applied edits, printed to stderr (--show-errors). */
let show = 0;

function restoreAll(docs: readonly DevDocument[], options: RestoreOptions): SetMetrics {
  return aggregate(
    docs.map((d) => {
      const r = restore(d.spun, options);
      for (const e of r.applied) {
        if (show <= 0 || isEditCorrect(d, e)) continue;
        show--;
        const want = originalOf(d, e.span[0], e.span[1]) ?? '(cuts a swap)';
        const at = d.spun.slice(Math.max(0, e.span[0] - 40), e.span[1] + 40).replace(/\s+/g, ' ');
        console.error(
          `${d.id}: ${e.actual} -> ${e.text} (want ${want}; ${e.source} ${e.confidence.toFixed(2)}) …${at}…`,
        );
      }
      return scoreDocument(d, r.output, r.applied, r.suggestions);
    }),
  );
}

function evaluate(
  slice: Slice,
  family: Family,
  base: RestoreOptions,
  errors: number,
): Row | undefined {
  const sets = loadSlice(slice);
  const get = (shape: string): DevDocument[] => sets.get(`${family}-${shape}` as SetName) ?? [];
  const learnDocs = get('long');
  const testDocs = [...get('short'), ...get('mixed')];
  if (learnDocs.length === 0 || testDocs.length === 0) return undefined;
  const spinner = learnDocs[0]?.spinner ?? `${family}-${slice}`;
  const {
    result,
    valid,
    dictionary: dict,
  } = learnedDictionary(
    spinner,
    learnDocs.map((d) => ({ name: d.id, original: d.original, spun: d.spun })),
  );
  const learned = valid.entries.map((e) => ({
    spun: e.spun,
    original: e.canonical[0] ?? '',
    sure: !e.channel,
  }));
  const known = result.known.map((k) => ({ spun: k.spun, original: k.original, sure: false }));
  show = 0;
  const without = restoreAll(testDocs, base);
  show = errors;
  const withDict = restoreAll(testDocs, { ...base, dictionaries: [...base.dictionaries, dict] });
  return {
    spinner,
    table: tableScore(learnDocs, testDocs, learned, known),
    entries: {
      sure: learned.filter((e) => e.sure).length,
      channel: learned.filter((e) => !e.sure).length,
      known: known.length,
    },
    without,
    withDict,
  };
}

const pct = (x: number): string => (Number.isNaN(x) ? '-' : `${(100 * x).toFixed(1)}%`);

function tables(rows: readonly Row[]): string {
  const head1 =
    '| spinner | learned: sure / channel (+ known) | table recovered (with known) | precision (sure) | held-out swaps covered |';
  const t1 = rows.map((r) => {
    const t = r.table;
    return `| ${r.spinner} | ${r.entries.sure} / ${r.entries.channel} (+${r.entries.known}) | ${pct(t.recovered / t.truth)} (${pct(t.recoveredWithKnown / t.truth)}) of ${t.truth} | ${pct(t.right / t.learned)} (${pct(t.sureRight / t.sure)}) | ${pct(t.heldOutCovered / t.heldOutSwaps)} of ${t.heldOutSwaps} |`;
  });
  const head2 =
    '| spinner | held-out docs / words | WER cut without → with | precision without → with | applied without → with |';
  const t2 = rows.map(
    (r) =>
      `| ${r.spinner} | ${r.without.documents} / ${r.without.words} | ${pct(r.without.werReduction)} → ${pct(r.withDict.werReduction)} | ${pct(r.without.precision)} → ${pct(r.withDict.precision)} | ${r.without.applied} → ${r.withDict.applied} |`,
  );
  const sep = (h: string): string => h.replace(/[^|]+/g, ' --- ');
  return [head1, sep(head1), ...t1, '', head2, sep(head2), ...t2].join('\n');
}

/**
 * The real pages (eval/real/) of a spinner seen on several pages: learn from the page pairs as
 * copied (eval/real/raw/) of all but one, restore the one left out; each page in turn.
 */
function realRows(base: RestoreOptions, errors: number): Row[] {
  const raw = new Map(loadRawPages().map((p) => [p.id, p]));
  const docs = loadRealDocuments();
  const rows: Row[] = [];
  for (const spinner of [...new Set(docs.map((d) => d.spinner))]) {
    const pages = docs.filter((d) => d.spinner === spinner);
    if (pages.length < 2) continue;
    for (const test of pages) {
      const learnFrom = pages.filter((p) => p !== test).map((p) => raw.get(p.id) as RawPage);
      const name = `real-${test.id}`;
      const { result, valid, dictionary } = learnedDictionary(
        name,
        learnFrom.map((p) => ({ name: p.id, original: p.original, spun: p.spun })),
      );
      const learned = valid.entries.map((e) => ({
        spun: e.spun,
        original: e.canonical[0] ?? '',
        sure: !e.channel,
      }));
      const known = result.known.map((k) => ({ spun: k.spun, original: k.original, sure: false }));
      show = 0;
      const without = restoreAll([test], base);
      show = errors;
      const withDict = restoreAll([test], {
        ...base,
        dictionaries: [...base.dictionaries, dictionary],
      });
      rows.push({
        spinner: `${test.id} (learned from ${learnFrom.map((p) => p.id).join(', ')})`,
        table: tableScore(
          pages.filter((p) => p !== test),
          [test],
          learned,
          known,
        ),
        entries: {
          sure: learned.filter((e) => e.sure).length,
          channel: learned.filter((e) => !e.sure).length,
          known: known.length,
        },
        without,
        withDict,
      });
    }
  }
  return rows;
}

function main(argv: readonly string[]): void {
  const o = new Command('learn-eval')
    .addOption(new Option('--slice <slice>').choices(['tune', 'heldout', 'all']).default('all'))
    .option('--families <names>', 'comma-separated families', FAMILIES.join(','))
    .option('--json', 'the rows as JSON', false)
    .option('--no-real', 'leave out the real pages (eval/real)')
    .option(
      '--show-errors <n>',
      'print up to n wrong applied edits with the learned dictionary',
      parseInt,
    )
    .parse([...argv], { from: 'user' })
    .opts<{
      slice: string;
      families: string;
      json: boolean;
      real: boolean;
      showErrors?: number;
    }>();
  const slices: Slice[] = o.slice === 'all' ? ['tune', 'heldout'] : [o.slice as Slice];
  const families = o.families.split(',') as Family[];
  const base = createRestoreOptions();
  const errors = o.showErrors ?? 0;
  const rows: Row[] = [];
  for (const slice of slices)
    for (const family of families) {
      const row = evaluate(slice, family, base, errors);
      if (row !== undefined) rows.push(row);
      if (row !== undefined && !o.json) console.error(`${row.spinner} done`);
    }
  if (o.real) rows.push(...realRows(base, errors));
  console.log(o.json ? JSON.stringify(rows, null, 2) : tables(rows));
}

main(process.argv.slice(2));
