// npm run eval [-- --slice tune|heldout|all] [--no-context] [--min-confidence X] [--json]
//
// Runs restore() over the committed dev set (eval/dev, built by `npm run spin`) with the full
// engine (LM + reversed thesauri) and with the dictionary-only baseline (`--no-context`), and
// prints one markdown table per slice. Metric definitions: eval/README.md, scripts/eval/metrics.ts.
import { Command, Option } from 'commander';
import { performance } from 'node:perf_hooks';
import type { RestoreOptions, RestoreResult } from '../src/types.js';
import { checkDocument, loadSlice, SLICES, type Slice } from './eval/dataset.js';
import { metricsTable, reliabilityTable, table, type Row } from './eval/format.js';
import {
  aggregate,
  calibration,
  isEditCorrect,
  originalOf,
  scoreDocument,
  wordsOf,
  type DocumentScore,
} from './eval/metrics.js';
import { benchScore, sumBench, type BenchScore } from './eval/benchMetrics.js';
import {
  familyTable,
  genuineTable,
  sourceTable,
  summaryTable,
  targetLines,
  type SetResult,
} from './eval/benchReport.js';
import type { DevDocument } from './eval/types.js';
import { cleanGenreTable, realTable } from './eval/realReport.js';

type Engine = 'full' | 'no-context';

interface Args {
  readonly slices: readonly Slice[];
  readonly engines: readonly Engine[];
  readonly minConfidence?: number;
  readonly json: boolean;
  readonly sets?: readonly string[];
  readonly exclude?: readonly string[];
  readonly showErrors?: number;
  readonly sweep?: readonly number[];
  readonly real: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const program = new Command('eval')
    .addOption(
      new Option('--slice <slice>', 'which slice')
        .choices(['tune', 'heldout', 'all'])
        .default('all'),
    )
    .option('--no-context', 'only the dictionary-only baseline')
    .option('--full-only', 'only the full engine')
    .option('--min-confidence <x>', 'apply threshold passed to the engine', parseFloat)
    .option('--sets <names>', 'comma-separated subset of sets')
    .option('--exclude <names>', 'comma-separated built-in dictionaries to leave out (ablation)')
    .option(
      '--show-errors <n>',
      'print up to n wrong edits and n missed spans per set and engine',
      parseInt,
    )
    .option('--sweep <thresholds>', 'recall/precision at each comma-separated min confidence')
    .option('--json', 'print the metrics as JSON instead of tables', false)
    .option('--real', 'the real dev set (eval/real) per page, and FA/1k of every clean set', false)
    .parse(argv, { from: 'user' });
  const o = program.opts<{
    slice: string;
    context: boolean;
    fullOnly?: boolean;
    minConfidence?: number;
    json: boolean;
    sets?: string;
    exclude?: string;
    showErrors?: number;
    sweep?: string;
    real: boolean;
  }>();
  const engines: Engine[] = !o.context
    ? ['no-context']
    : o.fullOnly
      ? ['full']
      : ['full', 'no-context'];
  return {
    slices: o.slice === 'all' ? SLICES : [o.slice as Slice],
    engines,
    ...(o.minConfidence !== undefined ? { minConfidence: o.minConfidence } : {}),
    json: o.json,
    ...(o.sets !== undefined ? { sets: o.sets.split(',') } : {}),
    ...(o.exclude !== undefined ? { exclude: o.exclude.split(',') } : {}),
    ...(o.showErrors !== undefined ? { showErrors: o.showErrors } : {}),
    ...(o.sweep !== undefined ? { sweep: o.sweep.split(',').map(Number) } : {}),
    real: o.real,
  };
}

interface EngineApi {
  restore(text: string, options: RestoreOptions): RestoreResult;
  options(engine: Engine, minConfidence?: number, exclude?: readonly string[]): RestoreOptions;
}

async function loadEngine(): Promise<EngineApi> {
  const { restore } = await import('../src/core/restore.js');
  const { createRestoreOptions } = await import('../src/restoreOptions.js');
  return {
    restore,
    options: (engine, minConfidence, exclude) =>
      createRestoreOptions({
        context: engine === 'full',
        ...(minConfidence !== undefined ? { minConfidence } : {}),
        ...(exclude !== undefined ? { builtin: { exclude } } : {}),
      }),
  };
}

