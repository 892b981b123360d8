// A small Lexicon for the benchmark spinner tests: a few Moby lists, WordNet senses and mythes
// meanings, and corpus counts, so that the tests need neither node_modules data nor mythes.
import type { Lexicon } from '../../scripts/eval/lexicon.js';
import { parseMythes } from '../../scripts/eval/mythes.js';
import type { Pos, Sense, WordNetSenses } from '../../scripts/eval/wordnetSenses.js';

const MOBY: Record<string, string[]> = {
  say: ['state', 'mention', 'tell', 'Mexico', 'utter'],
  tell: ['inform', 'say', 'relate'],
  inform: ['tell', 'notify'],
  state: ['say', 'nation'],
  mention: ['say', 'note'],
  house: ['home', 'abode', 'building'],
  home: ['house', 'abode'],
  agency: ['company', 'bureau', 'office'],
  company: ['agency', 'firm'],
  big: ['large', 'great', 'huge'],
  large: ['big', 'great'],
  clearly: ['plainly', 'obviously'],
  decide: ['determine', 'settle'],
  many: ['numerous', 'a lot of'],
  in: ['within', 'inside', 'favor'],
  'think tank': ['brain trust'],
};

/** [lemma, pos, tag count, lemmas of the synset] in WordNet order. */
const SENSES: Array<[string, Pos, number, string[]]> = [
  ['say', 'verb', 200, ['state', 'say', 'tell']],
  ['say', 'verb', 50, ['say', 'mention']],
  ['tell', 'verb', 100, ['tell', 'inform']],
  ['inform', 'verb', 20, ['inform']],
  ['state', 'noun', 60, ['state', 'nation', 'country']],
  ['state', 'verb', 30, ['state', 'say', 'tell']],
  ['mention', 'verb', 10, ['mention', 'note']],
  ['note', 'verb', 5, ['note', 'mention']],
  ['house', 'noun', 90, ['house']],
  ['house', 'noun', 10, ['family', 'household', 'house', 'home']],
  ['home', 'noun', 40, ['home', 'place']],
  ['agency', 'noun', 30, ['agency', 'bureau']],
  ['bureau', 'noun', 5, ['agency', 'bureau']],
  ['company', 'noun', 50, ['company']],
  ['big', 'adj', 40, ['large', 'big']],
  ['large', 'adj', 60, ['large', 'big']],
  ['great', 'adj', 30, ['great']],
  ['clear', 'adj', 20, ['clear']],
  ['clearly', 'adv', 10, ['clearly', 'plainly']],
  ['decide', 'verb', 30, ['decide', 'determine']],
  ['determine', 'verb', 10, ['determine', 'decide']],
  ['make', 'verb', 300, ['make', 'do']],
  ['decision', 'noun', 20, ['decision']],
  ['it', 'noun', 0, ['information technology', 'IT']],
  ['14', 'noun', 1, ['fourteen', '14', 'xiv']],
];

const DERIVED: Record<string, string[]> = { decide: ['decision', 'decider'] };

export function fakeWordNet(): WordNetSenses {
  const senses = new Map<string, Sense[]>();
  SENSES.forEach(([lemma, pos, tagCount, lemmas], offset) => {
    senses.set(lemma, [...(senses.get(lemma) ?? []), { pos, offset, lemmas, tagCount }]);
  });
  return {
    senses: (l) => senses.get(l) ?? [],
    has: (l, pos) => (senses.get(l) ?? []).some((s) => s.pos === pos),
    derivedNouns: (v) => DERIVED[v] ?? [],
  };
}

const MYTHES = `UTF-8
house|1
(noun)|dwelling (generic term)|edifice (generic term)
agency|1
(noun)|administrative unit (generic term)|government (related term)
big|1
(adj)|bulky (similar term)|small (antonym)
`;

const COUNTS: Record<string, number> = {
  state: 50,
  mention: 40,
  tell: 30,
  utter: 2,
  inform: 20,
  notify: 5,
  nation: 30,
  home: 60,
  abode: 3,
  building: 40,
  company: 50,
  bureau: 10,
  office: 45,
  large: 70,
  great: 90,
  huge: 20,
  big: 80,
  plainly: 4,
  obviously: 8,
  determine: 12,
  settle: 6,
  numerous: 5,
  'a lot of': 9,
  within: 30,
  inside: 10,
  favor: 12,
  'brain trust': 3,
  dwelling: 4,
  edifice: 3,
  government: 100,
  'administrative unit': 3,
  bulky: 3,
  say: 100,
  house: 70,
  agency: 20,
  decide: 20,
  clearly: 10,
};

export function fakeLexicon(): Lexicon {
  return {
    moby: new Map(Object.entries(MOBY)),
    wordnet: fakeWordNet(),
    mythes: parseMythes(MYTHES),
    frequency: (p) => COUNTS[p.toLowerCase()] ?? 0,
    capitalShare: (w) => (['house', 'congress'].includes(w.toLowerCase()) ? 0.9 : 0),
  };
}
