// Debug: the model's decisions on one dev document, with their features.
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/engine.js';
import { FEATURE_NAMES } from '../src/core/features.js';
import { loadSlice, type Slice } from './eval/dataset.js';
const [slice, set, id, min] = process.argv.slice(2);
const options = createRestoreOptions({});
const doc = loadSlice(slice as Slice)
  .get(set as never)
  ?.find((d) => d.id === id);
if (doc === undefined) throw new Error('no such doc');
restore(doc.spun, {
  ...options,
  trace: (t) => {
    if (!t.chosen || t.confidence < Number(min ?? 0.5)) return;
    const f = Object.fromEntries(
      FEATURE_NAMES.map((n, i) => [n, Number((t.features[i] ?? 0).toFixed(2))]),
    );
    console.log(
      doc.spun.slice(t.span[0], t.span[1]),
      '->',
      t.text,
      t.confidence.toFixed(2),
      JSON.stringify(f),
    );
  },
});
