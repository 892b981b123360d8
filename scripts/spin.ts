// npm run spin [-- --seed N]: build the committed dev set under eval/dev/ deterministically.
//
//   eval/dev/<slice>/<set>/<id>.json   one DevDocument per file (scripts/eval/types.ts)
//   eval/dev/manifest.json             seed, settings, counts per slice and set
//
// Sets: clean, stress-random (the random Moby spinner), spun-wordnet (WordNet random-synset
// spinner) over excerpts of modern State of the Union addresses; clean-email (SpamAssassin ham
// prose) and clean-novel (Moby-Dick), unspun; tortured, tortured-other and tortured-clean from
// dictionaries/tortured-phrases.tsv (skipped with a warning when absent). These come from
// scripts/eval/devset.ts, which also generates the training set. The benchmark sets
// (<family>-<shape>, clean-short, clean-long) come from scripts/eval/benchset.ts: table spinners
// of five families, tune and held-out spinners apart. They need the LibreOffice thesaurus
// (apt-get install mythes-en-us).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import {
  emailDocuments,
  novelDocuments,
  SETTINGS,
  sliceOf,
  sotuDocuments,
  torturedDocuments,
} from './eval/devset.js';
import { BENCH_SETTINGS, benchDocuments } from './eval/benchset.js';
import { BENCH_SPINNERS } from './eval/benchSpinners.js';
import { loadLexicon } from './eval/lexicon.js';
import type { DevDocument } from './eval/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'eval', 'dev');

/** JSON with one substitution per line: readable diffs, a third of the size of full indentation. */
function serialize(doc: DevDocument): string {
  const { substitutions, ...rest } = doc;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const subs = substitutions.map((s) => '    ' + JSON.stringify(s)).join(',\n');
  return `${head},\n  "substitutions": [${subs === '' ? '' : `\n${subs}\n  `}]\n}\n`;
}

/** Formatted as prettier would, so `npm run format:check` passes on the generated files. */
async function prettierJson(text: string, path: string): Promise<string> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(text, { ...config, parser: 'json' });
}

interface Count {
  documents: number;
  words: number;
  substitutions: number;
  /** Benchmark sets: substitutions the restorer's thesauri do not pair (mythes, rule-made). */
  outside?: number;
}

async function main(): Promise<void> {
  const docs: Array<{ slice: string; doc: DevDocument }> = [];
  const order = new Map<string, number>();
  for (const doc of [
    ...sotuDocuments(),
    ...emailDocuments(),
    ...novelDocuments(),
    ...torturedDocuments(),
  ]) {
    const index = order.get(doc.set) ?? 0;
    order.set(doc.set, index + 1);
    docs.push({ slice: sliceOf(index), doc });
  }
  docs.push(...benchDocuments(loadLexicon()));
  rmSync(OUT, { recursive: true, force: true });
  const counts: Record<string, Record<string, Count>> = {};
  for (const { slice, doc } of docs) {
    const dir = join(OUT, slice, doc.set);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${doc.id}.json`);
    writeFileSync(path, await prettierJson(serialize(doc), path));
    const c = ((counts[slice] ??= {})[doc.set] ??= { documents: 0, words: 0, substitutions: 0 });
    c.documents++;
    c.words += doc.original.split(/\s+/).filter((w) => w !== '').length;
    c.substitutions += doc.substitutions.length;
    if (doc.family !== undefined)
      c.outside = (c.outside ?? 0) + doc.substitutions.filter((s) => s.outside === true).length;
  }
  const manifest = {
    generator: 'scripts/spin.ts',
    settings: SETTINGS,
    benchmark: {
      ...BENCH_SETTINGS,
      spinners: BENCH_SPINNERS.map(({ makeRule: _, ...s }) => s),
    },
    counts,
  };
  const manifestPath = join(OUT, 'manifest.json');
  writeFileSync(manifestPath, await prettierJson(JSON.stringify(manifest, null, 2), manifestPath));
  for (const [slice, sets] of Object.entries(counts)) {
    for (const [set, c] of Object.entries(sets)) {
      const outside =
        c.outside === undefined
          ? ''
          : ` (${((100 * c.outside) / Math.max(1, c.substitutions)).toFixed(1)}% outside thesauri)`;
      console.log(
        `${slice.padEnd(8)} ${set.padEnd(15)} ${String(c.documents).padStart(3)} docs ${String(c.words).padStart(6)} words ${String(c.substitutions).padStart(5)} substitutions${outside}`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
