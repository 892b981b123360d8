// The reversed thesaurus: for a word seen in a text, the words a spinner may have replaced.
// Loading reads one binary file (see thesaurusFormat.ts) and splits its two string tables; a
// key's candidates are decoded on first use (binary search over the sorted keys, memoized).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionariesDir } from '../paths.js';
import type { Thesaurus } from '../types.js';
import {
  decodeRow,
  decodeSections,
  forwardIndex,
  type ThesaurusOriginal,
  type ThesaurusSections,
} from './thesaurusFormat.js';

export type { ThesaurusOriginal } from './thesaurusFormat.js';

export const THESAURUS_FILE = join('thesaurus', 'reversed.bin');

const NONE: readonly ThesaurusOriginal[] = Object.freeze([]);

export class ReversedThesaurus implements Thesaurus {
  readonly maxPhraseWords: number;
  private readonly sections: ThesaurusSections;
  private readonly cache = new Map<string, readonly ThesaurusOriginal[]>();
  private forward: { starts: Uint32Array; keys: Uint32Array } | undefined;
  private originalIndex: Map<string, number> | undefined;

  constructor(bytes: Uint8Array) {
    this.sections = decodeSections(bytes);
    this.maxPhraseWords = this.sections.header.maxPhraseWords;
  }

  /** The JSON header of the file (format, sources, build command…). */
  get header(): Readonly<Record<string, unknown>> {
    return this.sections.header;
  }

  /** Number of spun keys. */
  get size(): number {
    return this.sections.keys.length;
  }

  /** All spun keys, sorted. */
  keys(): readonly string[] {
    return this.sections.keys;
  }

  /**
   * Candidate originals of a normalized word or space-joined phrase, best first by the
   * noisy-channel score log10 P(orig) + channel (unigram frequency times the chance a spinner
   * writes `spun` for orig); each carries `channel` = log10 P(spun | orig). Empty when none.
   */
  originals(spun: string): readonly ThesaurusOriginal[] {
    const hit = this.cache.get(spun);
    if (hit !== undefined) return hit;
    const i = this.indexOf(spun);
    const found = i < 0 ? NONE : Object.freeze(decodeRow(this.sections, i));
    this.cache.set(spun, found);
    return found;
  }

  /**
   * Forward lookup: the spun forms whose (capped) lists contain `original`, in key order.
   * The first call builds an index over the whole file (about 0.1 to 0.3 s); later calls are
   * cheap. Empty when `original` is not an original of any key.
   */
  spunForms(original: string): string[] {
    if (this.forward === undefined || this.originalIndex === undefined) {
      this.forward = forwardIndex(this.sections);
      this.originalIndex = new Map(this.sections.originals.map((o, i) => [o, i]));
    }
    const o = this.originalIndex.get(original);
    if (o === undefined) return [];
    const { starts, keys } = this.forward;
    const out: string[] = [];
    for (let i = starts[o] ?? 0; i < (starts[o + 1] ?? 0); i++) {
      out.push(this.sections.keys[keys[i] ?? 0] ?? '');
    }
    return out;
  }

  private indexOf(spun: string): number {
    const keys = this.sections.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const key = keys[mid] ?? '';
      if (key === spun) return mid;
      if (key < spun) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}

/** Parse an encoded thesaurus (the bytes of reversed.bin). Pure. */
export function parseThesaurus(bytes: Uint8Array): ReversedThesaurus {
  return new ReversedThesaurus(bytes);
}

const loaded = new Map<string, ReversedThesaurus>();

/** Load the shipped reversed thesaurus from `dir` (default: the package's dictionaries/). Memoized. */
export function loadThesaurus(dir: string = dictionariesDir()): ReversedThesaurus {
  const path = join(dir, THESAURUS_FILE);
  const cached = loaded.get(path);
  if (cached !== undefined) return cached;
  const thesaurus = parseThesaurus(readFileSync(path));
  loaded.set(path, thesaurus);
  return thesaurus;
}
