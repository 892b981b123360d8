// Build the packed trigram model shipped in dictionaries/lm/ from the CMU Sphinx ARPA file.
//
//   npx tsx scripts/build-lm.ts [--in FILE.arpa[.gz]] [--out FILE.bin]
//       [--prune-bigram LOG10P] [--prune-trigram LOG10P] [--max-prob-levels N] [--unk-logprob X]
//
// Default input: ../shared/data/lm/cmusphinx-en-us.arpa.gz beside the clone; default output:
// dictionaries/lm/en-us.bin. Same input and options give the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { packLanguageModel, type PackStats } from './lm/packModel.js';
import { pruneArpaModel } from './lm/pruneModel.js';
import { readArpaFile } from './lm/readArpaFile.js';
import { dictionariesDir, packageRoot } from '../src/paths.js';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    out: { type: 'string' },
    'prune-bigram': { type: 'string' },
    'prune-trigram': { type: 'string' },
    'max-prob-levels': { type: 'string' },
    'unk-logprob': { type: 'string' },
  },
});

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);
const input =
  values.in ?? join(packageRoot(), '..', 'shared', 'data', 'lm', 'cmusphinx-en-us.arpa.gz');
const out = values.out ?? join(dictionariesDir(), 'lm', 'en-us.bin');

const t0 = performance.now();
const read = await readArpaFile(input);
for (const w of read.warnings) console.warn(`warning: ${w}`);
const m = read.model;
console.log(
  `read ${input}: ${m.vocab.length} unigrams, ${m.bigramW1.length} bigrams, ` +
    `${m.trigramW1.length} trigrams (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);
let model = m;
const bigram = num(values['prune-bigram']);
const trigram = num(values['prune-trigram']);
if (bigram !== undefined || trigram !== undefined) {
  const pruned = pruneArpaModel(m, { bigram, trigram });
  model = pruned.model;
  console.log(`pruned (bigram < ${bigram}, trigram < ${trigram}):`, pruned.stats);
}
const { bytes, stats } = packLanguageModel(model, {
  unkLogProb: num(values['unk-logprob']),
  maxProbLevels: num(values['max-prob-levels']),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, bytes);
printStats(stats);
console.log(
  `wrote ${out}: ${bytes.length} bytes (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
);

function printStats(s: PackStats): void {
  console.log(`word id bits ${s.idBits}, contexts ${s.contexts}`);
  for (const [name, e] of Object.entries(s.error)) {
    console.log(
      `  ${name.padEnd(12)} ${String(e.distinct).padStart(6)} distinct -> ${String(e.levels).padStart(6)} levels, ` +
        `max abs error ${e.maxAbs.toExponential(2)}, mean ${e.meanAbs.toExponential(2)}`,
    );
  }
  for (const [name, b] of Object.entries(s.sectionBytes)) console.log(`  ${name.padEnd(18)} ${b}`);
}
