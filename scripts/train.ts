// Fits the thesaurus decision model (dictionaries/model/decision.json): boosted trees
// (scripts/eval/gbdt.ts) over the decoder's features (src/core/decode/features.ts), labelled by whether
// a candidate gives back the original text, on a training set generated on the fly
// (scripts/eval/devset.ts: the dev set's spinners over State of the Union addresses and e-mail
// prose the dev set does not use). The log-odds are then calibrated (isotonic) on the tune slice
// of the dev set; the heldout slice is used by neither. Two rounds over two folds, because the
// decoder's context (the changes it accepts, and so the features) depends on the model.
//
//   npm run train [-- --rounds 2 --trees 300 --leaves 31 --min-leaf 100 --rate 0.07 --write]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { restore } from '../src/core/restore.js';
import { createRestoreOptions, lazyThesaurus } from '../src/restoreOptions.js';
import { lazyLanguageModel } from '../src/lm/load.js';
import { FEATURE_NAMES } from '../src/core/decode/features.js';
import { compileTreeModel, type TreeModel, type TreeModelData } from '../src/core/treeModel.js';
import { defaultDecisionModelPath } from '../src/dictionary/decisionModel.js';
import type { RestoreOptions, ScoredTrace } from '../src/types.js';
import { loadSlice } from './eval/dataset.js';
import { trainingDocuments } from './eval/devset.js';
import { isEditCorrect } from './eval/metrics.js';
import { isotonicKnots, type Scored } from './eval/calibrate.js';
import { DEFAULT_GBDT, fitGbdt, type Dataset } from './eval/gbdt.js';
import type { DevDocument } from './eval/types.js';

const { values: opts } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    trees: { type: 'string', default: String(DEFAULT_GBDT.trees) },
    leaves: { type: 'string', default: String(DEFAULT_GBDT.maxLeaves) },
    'min-leaf': { type: 'string', default: String(DEFAULT_GBDT.minLeaf) },
    rate: { type: 'string', default: String(DEFAULT_GBDT.learningRate) },
    limit: { type: 'string', default: 'Infinity' },
    negatives: { type: 'string', default: '0.25' },
    out: { type: 'string', default: defaultDecisionModelPath() },
    write: { type: 'boolean', default: false },
  },
});

/** Sets whose truth covers thesaurus-level spins (the tortured sets spin dictionary phrases only). */
const SETS = new Set([
  'spun-news',
  'stress-random', // the dev set's name for spun-news (the same spinner)
  'spun-wordnet',
  'clean',
  'clean-email',
  'clean-novel',
  'tortured-clean',
]);

/**
 * Round 1's context: a stump on the LM gain. Training always starts here (not from the shipped
 * model), so the same inputs give the same model.
 */
function bootstrap(): TreeModelData {
  const gain = FEATURE_NAMES.indexOf('gainHere');
  return {
    features: [...FEATURE_NAMES],
    base: 0,
    trees: [
      { feature: [gain, -1, -1], value: [1.5, -3, 0.5], left: [1, -1, -1], right: [2, -1, -1] },
    ],
    calibration: [],
  };
}

/**
 * Growable row-major feature matrix with labels. Wrong candidates, about 98% of all, are kept
 * at `negativeRate` (every so many, deterministically) with weight 1 / rate, so the fit sees
 * the same distribution at a fraction of the cost.
 */
class Rows {
  private x = new Float64Array(FEATURE_NAMES.length * 4096);
  private y = new Uint8Array(4096);
  private w = new Float64Array(4096);
  private negatives = 0;
  count = 0;
  seen = 0;
  positives = 0;

  constructor(private readonly negativeRate: number) {}

  push(features: readonly number[], label: boolean): void {
    this.seen++;
    if (!label) {
      const kept =
        Math.floor((this.negatives + 1) * this.negativeRate) >
        Math.floor(this.negatives * this.negativeRate);
      this.negatives++;
      if (!kept) return;
    }
    const d = FEATURE_NAMES.length;
    if (this.count >= this.y.length) {
      const grow = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.x = grow(this.x, (k) => new Float64Array(k));
      this.y = grow(this.y, (k) => new Uint8Array(k));
      this.w = grow(this.w, (k) => new Float64Array(k));
    }
    this.x.set(features, this.count * d);
    this.y[this.count] = label ? 1 : 0;
    this.w[this.count] = label ? 1 : 1 / this.negativeRate;
    this.count++;
    if (label) this.positives++;
  }

  dataset(): Dataset {
    const d = FEATURE_NAMES.length;
    return {
      x: this.x.subarray(0, this.count * d),
      y: this.y.subarray(0, this.count),
      w: this.w.subarray(0, this.count),
      rows: this.count,
      features: d,
    };
  }
}

function run(
  docs: readonly DevDocument[],
  options: RestoreOptions,
  onRow: (doc: DevDocument, row: ScoredTrace) => void,
): void {
  for (const doc of docs) {
    if (!SETS.has(doc.set)) continue;
    // The model's rows only: the candidates it scored.
    restore(doc.spun, { ...options, trace: (t) => void (t.scored && onRow(doc, t)) });
  }
}

const correct = (doc: DevDocument, span: readonly [number, number], text: string): boolean =>
  isEditCorrect(doc, { span, text, confidence: 0 });

