// npm run spin [-- --seed N]: build the committed dev set under eval/dev/ deterministically.
//
//   eval/dev/<slice>/<set>/<id>.json   one DevDocument per file (scripts/eval/types.ts)
//   eval/dev/manifest.json             seed, settings, counts per slice and set
//
// Sets: clean, spun-news (Moby phrase/thesaurus spinner), spun-wordnet (WordNet first-synonym
// spinner) over excerpts of modern State of the Union addresses; clean-email (SpamAssassin ham
// prose) and clean-novel (Moby-Dick), unspun; tortured, tortured-other and tortured-clean from
// dictionaries/tortured-phrases.tsv (skipped with a warning when absent). The documents come
// from scripts/eval/devset.ts, which also generates the training set.
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

async function main(): Promise<void> {
  const docs = [
    ...sotuDocuments(),
    ...emailDocuments(),
    ...novelDocuments(),
    ...torturedDocuments(),
  ];
  rmSync(OUT, { recursive: true, force: true });
  const counts: Record<
    string,
    Record<string, { documents: number; words: number; substitutions: number }>
  > = {};
  const order = new Map<string, number>();
  for (const doc of docs) {
    const index = order.get(doc.set) ?? 0;
    order.set(doc.set, index + 1);
    const slice = sliceOf(doc.set === 'tortured-clean' ? index : index);
    const dir = join(OUT, slice, doc.set);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${doc.id}.json`);
    writeFileSync(path, await prettierJson(serialize(doc), path));
    const c = ((counts[slice] ??= {})[doc.set] ??= { documents: 0, words: 0, substitutions: 0 });
    c.documents++;
    c.words += doc.original.split(/\s+/).filter((w) => w !== '').length;
    c.substitutions += doc.substitutions.length;
  }
  const manifest = { generator: 'scripts/spin.ts', settings: SETTINGS, counts };
  const manifestPath = join(OUT, 'manifest.json');
  writeFileSync(manifestPath, await prettierJson(JSON.stringify(manifest, null, 2), manifestPath));
  for (const [slice, sets] of Object.entries(counts)) {
    for (const [set, c] of Object.entries(sets)) {
      console.log(
        `${slice.padEnd(8)} ${set.padEnd(15)} ${String(c.documents).padStart(3)} docs ${String(c.words).padStart(6)} words ${String(c.substitutions).padStart(5)} substitutions`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
