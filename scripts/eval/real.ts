// The real dev set (eval/real/): spun pages found on the web, each with the page it was spun from.
// eval/real/raw/<id>.json holds the two excerpts as copied from the pages (article body only);
// `npm run real` aligns them (scripts/eval/align.ts: src/core/align/) into eval/real/<id>.json, one DevDocument
// each, with the page's family and both addresses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { align } from './align.js';
import { swapRelated } from './swapRelated.js';
import type { DevDocument } from './types.js';

export function realDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'eval', 'real');
}

/** A spun page and its original, as copied (eval/real/raw/<id>.json). */
export interface RawPage {
  readonly id: string;
  /** Spinner family, e.g. "news spinner (synonym swaps)". */
  readonly family: string;
  readonly spunUrl: string;
  readonly originalUrl: string;
  /** Where the texts were read, and anything else a reader should know. */
  readonly note: string;
  readonly spun: string;
  readonly original: string;
  /** The two texts match from start to end (a pair quoted sentence for sentence): no cutting. */
  readonly whole?: boolean;
}

export interface RealDocument extends DevDocument {
  /** The page's spinner as described by its collector (the raw page's `family`). */
  readonly spinner: string;
  readonly spunUrl: string;
  readonly originalUrl: string;
  readonly note: string;
}

function readJsonDir<T>(dir: string): T[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as T);
}

export function loadRawPages(dir = join(realDir(), 'raw')): RawPage[] {
  return readJsonDir<RawPage>(dir);
}

/** The aligned documents of the real dev set, sorted by id. */
export function loadRealDocuments(dir = realDir()): RealDocument[] {
  return readJsonDir<RealDocument>(dir);
}

let related: ((spunWord: string, originalWord: string) => boolean) | undefined;

/**
 * The dev document of a page pair; throws when the two texts share no anchor. Changed runs are
 * cut at synonym pairs (scripts/eval/swapRelated.ts; the thesauri are loaded on first use).
 */
export function realDocument(page: RawPage): RealDocument {
  related ??= swapRelated();
  const a = align(page.spun, page.original, { whole: page.whole ?? false, related });
  if (a === undefined) throw new Error(`${page.id}: the spun and original texts share no anchor`);
  return {
    id: page.id,
    set: 'real',
    source: `${page.spunUrl} (original: ${page.originalUrl})`,
    spinner: page.family,
    spunUrl: page.spunUrl,
    originalUrl: page.originalUrl,
    note: page.note,
    original: a.original,
    spun: a.spun,
    substitutions: a.substitutions,
  };
}