interface SetRun {
  readonly scores: DocumentScore[];
  /** Benchmark metrics of the same documents (scripts/eval/benchMetrics.ts). */
  readonly bench: BenchScore[];
  /** Wrong edits and missed spans, one line each, prefixed with `label` and the document id. */
  readonly errors: string[];
  readonly ms: number;
  readonly words: number;
}

function evaluateSet(
  engine: EngineApi,
  options: RestoreOptions,
  docs: readonly DevDocument[],
  label: string,
): SetRun {
  const run: SetRun = { scores: [], bench: [], errors: [], ms: 0, words: 0 };
  let ms = 0;
  let words = 0;
  for (const doc of docs) {
    const t0 = performance.now();
    const r = engine.restore(doc.spun, options);
    ms += performance.now() - t0;
    words += wordsOf(doc.spun).length;
    run.scores.push(scoreDocument(doc, r.output, r.applied, r.suggestions));
    run.bench.push(benchScore(doc, r.applied));
    run.errors.push(...describeErrors(doc, r).map((line) => `${label} ${doc.id}: ${line}`));
  }
  return { ...run, ms, words };
}

/** --sweep: the main metrics at several apply thresholds (the engine is rerun at each). */
function sweep(engine: EngineApi, args: Args, thresholds: readonly number[]): string {
  const rows: string[][] = [];
  for (const slice of args.slices) {
    const sets = loadSlice(slice);
    for (const e of args.engines) {
      for (const t of thresholds) {
        const o = engine.options(e, t, args.exclude);
        for (const [set, docs] of sets) {
          if (args.sets !== undefined && !args.sets.includes(set)) continue;
          const m = aggregate(evaluateSet(engine, o, docs, set).scores);
          const pct = (x: number): string => (Number.isNaN(x) ? '–' : `${(x * 100).toFixed(1)}%`);
          rows.push([
            slice,
            e,
            t.toFixed(2),
            set,
            pct(m.recall),
            pct(m.precision),
            pct(m.werReduction),
            m.falseAlarmsPer1k.toFixed(2),
          ]);
        }
      }
    }
  }
  return table(
    ['slice', 'engine', 'min confidence', 'set', 'recall', 'precision', 'WER cut', 'FA/1k'],
    rows,
  );
}

function main(): Promise<void> {
  return run(parseArgs(process.argv.slice(2)));
}

