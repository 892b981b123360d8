// npm run eval [-- --slice tune|heldout|all] [--no-context] [--min-confidence X] [--json]
//
// Runs restore() over the committed dev set (eval/dev, built by `npm run spin`) with the full
// engine (LM + reversed thesauri) and with the dictionary-only baseline (`--no-context`), and
// prints one markdown table per slice. Metric definitions: eval/README.md, scripts/eval/metrics.ts.
import { Command, Option } from 'commander';
import { performance } from 'node:perf_hooks';
import type { RestoreOptions, RestoreResult } from '../src/types.js';
import { checkDocument, loadSlice, SLICES, type Slice } from './eval/dataset.js';
import { metricsTable, reliabilityTable, type Row } from './eval/format.js';
import {
  aggregate,
  calibration,
  scoreDocument,
  wordsOf,
  type DocumentScore,
} from './eval/metrics.js';

type Engine = 'full' | 'no-context';

interface Args {
  readonly slices: readonly Slice[];
  readonly engines: readonly Engine[];
  readonly minConfidence?: number;
  readonly json: boolean;
  readonly sets?: readonly string[];
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
    .option('--json', 'print the metrics as JSON instead of tables', false)
    .parse(argv, { from: 'user' });
  const o = program.opts<{
    slice: string;
    context: boolean;
    fullOnly?: boolean;
    minConfidence?: number;
    json: boolean;
    sets?: string;
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
  };
}

interface EngineApi {
  restore(text: string, options: RestoreOptions): RestoreResult;
  options(engine: Engine, minConfidence?: number): RestoreOptions;
}

async function loadEngine(): Promise<EngineApi> {
  const { restore } = await import('../src/core/restore.js');
  const { createRestoreOptions } = await import('../src/engine.js');
  return {
    restore,
    options: (engine, minConfidence) =>
      createRestoreOptions({
        context: engine === 'full',
        ...(minConfidence !== undefined ? { minConfidence } : {}),
      }),
  };
}

function main(): Promise<void> {
  return run(parseArgs(process.argv.slice(2)));
}

async function run(args: Args): Promise<void> {
  const engine = await loadEngine();
  const result: Record<string, Record<string, unknown>> = {};
  const out: string[] = [];
  const options = new Map<Engine, RestoreOptions>();
  for (const e of args.engines) {
    const t0 = performance.now();
    const o = engine.options(e, args.minConfidence);
    engine.restore('The warm-up sentence loads the model.', o); // lazy LM load, not timed below
    options.set(e, o);
    out.push(`engine ${e}: loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  for (const slice of args.slices) {
    const sets = loadSlice(slice);
    const rows: Row[] = [];
    const pooled = new Map<Engine, DocumentScore[]>();
    for (const [set, docs] of sets) {
      if (args.sets !== undefined && !args.sets.includes(set)) continue;
      const problems = docs.flatMap(checkDocument);
      if (problems.length > 0) throw new Error(`bad dev set: ${problems.slice(0, 3).join('; ')}`);
      for (const e of args.engines) {
        const o = options.get(e) as RestoreOptions;
        const scores: DocumentScore[] = [];
        let ms = 0;
        let words = 0;
        for (const doc of docs) {
          const t0 = performance.now();
          const r = engine.restore(doc.spun, o);
          ms += performance.now() - t0;
          words += wordsOf(doc.spun).length;
          scores.push(scoreDocument(doc, r.output, r.applied, r.suggestions));
        }
        pooled.set(e, [...(pooled.get(e) ?? []), ...scores]);
        const metrics = aggregate(scores);
        rows.push({ set, engine: e, metrics, wordsPerSecond: words / (ms / 1000) });
        (result[slice] ??= {})[`${set}/${e}`] = { ...metrics, wordsPerSecond: words / (ms / 1000) };
      }
    }
    out.push('', `### ${slice} slice`, '', metricsTable(rows));
    for (const [e, scores] of pooled) {
      const c = calibration(scores.flatMap((s) => s.calibration));
      out.push(
        '',
        `Reliability, ${slice}, engine ${e} (all sets pooled, applied and suggested edits; ECE ${c.ece.toFixed(3)}):`,
        '',
        reliabilityTable(c),
      );
    }
  }
  if (args.json) {
    console.log(
      JSON.stringify({ minConfidence: args.minConfidence ?? null, results: result }, null, 2),
    );
  } else {
    console.log(out.join('\n'));
    console.log(LEGEND);
  }
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
