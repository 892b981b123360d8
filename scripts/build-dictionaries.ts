// Builds the shipped dictionaries (never hand-edit them; rerun this script):
//   dictionaries/tortured-phrases.tsv   from the PPS snapshots in the shared data folder
//   dictionaries/news-spinner.tsv       from the curated scripts/data/news-spinner.src.tsv,
//                                       checked against a trigram LM (ARPA)
//   dictionaries/news-spinner-words.tsv from the curated scripts/data/news-spinner-words.src.tsv
//   dictionaries/wordnet-spinner.tsv    and scripts/data/wordnet-spinner.src.tsv (word swaps,
//                                       written as `channel` entries)
//   dictionaries/wordnet-exceptions.tsv from WordNet's *.exc irregular-inflection lists
//   dictionaries/compiled.json          the phrase dictionaries above, parsed (fast start-up);
//                                       rewritten on every run, whatever --only says
//
// Usage: npx tsx scripts/build-dictionaries.ts [TORTURED_DIR] [--lm FILE.arpa.gz]
//          [--wordnet DIR] [--only tortured,news,news-words,wordnet-spinner,wordnet]
// Output is deterministic (sorted); every phrase dictionary is parsed and validated before it
// is written, and rows that would not pass are dropped with a reason.
// One builder per file in scripts/dictionaries/.
import { join, resolve } from 'node:path';
import { dictionariesDir, packageRoot } from '../src/paths.js';
import { writeCompiled } from './dictionaries/compile.js';
import { buildNews } from './dictionaries/newsSpinner.js';
import { writeIfChanged } from './dictionaries/rows.js';
import { NEWS_WORDS, WORDNET_SPINNER, buildSwapList } from './dictionaries/swapLists.js';
import { buildTortured } from './dictionaries/torturedPhrases.js';
import { buildWordnet, wordnetDir } from './dictionaries/wordnetExceptions.js';

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = packageRoot();
  const lm = option(args, '--lm') ?? resolve(root, '../shared/data/lm/cmusphinx-en-us.arpa.gz');
  const wordnet = option(args, '--wordnet');
  const only = (option(args, '--only') ?? 'tortured,news,news-words,wordnet-spinner,wordnet').split(
    ',',
  );
  const tortured = resolve(root, args[0] ?? '../shared/data/tortured-phrases');
  const out = dictionariesDir();
  if (only.includes('tortured')) {
    writeIfChanged(join(out, 'tortured-phrases.tsv'), buildTortured(tortured));
  }
  if (only.includes('news')) {
    const src = join(root, 'scripts/data/news-spinner.src.tsv');
    writeIfChanged(join(out, 'news-spinner.tsv'), await buildNews(src, lm));
  }
  for (const [key, list] of [
    ['news-words', NEWS_WORDS],
    ['wordnet-spinner', WORDNET_SPINNER],
  ] as const) {
    if (!only.includes(key)) continue;
    const src = join(root, `scripts/data/${list.name}.src.tsv`);
    writeIfChanged(join(out, `${list.name}.tsv`), await buildSwapList(list, src, lm));
  }
  if (only.includes('wordnet')) {
    writeIfChanged(join(out, 'wordnet-exceptions.tsv'), buildWordnet(wordnetDir(wordnet)));
  }
  writeCompiled();
}

await main();
