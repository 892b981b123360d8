// The benchmark's corpus, generated at run time into a folder (nothing large is committed), the
// same bytes on every run: three kinds of text, each as single files of the given sizes, and a
// folder of many files.
//   genuine   the original (unspun) texts of the dev and clean-genre sets: speeches, news,
//             science, manuals, novels, e-mail
//   spun      the dev documents spun by the benchmark's spinner families (news, wnfirst, alpha,
//             spinbot, mt: eval/dev/*/<family>-*/), as the spinners wrote them
//   tortured  scientific-style text dense in tortured phrases: the tortured sets' documents and
//             the clean-science paragraphs, each followed by a sentence that holds two tortured
//             phrases of the dictionary (sure entries: no flags, prior >= 0.9)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltinDictionaries } from '../../src/dictionary/load.js';
import { loadSlice, SLICES } from '../eval/dataset.js';
import type { DevDocument } from '../eval/types.js';

export const KINDS = ['genuine', 'spun', 'tortured'] as const;
export type Kind = (typeof KINDS)[number];

export const MB = 1_000_000;

const FAMILIES = ['news', 'wnfirst', 'alpha', 'spinbot', 'mt'];

function allDocuments(): { set: string; doc: DevDocument }[] {
  const out: { set: string; doc: DevDocument }[] = [];
  for (const slice of SLICES) {
    for (const [set, docs] of loadSlice(slice)) for (const doc of docs) out.push({ set, doc });
  }
  return out;
}

const paragraphs = (text: string): string[] =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/** Sure tortured phrases of the dictionary, in file order. */
function torturedPhrases(): string[] {
  const [dict] = loadBuiltinDictionaries(['tortured-phrases']);
  return (dict?.entries ?? [])
    .filter(
      (e) =>
        !e.suggestOnly &&
        e.prior >= 0.9 &&
        e.canonical[0] !== '?' &&
        e.conditions.requires.length === 0 &&
        e.conditions.excludes.length === 0 &&
        e.conditions.proximity === undefined &&
        e.channel !== true,
    )
    .map((e) => e.spun);
}

const TEMPLATES = [
  (a: string, b: string) => `In this work, the ${a} is compared with the ${b} on three data sets.`,
  (a: string, b: string) => `We show that ${a} improves on ${b} when the data are scarce.`,
  (a: string, b: string) => `The proposed ${a} relies on ${b} for its first stage.`,
  (a: string, b: string) => `Results of the ${a} and the ${b} are reported in the table below.`,
];

/** The paragraphs of one kind of text, in a fixed order. */
export function kindParagraphs(kind: Kind): string[] {
  const docs = allDocuments();
  if (kind === 'genuine') {
    return docs
      .filter(({ set }) => set.startsWith('clean') && set !== 'tortured-clean')
      .flatMap(({ doc }) => paragraphs(doc.original));
  }
  if (kind === 'spun') {
    return docs
      .filter(({ set }) => FAMILIES.some((f) => set.startsWith(`${f}-`)))
      .flatMap(({ doc }) => paragraphs(doc.spun));
  }
  const phrases = torturedPhrases();
  const science = docs
    .filter(({ set }) => set === 'clean-science')
    .flatMap(({ doc }) => paragraphs(doc.original));
  const tortured = docs
    .filter(({ set }) => set === 'tortured' || set === 'tortured-other')
    .flatMap(({ doc }) => paragraphs(doc.spun));
  let k = 0;
  const withPhrases = science.map((p, i) => {
    const a = phrases[k++ % phrases.length] as string;
    const b = phrases[k++ % phrases.length] as string;
    return `${p} ${(TEMPLATES[i % TEMPLATES.length] as (a: string, b: string) => string)(a, b)}`;
  });
  return [...tortured, ...withPhrases];
}

/** Paragraphs repeated, separated by blank lines, cut to `bytes` UTF-8 bytes (a final newline). */
export function textOfSize(paras: readonly string[], size: number): string {
  const bytes = size - 1;
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const p = paras[i % paras.length] as string;
    parts.push(p);
    length += Buffer.byteLength(p) + 2;
  }
  let text = parts.join('\n\n');
  const buffer = Buffer.from(text);
  if (buffer.length > bytes) {
    // Cut at a character boundary at or before the size.
    let end = bytes;
    while (end > 0 && ((buffer[end] as number) & 0xc0) === 0x80) end--;
    text = buffer.subarray(0, end).toString('utf8');
  }
  return `${text}\n`;
}

export interface Corpus {
  readonly dir: string;
  /** files[kind][size in MB] = path */
  readonly files: Record<Kind, Record<number, string>>;
  readonly kb1: string;
  readonly folder: string;
  readonly folderFiles: number;
  readonly folderBytes: number;
  /** The first files of the folder, for the full engine. */
  readonly smallFolder: string;
  readonly smallFolderFiles: number;
  readonly smallFolderBytes: number;
}

/** Documents of every set, one a file, cycled: `count` files of at most `maxBytes` each. */
function writeFolder(dir: string, count: number, maxBytes: number): number {
  mkdirSync(dir, { recursive: true });
  const docs = allDocuments();
  let total = 0;
  for (let i = 0; i < count; i++) {
    const { set, doc } = docs[(i * 7) % docs.length] as { set: string; doc: DevDocument };
    const paras = paragraphs(i % 3 === 0 && !set.startsWith('clean') ? doc.original : doc.spun);
    const kept: string[] = [];
    let size = 0;
    for (const p of paras) {
      if (kept.length > 0 && size + p.length > maxBytes) break;
      kept.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const text = `${kept.join('\n\n')}\n`;
    total += Buffer.byteLength(text);
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}-${set}.txt`), text);
  }
  return total;
}

export function writeCorpus(dir: string, sizes: readonly number[], folderFiles: number): Corpus {
  mkdirSync(dir, { recursive: true });
  const files = {} as Record<Kind, Record<number, string>>;
  for (const kind of KINDS) {
    const paras = kindParagraphs(kind);
    files[kind] = {};
    for (const size of sizes) {
      const path = join(dir, `${kind}-${size}mb.txt`);
      writeFileSync(path, textOfSize(paras, size * MB));
      files[kind][size] = path;
    }
  }
  const kb1 = join(dir, 'spun-1kb.txt');
  writeFileSync(kb1, textOfSize(kindParagraphs('spun'), 1000));
  const folder = join(dir, 'folder');
  const folderBytes = writeFolder(folder, folderFiles, 4000);
  const smallFolderFiles = Math.min(200, folderFiles);
  const smallFolder = join(dir, 'folder-small');
  const smallFolderBytes = writeFolder(smallFolder, smallFolderFiles, 4000);
  return {
    dir,
    files,
    kb1,
    folder,
    folderFiles,
    folderBytes,
    smallFolder,
    smallFolderFiles,
    smallFolderBytes,
  };
}
