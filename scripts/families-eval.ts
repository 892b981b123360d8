// npm run families-eval [-- --slice tune|heldout|all] [--sets a,b] [--rates] [--json]
//
// Accuracy of the family evidence (`restore-text families`, src/core/familyEvidence.ts) on the
// benchmark documents of known family (eval/dev/<slice>/<family>-<shape>/, spun by that
// family's tune or held-out spinner) and on genuine text (the clean sets and eval/genres), which
// should say `none`; machine-translated text (mt) is fluent and should say `none` too. Prints a
// confusion table (rows: the truth; columns: the family found) per slice, and accuracy per set.
// --rates prints the fingerprint rates measured on the slice (src/core/familyRates.ts holds those
// of the tune slice). Results: docs/families.md.
import { Command, Option } from 'commander';
import { documentFamily } from '../src/core/documentFamily.js';
import {
  addCounts,
  EMPTY_COUNTS,
  FINGERPRINTS,
  SPIN_FAMILIES,
  type FamilyCounts,
  type SpinFamily,
} from '../src/core/familyEvidence.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import { loadSlice, SLICES, type Slice } from './eval/dataset.js';
import type { DevDocument, SetName } from './eval/types.js';

/** The family a benchmark set stands for; undefined: not scored (stress sets). */
export function truthOf(set: SetName, doc: DevDocument): SpinFamily | undefined {
  if (set.startsWith('clean') || set === 'tortured-clean') return 'none';
  if (set === 'tortured' || set === 'tortured-other') return 'tortured';
  const byFamily: Record<string, SpinFamily> = {
    news: 'news',
    wnfirst: 'wordnet',
    alpha: 'alpha',
    spinbot: 'paraphraser',
    mt: 'none',
  };
  return doc.family === undefined ? undefined : byFamily[doc.family];
}

interface Outcome {
  readonly set: SetName;
  readonly truth: SpinFamily;
  readonly found: SpinFamily;
  readonly counts: FamilyCounts;
}

function run(slice: Slice, sets: readonly string[] | undefined): Outcome[] {
  const options = createRestoreOptions({});
  const out: Outcome[] = [];
  for (const [set, docs] of loadSlice(slice)) {
    if (sets !== undefined && !sets.includes(set)) continue;
    for (const doc of docs) {
      const truth = truthOf(set, doc);
      if (truth === undefined) continue;
      const r = documentFamily(doc.spun, options);
      out.push({ set, truth, found: r.family, counts: r.counts });
    }
    process.stderr.write(`${slice} ${set}: ${docs.length}\n`);
  }
  return out;
}

const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

function confusion(outcomes: readonly Outcome[]): string {
  const head = ['truth \\ found', ...SPIN_FAMILIES, 'docs', 'accuracy'];
  const rows = SPIN_FAMILIES.map((truth) => {
    const mine = outcomes.filter((o) => o.truth === truth);
    const cells = SPIN_FAMILIES.map((f) => String(mine.filter((o) => o.found === f).length));
    const right = mine.filter((o) => o.found === truth).length;
    return [truth, ...cells, String(mine.length), pct(right, mine.length)];
  }).filter((r) => r[r.length - 2] !== '0');
  return markdown(head, rows);
}

function bySet(outcomes: readonly Outcome[]): string {
  const sets = [...new Set(outcomes.map((o) => o.set))];
  const rows = sets.map((set) => {
    const mine = outcomes.filter((o) => o.set === set);
    const words = mine.reduce((n, o) => n + o.counts.words, 0);
    const right = mine.filter((o) => o.found === o.truth).length;
    return [set, mine[0]?.truth ?? '', String(mine.length), String(words), pct(right, mine.length)];
  });
  return markdown(['set', 'truth', 'docs', 'words', 'accuracy'], rows);
}

function rates(outcomes: readonly Outcome[]): string {
  const rows = SPIN_FAMILIES.flatMap((truth) => {
    const c = outcomes
      .filter((o) => o.truth === truth)
      .reduce((a, o) => addCounts(a, o.counts), EMPTY_COUNTS);
    if (c.types === 0) return [];
    const cell = (f: (typeof FINGERPRINTS)[number]): string =>
      `${(c.hits[f][0] / c.types).toFixed(4)} / ${(c.hits[f][1] / c.types).toFixed(4)}`;
    return [[truth, String(c.types), ...FINGERPRINTS.map(cell)]];
  });
  return markdown(['truth', 'types', ...FINGERPRINTS.map((f) => `${f} (medium / strong)`)], rows);
}

function markdown(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => (r[k] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((c, k) => c.padEnd(widths[k] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function main(): void {
  const program = new Command('families-eval')
    .addOption(
      new Option('--slice <slice>', 'which slice')
        .choices(['tune', 'heldout', 'all'])
        .default('all'),
    )
    .option('--sets <names>', 'comma-separated subset of sets')
    .option('--rates', 'the fingerprint rates measured per family', false)
    .option('--json', 'the outcomes as JSON', false)
    .parse(process.argv.slice(2), { from: 'user' });
  const o = program.opts<{ slice: string; sets?: string; rates: boolean; json: boolean }>();
  const slices: readonly Slice[] = o.slice === 'all' ? SLICES : [o.slice as Slice];
  const sets = o.sets?.split(',');
  for (const slice of slices) {
    const outcomes = run(slice, sets);
    if (o.json) {
      const docs = outcomes.map(({ set, truth, found }) => ({ set, truth, found }));
      console.log(JSON.stringify({ slice, docs }));
      continue;
    }
    const right = outcomes.filter((x) => x.found === x.truth).length;
    console.log(
      `\n## ${slice} slice: ${pct(right, outcomes.length)} of ${outcomes.length} documents\n`,
    );
    console.log(confusion(outcomes));
    console.log('');
    console.log(bySet(outcomes));
    if (o.rates) console.log(`\n${rates(outcomes)}`);
  }
}

main();
