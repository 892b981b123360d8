// npm run verdict-eval [-- --slice tune|heldout] [--rows FILE]
//
// How well the per-document verdict (src/report/verdict.ts) tells spun documents from clean
// ones on the dev set: every spun document (its spun text, label spun) and every clean text
// (the clean sets, and the original of each spun document, label clean) is restored with the
// full engine; the verdict's precision and recall are printed per slice, with the counts behind
// them. A clean text met in several sets (the benchmark's originals recur) is counted once. --rows keeps each document's sure-finding count and word count as JSON, so that other
// thresholds can be tried without restoring again (--from FILE reads them back).
import { Command } from 'commander';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRestoreOptions } from '../src/restoreOptions.js';
import { restore } from '../src/core/restore.js';
import { countWords, verdictFor, type VerdictLevel } from '../src/report/verdict.js';
import { loadSlice, type Slice } from './eval/dataset.js';

interface Row {
  readonly set: string;
  readonly id: string;
  readonly spun: boolean;
  readonly words: number;
  readonly sure: number;
}

function rowsOf(slice: Slice): Row[] {
  const options = createRestoreOptions();
  const rows: Row[] = [];
  const seen = new Set<string>();
  const add = (set: string, id: string, spun: boolean, text: string) => {
    if (!spun && seen.has(text)) return;
    if (!spun) seen.add(text);
    const result = restore(text, options);
    rows.push({ set, id, spun, words: countWords(text), sure: result.applied.length });
  };
  for (const [set, docs] of loadSlice(slice)) {
    for (const doc of docs) {
      if (doc.substitutions.length > 0) {
        add(set, doc.id, true, doc.spun);
        add(set, `${doc.id}/original`, false, doc.original);
      } else add(set, doc.id, false, doc.original);
    }
    process.stderr.write(`${slice} ${set}: ${docs.length} documents\n`);
  }
  return rows;
}

function pct(n: number, d: number): string {
  return d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`;
}

/** Precision and recall of "spun" and of "spun or suspicious" as the flag. */
export function report(slice: string, rows: readonly Row[]): string {
  const levels = rows.map((r) => ({ r, level: verdictFor(r.sure, r.words).level }));
  const lines = [
    `## ${slice}: ${rows.filter((r) => r.spun).length} spun, ${rows.filter((r) => !r.spun).length} clean texts`,
    '',
  ];
  lines.push(
    '| flagged as | flagged | of them spun | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const flags: [string, (l: VerdictLevel) => boolean][] = [
    ['spun', (l) => l === 'spun'],
    ['suspicious', (l) => l === 'suspicious'],
    ['spun or suspicious', (l) => l !== 'clean'],
  ];
  const spun = rows.filter((r) => r.spun).length;
  for (const [name, flag] of flags) {
    const flagged = levels.filter((x) => flag(x.level));
    const right = flagged.filter((x) => x.r.spun).length;
    lines.push(
      `| ${name} | ${flagged.length} | ${right} | ${pct(right, flagged.length)} | ${pct(right, spun)} |`,
    );
  }
  lines.push(
    '',
    '| set | texts | spun | suspicious | clean |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  const sets = [...new Set(rows.map((r) => `${r.set}${r.spun ? '' : ' (clean text)'}`))];
  for (const set of sets) {
    const of = levels.filter((x) => `${x.r.set}${x.r.spun ? '' : ' (clean text)'}` === set);
    const count = (l: VerdictLevel) => of.filter((x) => x.level === l).length;
    lines.push(
      `| ${set} | ${of.length} | ${count('spun')} | ${count('suspicious')} | ${count('clean')} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const o = new Command('verdict-eval')
  .option('--slice <slice>', 'tune or heldout', 'heldout')
  .option('--rows <file>', 'save the rows as JSON')
  .option('--from <file>', 'read saved rows instead of restoring')
  .parse(process.argv.slice(2), { from: 'user' })
  .opts<{ slice: Slice; rows?: string; from?: string }>();
const rows: Row[] = o.from ? (JSON.parse(readFileSync(o.from, 'utf8')) as Row[]) : rowsOf(o.slice);
if (o.rows) writeFileSync(o.rows, JSON.stringify(rows));
process.stdout.write(report(o.slice, rows));
