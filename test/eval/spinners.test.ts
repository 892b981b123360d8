import { describe, expect, test } from 'vitest';
import { hashString, mulberry32, type Rng } from '../../scripts/eval/rng.js';
import {
  mobyChooser,
  replacementLemma,
  spinWith,
  wordnetChooser,
  type Chooser,
} from '../../scripts/eval/spinners.js';
import type { WordNetIndex } from '../../scripts/eval/thesauri.js';
import {
  caseShape,
  classicalPlurals,
  titleCaseSmallWords,
  pluralize,
  singularCandidates,
  splitWords,
  transferCase,
} from '../../scripts/eval/words.js';
import { checkDocument } from '../../scripts/eval/dataset.js';
import {
  assemble,
  isMustRestore,
  nounLike,
  parseTortured,
  placeEntry,
  withoutChains,
} from '../../scripts/eval/tortured.js';

/** An Rng whose chance() is always true and whose picks are always the first item. */
const always: Rng = {
  next: () => 0,
  int: () => 0,
  pick: (xs) => xs[0] as never,
  chance: () => true,
};

describe('rng', () => {
  test('mulberry32 is deterministic and in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(new Set(xs).size).toBe(1000);
    expect(mulberry32(43).next()).not.toBe(mulberry32(42).next());
  });

  test('int stays in range and hits every value', () => {
    const r = mulberry32(7);
    const seen = new Set(Array.from({ length: 200 }, () => r.int(5)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  test('hashString is FNV-1a', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });
});

describe('words', () => {
  test('splitWords splits hyphens and periods, keeps possessives and contractions', () => {
    expect(splitWords("U.S. ex-Mexican Mexico's don't 14").map((w) => w.text)).toEqual([
      'U',
      'S',
      'ex',
      'Mexican',
      "Mexico's",
      "don't",
      '14',
    ]);
    expect(splitWords('a  bc')).toEqual([
      { text: 'a', start: 0, end: 1 },
      { text: 'bc', start: 3, end: 5 },
    ]);
  });

  test.each([
    ['told', 'lower'],
    ['Told', 'title'],
    ['TOLD', 'upper'],
    ['S', 'title'],
    ['iPhone', 'other'],
    ['14', 'other'],
  ])('caseShape(%s) = %s', (w, shape) => expect(caseShape(w)).toBe(shape));

  test.each([
    ['told', 'informed', 'informed'],
    ['Told', 'informed', 'Informed'],
    ['TOLD', 'informed', 'INFORMED'],
    ['S', 'due south', 'Due south'],
    ['it', 'information technology', 'information technology'],
    ['14', 'xiv', 'xiv'],
  ])('transferCase(%s, %s) = %s', (from, rep, want) => expect(transferCase(from, rep)).toBe(want));

  test.each([
    ['company', 'companies'],
    ['day', 'days'],
    ['box', 'boxes'],
    ['church', 'churches'],
    ['tank', 'tanks'],
  ])('pluralize(%s) = %s and back', (sg, pl) => {
    expect(pluralize(sg)).toBe(pl);
    expect(singularCandidates(pl)).toContain(sg);
  });

  test.each([
    ['thief', 'thieves'],
    ['woman', 'women'],
    ['chief', 'chiefs'],
  ])('pluralize(%s) = %s', (sg, pl) => expect(pluralize(sg)).toBe(pl));
});

describe('spinWith', () => {
  const text = 'A think tank told NPR.';
  const chooser: Chooser = (words, i) => {
    const w = words[i]?.text;
    if (w === 'think' && words[i + 1]?.text === 'tank')
      return { take: 2, replacement: 'assume tank' };
    if (w === 'told') return { take: 1, replacement: 'informed' };
    if (w === 'NPR') return { take: 1, replacement: 'NPR' }; // unchanged: no substitution
    return undefined;
  };

  test('records every substitution with offsets in the spun text', () => {
    const r = spinWith(text, chooser);
    expect(r.spun).toBe('A assume tank informed NPR.');
    expect(r.substitutions).toEqual([
      { start: 2, end: 13, original: 'think tank', spun: 'assume tank' },
      { start: 14, end: 22, original: 'told', spun: 'informed' },
    ]);
    expect(checkDocument({ id: 'x', set: 'spun-news', source: '', original: text, ...r })).toEqual(
      [],
    );
  });
});

describe('mobyChooser', () => {
  const moby = new Map<string, readonly string[]>([
    ['said', ['mentioned', 'aforesaid']],
    ['agency', ['company', 'bureau']],
    ['think tank', ['brain trust']],
    ['the', ['this']],
  ]);
  const freq = (p: string): number =>
    ({ mentioned: 50, aforesaid: 1, company: 30, bureau: 5, brain: 9, trust: 9 })[p] ?? 0;
  const freqPhrase = (p: string): number => Math.min(...p.split(' ').map(freq));

  test.each([
    ['They said the agencies agreed.', 'They mentioned the companies agreed.'],
    ['Said the Agency.', 'Mentioned the Company.'],
    ["The agency's think tank said.", "The company's brain trust mentioned."],
    ['SAID', 'MENTIONED'],
  ])('%s -> %s', (input, want) => {
    expect(spinWith(input, mobyChooser(moby, freqPhrase, always)).spun).toBe(want);
  });

  test('rare synonyms are not used, plurals only of nouns', () => {
    const onlyRare = new Map([['said', ['aforesaid']]]);
    expect(spinWith('he said', mobyChooser(onlyRare, freqPhrase, always)).substitutions).toEqual(
      [],
    );
    const notNoun = mobyChooser(moby, freqPhrase, always, undefined, (w) => w !== 'agency');
    expect(spinWith('agencies', notNoun).spun).toBe('agencies');
  });
});

describe('wordnet spinner', () => {
  test.each([
    [['besides', 'too', 'also', 'likewise', 'as well'], 'also', 'likewise'],
    [['information technology', 'IT'], 'it', 'information technology'],
    [['health', 'wellness'], 'health', 'wellness'],
    [['fourteen', '14', 'xiv'], '14', 'xiv'],
    [['as well', 'also'], 'also', 'as well'],
    [['S', 's'], 's', undefined],
  ])('replacementLemma(%j, %s) = %s', (synset, word, want) => {
    expect(replacementLemma(synset, word)).toBe(want);
  });

  const wn: WordNetIndex = {
    synsets: (l) =>
      ({
        it: [['information technology', 'IT']],
        by: [['by', 'past']],
        s: [
          ['S', 's'],
          ['south', 'due south', 'southward', 'S'],
        ],
        the: [['the', 'thee']],
        '14': [['fourteen', '14', 'xiv']],
        wednesday: [['Wednesday', 'Wed']],
      })[l] ?? [],
    isNoun: () => true,
  };

  test.each([
    ['It is by the U.S. on Wednesday 14', 'Information technology is past the U.South. on Wed xiv'],
    ["IT's", "INFORMATION TECHNOLOGY's"],
  ])('%s -> %s', (input, want) => {
    expect(spinWith(input, wordnetChooser(wn, always)).spun).toBe(want);
  });
});

describe('tortured sentences', () => {
  const tsv = [
    '#! name: t',
    '# comment',
    'counterfeit consciousness\tartificial intelligence\t-\tpps\t0.9',
    'bosom peril\tbreast cancer|breast carcinoma\tand=breast\tpps\t0.8',
    'flag only\t?\t-\tpps\t0.5',
    'irregular woodland\trandom forest\tsuggest,pos=noun\tpps\t0.6',
    'lost\tmissing\tnot=luggage\tpps\t0.6',
    '>\tcounterfeit consciousness => artificial intelligence',
  ].join('\n');
  const entries = parseTortured(tsv);

  test('parses entries and flags, skipping flag-only ones', () => {
    expect(
      entries.map((e) => [e.spun, e.canonical, e.suggest, e.and, e.not, e.pos, e.line]),
    ).toEqual([
      ['counterfeit consciousness', ['artificial intelligence'], false, [], [], undefined, 3],
      ['bosom peril', ['breast cancer', 'breast carcinoma'], false, ['breast'], [], undefined, 4],
      ['irregular woodland', ['random forest'], true, [], [], 'noun', 6],
      ['lost', ['missing'], false, [], ['luggage'], undefined, 7],
    ]);
    expect(entries.map(isMustRestore)).toEqual([true, true, false, false]);
  });

  test('placed sentences give back the canonical text and carry the AND term', () => {
    const rng = mulberry32(3);
    const lines = entries.flatMap((e) => placeEntry(e, rng, () => true));
    const doc = assemble('t1', 'tortured', 'test', lines);
    expect(checkDocument(doc)).toEqual([]);
    const spuns = doc.substitutions.map((s) => s.spun.toLowerCase());
    expect(spuns.map((s, i) => s.startsWith(entries[i]?.spun ?? '?'))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(doc.substitutions[1]?.alternatives?.length).toBe(1);
    expect(doc.spun).toContain('The data also concern breast.');
    const clean = assemble('t1', 'tortured-clean', 'test', lines, true);
    expect(clean.spun).toBe(doc.original);
    expect(clean.substitutions).toEqual([]);
  });

  test.each([
    ['bosom peril', 'breast cancer', true],
    ['bosom perils', 'breast cancer', false],
    ['counterfeit consciousness', 'artificial intelligence', false], // ends in s: not pluralized
  ])('nounLike(%s -> %s) = %s', (spun, canonical, want) => {
    const e = { spun, canonical: [canonical], suggest: false, and: [], not: [], line: 1 };
    expect(nounLike(e, () => true)).toBe(want);
  });
});

describe('tortured helpers', () => {
  test('withoutChains drops entries whose canonical holds another spun phrase', () => {
    const e = (spun: string, canonical: string) => ({
      spun,
      canonical: [canonical],
      suggest: false,
      and: [],
      not: [],
      line: 1,
    });
    const kept = withoutChains([
      e('choice tree', 'decision tree'),
      e('congested trees', 'choice trees'),
      e('bosom peril', 'breast cancer'),
    ]);
    expect(kept.map((x) => x.spun)).toEqual(['choice tree', 'bosom peril']);
  });

  test.each([
    [
      'united nations high commissioner for refugees',
      'United Nations High Commissioner for Refugees',
    ],
    ['universal plug and play', 'Universal Plug and Play'],
    ['the state of the art', 'The State of the Art'],
  ])('titleCaseSmallWords(%s) = %s', (s, want) => expect(titleCaseSmallWords(s)).toBe(want));

  test.each([
    ['momentum', ['momenta']],
    ['matrix', ['matrices']],
    ['phenomenon', ['phenomena']],
    ['tree', []],
  ])('classicalPlurals(%s) = %j', (w, want) => expect(classicalPlurals(w)).toEqual(want));
});
