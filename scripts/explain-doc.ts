// The thesaurus decisions the model makes on one dev document, with their features (debugging).
//
//   npx tsx scripts/explain-doc.ts <tune|heldout> <set> <document id> [minimum confidence]
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import { FEATURE_NAMES } from '../src/core/decode/features.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { isEditCorrect } from './eval/metrics.js';

const [slice = 'tune', set = 'clean', id = '', min = '0.5'] = process.argv.slice(2);
const doc = loadSlice(slice as Slice)
  .get(set as never)
  ?.find((d) => d.id === id);
if (doc === undefined) {
  console.error(`explain-doc: no document ${id} in ${slice}/${set}`);
  process.exit(2);
}
restore(doc.spun, {
  ...createRestoreOptions({}),
  trace: (t) => {
    if (!t.scored || !t.chosen || t.confidence < Number(min)) return;
    const right = isEditCorrect(doc, { span: t.span, text: t.text, confidence: 0 });
    const features = FEATURE_NAMES.map((n, i) => `${n}=${(t.features[i] ?? 0).toFixed(2)}`);
    console.log(
      `${right ? 'right' : 'WRONG'} ${doc.spun.slice(...t.span)} -> ${t.text} ${t.confidence.toFixed(2)}  ${features.join(' ')}`,
    );
  },
});
