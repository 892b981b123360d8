// Fits the thesaurus decision model (src/core/model.ts) on the tune slice of the dev set:
// logistic regression (L2, Newton steps) over the decoder's features, labelled by whether the
// change gives back the original text. Several rounds, because the decoder's context (and so
// its features) depends on the model. Usage: npm run train [-- --rounds 2 --write]
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { join } from 'node:path';
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/engine.js';
import { FEATURE_NAMES } from '../src/core/features.js';
import { MODEL } from '../src/core/model.js';
import { packageRoot } from '../src/paths.js';
import { loadSlice } from './eval/dataset.js';
import { isEditCorrect } from './eval/metrics.js';
import { fitLogistic, type Row } from './eval/logistic.js';

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1] ?? 2) || 2;
const write = args.includes('--write');
const lambda = 1;
/**
 * Sets whose truth covers thesaurus-level spins. The tortured sets are left out: only their
 * dictionary phrases were spun, while real paraphrasing tools also swap single words.
 */
const TRAIN_SETS = new Set(['spun-news', 'spun-wordnet', 'clean', 'tortured-clean']);
/**
 * Weight of `docSure` (sure dictionary spins in the document), set by hand: the synthetic spun
 * documents carry no curated spinner phrase, so the dev set cannot teach it. It is zeroed in the
 * training rows and set after fitting.
 */
const DOC_SURE_WEIGHT = 1;
const DOC_SURE = FEATURE_NAMES.indexOf('docSure');

function collect(weights: readonly number[]): Row[] {
  const options = createRestoreOptions({});
  const rows: Row[] = [];
  for (const [set, docs] of loadSlice('tune')) {
    if (!TRAIN_SETS.has(set)) continue;
    for (const doc of docs) {
      restore(doc.spun, {
        ...options,
        weights,
        trace: (t) =>
          rows.push({
            x: t.features,
            y: isEditCorrect(doc, { span: t.span, text: t.text, confidence: 0 }) ? 1 : 0,
          }),
      });
    }
  }
  return rows;
}

let weights: readonly number[] = MODEL.weights;
for (let round = 1; round <= rounds; round++) {
  const rows = collect(weights);
  const positives = rows.filter((r) => r.y === 1).length;
  weights = fitLogistic(rows, lambda, weights).map((w, i) =>
    i === DOC_SURE ? DOC_SURE_WEIGHT : w,
  );
  console.log(`round ${round}: ${rows.length} decisions, ${positives} right`);
}
console.log(
  FEATURE_NAMES.map((n, i) => `${n.padEnd(16)} ${(weights[i] ?? 0).toFixed(3)}`).join('\n'),
);
if (write) {
  const file = join(packageRoot(), 'src', 'core', 'model.ts');
  const source = `// Weights of the thesaurus decision model, in the order of FEATURE_NAMES (src/core/features.ts).
// Written by scripts/train.ts from the tune slice of the dev set; do not edit by hand.
export const MODEL = {
  trainedOn: 'eval/dev/tune, ${rounds} rounds, L2 ${lambda}',
  weights: [${weights.map((w) => Number(w.toFixed(4))).join(', ')}],
} as const;
`;
  // Written as the repository's formatter would, so `npm run check` stays clean.
  const options = (await resolveConfig(file)) ?? {};
  writeFileSync(file, await format(source, { ...options, filepath: file }));
  console.log(`wrote ${file}`);
}