/** Isotonic calibration on the decisions (one per place) the model makes on the tune slice. */
function calibrationOf(
  model: TreeModel,
  base: RestoreOptions,
  tune: readonly DevDocument[],
): Array<[number, number]> {
  const rows: Scored[] = [];
  run(tune, { ...base, model }, (doc, t) => {
    if (t.chosen) rows.push({ logit: t.logit, y: correct(doc, t.span, t.text) ? 1 : 0 });
  });
  return isotonicKnots(rows);
}

/**
 * The model with its calibration. The calibrated probability also decides which changes shape
 * the decoder's next pass, so the decisions it is fitted on depend on it: fitted twice, the
 * second time on the decisions made with the first.
 */
function calibrate(
  data: TreeModelData,
  base: RestoreOptions,
  tune: readonly DevDocument[],
): TreeModelData {
  let out: TreeModelData = { ...data, calibration: [] };
  for (let pass = 0; pass < CALIBRATION_PASSES; pass++)
    out = { ...out, calibration: calibrationOf(compileTreeModel(out), base, tune) };
  return out;
}

const CALIBRATION_PASSES = 2;

const round4 = (v: number): number => Number(v.toPrecision(6));

function serialize(data: TreeModelData): string {
  const trees = data.trees.map((t) =>
    JSON.stringify({
      feature: t.feature,
      value: t.value.map(round4),
      left: t.left,
      right: t.right,
    }),
  );
  return (
    '{\n' +
    `  "trainedOn": ${JSON.stringify(data.trainedOn ?? '')},\n` +
    `  "features": ${JSON.stringify(data.features)},\n` +
    `  "base": ${round4(data.base)},\n` +
    `  "calibration": ${JSON.stringify(data.calibration.map(([x, p]) => [round4(x), round4(p)]))},\n` +
    `  "trees": [\n    ${trees.join(',\n    ')}\n  ]\n}\n`
  );
}

function fit(data: Dataset): TreeModelData {
  const t0 = Date.now();
  const fitted = fitGbdt(data, FEATURE_NAMES, {
    ...DEFAULT_GBDT,
    trees: Number(opts.trees),
    maxLeaves: Number(opts.leaves),
    minLeaf: Number(opts['min-leaf']),
    learningRate: Number(opts.rate),
  });
  console.log(`  fitted ${data.rows} rows in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  return fitted;
}

/** Both folds' rows as one dataset. */
function merged(folds: readonly Rows[]): Dataset {
  const parts = folds.map((f) => f.dataset());
  const rows = parts.reduce((a, p) => a + p.rows, 0);
  const d = FEATURE_NAMES.length;
  const x = new Float64Array(rows * d);
  const y = new Uint8Array(rows);
  const w = new Float64Array(rows);
  let at = 0;
  for (const p of parts) {
    x.set(p.x, at * d);
    y.set(p.y, at);
    w.set(p.w ?? new Float64Array(p.rows).fill(1), at);
    at += p.rows;
  }
  return { x, y, w, rows, features: d };
}

async function main(): Promise<void> {
  // The engine without the shipped model (which this script writes).
  const base: RestoreOptions = {
    ...createRestoreOptions({ context: false }),
    context: true,
    lm: lazyLanguageModel(),
    thesaurus: lazyThesaurus(),
  };
  const train = trainingDocuments(Number(opts.limit));
  const tune = [...loadSlice('tune').values()].flat();
  console.log(`training set: ${train.length} documents; calibration: ${tune.length} (tune slice)`);
  // Two folds by address. From round 2 on, a fold's features (the decoder's context: the changes
  // it accepts) come from the model fitted on the other fold, as they will on unseen text; a
  // model would otherwise be fitted on contexts shaped by its own knowledge of the labels.
  const addresses = [...new Set(train.map((d) => d.id))];
  const foldOf = (doc: DevDocument): number => addresses.indexOf(doc.id) % 2;
  const start = bootstrap();
  let context: [TreeModelData, TreeModelData] = [start, start];
  let full = start;
  const rounds = Number(opts.rounds) || 2;
  for (let round = 1; round <= rounds; round++) {
    const folds = [new Rows(Number(opts.negatives)), new Rows(Number(opts.negatives))];
    const t0 = Date.now();
    for (const k of [0, 1]) {
      const model = compileTreeModel(context[k === 0 ? 1 : 0]);
      run(
        train.filter((d) => foldOf(d) === k),
        { ...base, model },
        (doc, t) => (folds[k] as Rows).push(t.features, correct(doc, t.span, t.text)),
      );
    }
    const seen = folds.reduce((a, f) => a + f.seen, 0);
    const right = folds.reduce((a, f) => a + f.positives, 0);
    console.log(
      `round ${round}: ${seen} candidates, ${right} right (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
    );
    full = fit(merged(folds));
    if (round < rounds)
      context = [
        calibrate(fit((folds[0] as Rows).dataset()), base, tune),
        calibrate(fit((folds[1] as Rows).dataset()), base, tune),
      ];
  }
  const { calibration } = calibrate(full, base, tune);
  console.log(
    `calibration on tune: ${calibration.map(([x, p]) => `${x.toFixed(2)}:${p.toFixed(3)}`).join(' ')}`,
  );
  const data: TreeModelData = {
    ...full,
    calibration,
    trainedOn: `${train.length} generated training documents (scripts/eval/devset.ts), ${rounds} rounds, 2 folds; calibrated on eval/dev/tune`,
  };
  if (opts.write) {
    writeFileSync(opts.out, serialize(data));
    console.log(`wrote ${opts.out}`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
