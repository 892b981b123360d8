// How well unlisted tortured phrases are inferred from the word swaps of the listed ones
// (src/core/inferredPhrases.ts), measured on the list itself in 10 folds: each fold's entries are
// inferred from the other nine folds' swaps and terms. Prints, by the support of the least
// supported swap, how many held-out phrases got an inferred restoration and how many of those
// are the listed one (the figures behind `inferredPrior`). Then the false-alarm side: the word
// runs of the listed terms (genuine text) that are not terms themselves, and how many of them
// would be rewritten.
//
//   npm run inferred-phrases      (SHOW=1 npm run inferred-phrases also lists the wrong ones)
import { builtinDictionaryPath, loadDictionaryFile } from '../src/dictionary/load.js';
import { isFlagOnly, phraseWords } from '../src/core/phraseEntry.js';
import { inferredMatches, wordSwaps } from '../src/core/inferredPhrases.js';
import { tokenize } from '../src/core/tokenize.js';
import { MAX_INFERRED_WORDS } from '../src/core/tuning.js';

const FOLDS = 10;
const dictionary = loadDictionaryFile(builtinDictionaryPath('tortured-phrases'));
const entries = dictionary.entries.filter((e) => !isFlagOnly(e));

/** The inferred phrases of a text: word offsets (of its words), term and least support. */
function infer(text: string, model: ReturnType<typeof wordSwaps>) {
  const tokens = tokenize(text);
  const wordIndex = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (t.kind === 'word') wordIndex.set(i, wordIndex.size);
  });
  return inferredMatches(
    tokens,
    model,
    (words, term) => ({ ...entries[0]!, words, canonical: [term] }),
    () => false,
  ).map((m) => ({
    from: wordIndex.get(m.firstToken) ?? -1,
    to: wordIndex.get(m.lastToken) ?? -1,
    term: m.entry.canonical[0]!,
    support: m.support,
  }));
}

/** Equal but for a plural -s of the last word (the edit carries the writer's inflection). */
const sameTerm = (a: string, b: string): boolean => a.replace(/s$/, '') === b.replace(/s$/, '');

// Each held-out entry of as many words as its term: every inferred phrase in it is an edit, right
// when the listed term says the same words at those places.
const buckets = new Map<string, { inferred: number; right: number }>();
let tested = 0;
let exact = 0;
for (let fold = 0; fold < FOLDS; fold++) {
  const model = wordSwaps(entries.filter((_, i) => i % FOLDS !== fold));
  entries.forEach((e, i) => {
    if (i % FOLDS !== fold) return;
    const n = e.words.length;
    const target = phraseWords(e.canonical[0]!);
    if (n < 2 || n > MAX_INFERRED_WORDS || n !== target.length) return;
    tested++;
    const found = infer(e.words.join(' '), model);
    const whole = found.length === 1 && found[0]!.from === 0 && found[0]!.to === n - 1;
    if (whole && sameTerm(found[0]!.term, target.join(' '))) exact++;
    for (const f of found) {
      const key = f.support >= 3 ? '3 or more' : String(f.support);
      const b = buckets.get(key) ?? { inferred: 0, right: 0 };
      b.inferred++;
      const listed = target.slice(f.from, f.to + 1).join(' ');
      if (sameTerm(f.term, listed)) b.right++;
      else if (process.env['SHOW'])
        console.log('WRONG', e.words.join(' '), '=>', f.term, '| listed:', e.canonical[0]);
      buckets.set(key, b);
    }
  });
}

console.log(`held-out phrases of 2-${MAX_INFERRED_WORDS} words, as many as their term: ${tested}`);
console.log('inferred phrases in them (edits), by the support of their least supported swap:');
console.log('| least support | inferred | right | precision |');
console.log('| ------------- | -------- | ----- | --------- |');
let all = 0;
let allRight = 0;
for (const [key, b] of [...buckets].sort()) {
  all += b.inferred;
  allRight += b.right;
  console.log(
    `| ${key.padEnd(13)} | ${String(b.inferred).padStart(8)} | ${String(b.right).padStart(5)} | ${((100 * b.right) / b.inferred).toFixed(1).padStart(8)}% |`,
  );
}
console.log(
  `| all           | ${String(all).padStart(8)} | ${String(allRight).padStart(5)} | ${((100 * allRight) / all).toFixed(1).padStart(8)}% |`,
);
console.log(
  `held-out phrases restored whole and right: ${exact} (${((100 * exact) / tested).toFixed(1)}%)`,
);

// False alarms: runs of the terms' words that are not terms themselves.
const model = wordSwaps(entries);
const terms = new Set(entries.map((e) => phraseWords(e.canonical[0]!).join(' ')));
let runs = 0;
const rewritten: string[] = [];
for (const term of terms) {
  const words = term.split(' ');
  for (let n = 2; n <= MAX_INFERRED_WORDS; n++) {
    for (let s = 0; s + n <= words.length; s++) {
      const run = words.slice(s, s + n).join(' ');
      if (terms.has(run)) continue;
      runs++;
      for (const f of infer(run, model)) rewritten.push(`${run} -> ${f.term}`);
    }
  }
}
console.log(
  `genuine word runs inside the terms: ${runs}, rewritten: ${rewritten.length}${rewritten.length > 0 ? ` (${rewritten.slice(0, 10).join('; ')})` : ''}`,
);
