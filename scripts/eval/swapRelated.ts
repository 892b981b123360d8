// Which spun word and original word are a swap, for cutting the real pages' changed runs
// (align's `related`): words sharing their first 5 letters, or synonyms in the Moby Thesaurus or
// in a WordNet synset after crude inflection stripping. Only the gold's granularity depends on it, never what counts as right.
import { loadMoby, loadWordNet } from './thesauri.js';

/** Short function words: never a swap pair on their own. */
const FUNCTION_WORDS = new Set(
  'the a an and or of to in on at by for with from as is are was were be been it its this that these those not no'.split(
    ' ',
  ),
);

/** The word and crude stems of it: plural, past, -ing and -ly endings off. */
export function forms(word: string): string[] {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const out = new Set([w]);
  for (const [end, repl] of [
    ['ies', 'y'],
    ['es', ''],
    ['s', ''],
    ['ed', ''],
    ['ed', 'e'],
    ['ing', ''],
    ['ing', 'e'],
    ['ly', ''],
  ] as const) {
    if (w.endsWith(end) && w.length > end.length + 2) out.add(w.slice(0, -end.length) + repl);
  }
  return [...out];
}

/** A `related` predicate over the Moby Thesaurus and WordNet (loaded once). */
export function swapRelated(): (spunWord: string, originalWord: string) => boolean {
  const moby = loadMoby();
  const wordnet = loadWordNet();
  const mobySets = new Map<string, Set<string>>();
  const mobyOf = (w: string): Set<string> => {
    let set = mobySets.get(w);
    if (set === undefined) {
      set = new Set((moby.get(w) ?? []).map((s) => s.toLowerCase()));
      mobySets.set(w, set);
    }
    return set;
  };
  const synonyms = (x: string, y: string): boolean =>
    x === y ||
    mobyOf(x).has(y) ||
    mobyOf(y).has(x) ||
    wordnet.synsets(x).some((s) => s.some((l) => l.toLowerCase() === y));
  return (spunWord, originalWord) => {
    const a = spunWord.toLowerCase();
    const b = originalWord.toLowerCase();
    if (!/^\p{L}{3,}/u.test(a) || !/^\p{L}{3,}/u.test(b)) return false;
    if (FUNCTION_WORDS.has(a) || FUNCTION_WORDS.has(b)) return false;
    // The same stem: a shared start of 5 letters or more ("nationwide" / "national").
    let common = 0;
    while (common < a.length && a[common] === b[common]) common++;
    if (common >= 5) return true;
    return forms(a).some((x) => forms(b).some((y) => synonyms(x, y)));
  };
}