async function run(args: Args): Promise<void> {
  const engine = await loadEngine();
  if (args.sweep !== undefined) {
    console.log(sweep(engine, args, args.sweep));
    return;
  }
  if (args.real) {
    // --real (scripts/eval/realReport.ts): real spun pages, then false alarms per clean set.
    const engines = args.engines.map((name) => ({
      name,
      options: engine.options(name, args.minConfidence, args.exclude),
      restore: engine.restore,
    }));
    console.log(realTable(engines) + '\n');
    console.log(cleanGenreTable(engines, args.slices));
    return;
  }
  const result: Record<string, Record<string, unknown>> = {};
  const out: string[] = [];
  const options = new Map<Engine, RestoreOptions>();
  for (const e of args.engines) {
    const t0 = performance.now();
    try {
      const o = engine.options(e, args.minConfidence, args.exclude);
      engine.restore('The warm-up sentence loads the model.', o); // lazy LM load, not timed below
      options.set(e, o);
      out.push(`engine ${e}: loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (err) {
      // Report and go on with the other engine, so a missing model does not hide the baseline.
      out.push(`engine ${e}: FAILED to load: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 1;
    }
  }
  if (options.size === 0) throw new Error(out.join('\n'));
  /** Full-engine results per slice, for the benchmark tables and the summary of targets. */
  const full = new Map<Slice, SetResult[]>();
  for (const slice of args.slices) {
    const sets = loadSlice(slice);
    const rows: Row[] = [];
    const pooled = new Map<Engine, DocumentScore[]>();
    const shown: string[] = [];
    for (const [set, docs] of sets) {
      if (args.sets !== undefined && !args.sets.includes(set)) continue;
      const problems = docs.flatMap(checkDocument);
      if (problems.length > 0) throw new Error(`bad dev set: ${problems.slice(0, 3).join('; ')}`);
      for (const [e, o] of options) {
        const { scores, bench, errors, ms, words } = evaluateSet(engine, o, docs, `${set} ${e}`);
        if (e === 'full')
          full.set(slice, [...(full.get(slice) ?? []), { set, engine: e, scores, bench }]);
        pooled.set(e, [...(pooled.get(e) ?? []), ...scores]);
        if (args.showErrors !== undefined) {
          const n = args.showErrors;
          shown.push(...errors.filter((l) => l.includes(' wrong ')).slice(0, n));
          shown.push(...errors.filter((l) => l.includes(' missed ')).slice(0, n));
        }
        const metrics = aggregate(scores);
        rows.push({ set, engine: e, metrics, wordsPerSecond: words / (ms / 1000) });
        (result[slice] ??= {})[`${set}/${e}`] = {
          ...metrics,
          wordsPerSecond: words / (ms / 1000),
          benchmark: sumBench(bench),
        };
      }
    }
    out.push('', `### ${slice} slice`, '', metricsTable(rows));
    const benchmark = full.get(slice) ?? [];
    if (benchmark.some((r) => /^(news|wnfirst|alpha|spinbot|mt)-/.test(r.set))) {
      out.push(
        '',
        `Benchmark families, ${slice} slice (${slice === 'heldout' ? 'held-out' : 'tune'} spinner tables), engine full:`,
        '',
        familyTable(benchmark),
        '',
        `Wrong applied edits in the families' spun texts by proposing source, ${slice}, engine full:`,
        '',
        sourceTable(benchmark),
      );
    }
    if (benchmark.length > 0)
      out.push('', `Genuine text by genre, ${slice}, engine full:`, '', genuineTable(benchmark));
    for (const [e, scores] of pooled) {
      const c = calibration(scores.flatMap((s) => s.calibration));
      out.push(
        '',
        `Reliability, ${slice}, engine ${e} (all sets pooled, applied and suggested edits; ECE ${c.ece.toFixed(3)}):`,
        '',
        reliabilityTable(c),
      );
    }
    if (shown.length > 0)
      out.push('', `Errors, ${slice} slice:`, '', ...shown.map((l) => `- ${l}`));
  }
  // The summary of targets: the held-out slice when it was run (the figure for spinners the
  // engine never saw), else the tune slice.
  const summarySlice: Slice | undefined = full.has('heldout') ? 'heldout' : [...full.keys()][0];
  const summary = summarySlice === undefined ? [] : targetLines(full.get(summarySlice) ?? []);
  if (args.json) {
    console.log(
      JSON.stringify(
        {
          minConfidence: args.minConfidence ?? null,
          summary: { slice: summarySlice ?? null, targets: summary },
          results: result,
        },
        null,
        2,
      ),
    );
  } else {
    if (summarySlice !== undefined) {
      console.log(`## Summary: targets, ${summarySlice} slice, engine full\n`);
      console.log(summaryTable(summary) + '\n');
    }
    console.log(out.join('\n'));
    console.log(LEGEND);
  }
}

/** Wrong applied edits and missed substitutions of one document, one line each. */
function describeErrors(doc: DevDocument, r: RestoreResult): string[] {
  const lines: string[] = [];
  const show = (s: string): string => JSON.stringify(s);
  for (const edit of r.applied) {
    if (isEditCorrect(doc, edit)) continue;
    const [a, b] = edit.span;
    const want = originalOf(doc, a, b);
    lines.push(
      `wrong ${show(doc.spun.slice(a, b))} -> ${show(edit.text)} (original ${want === undefined ? 'cut' : show(want)}; ${edit.source}, ${edit.confidence.toFixed(2)})`,
    );
  }
  for (const s of doc.substitutions) {
    const inside = (e: { span: readonly [number, number] }): boolean =>
      e.span[0] <= s.start && s.end <= e.span[1];
    if (r.applied.some((e) => inside(e) && isEditCorrect(doc, e))) continue;
    const sugg = r.suggestions.find(inside);
    const note =
      sugg === undefined ? '' : ` (suggested ${show(sugg.text)}, ${sugg.confidence.toFixed(2)})`;
    lines.push(`missed ${show(s.spun)} for ${show(s.original)}${note}`);
  }
  return lines;
}

const LEGEND = `
recall: share of spun spans restored exactly by an applied edit; found: restored by an applied or a
suggested edit; precision: applied edits that give back the original text at their place; WER:
word error rate against the original (spun text, then engine output); WER cut: relative reduction;
FA/1k: wrong applied edits per 1,000 words; ECE: expected calibration error of the confidences
(10 bins, applied and suggested edits); words/s: restore() throughput, model loading excluded.`;

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
