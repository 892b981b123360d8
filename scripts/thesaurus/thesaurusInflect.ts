// Inflected forms of a lemma, used at build time to expand thesaurus pairs (tell -> inform gives
// told -> informed, agency -> company gives agencies -> companies). Pure: returns candidate
// spellings, most likely first; the build keeps the first one its vocabulary knows.

export type Inflection = 's' | 'ed' | 'en' | 'ing';

export const INFLECTIONS: readonly Inflection[] = ['s', 'ed', 'en', 'ing'];

// base past participle (participle omitted when equal to past). Common irregular verbs.
const IRREGULAR_VERBS = `
arise arose arisen|awake awoke awoken|be was been|bear bore borne|beat beat beaten|become became become
begin began begun|bend bent|bet bet|bind bound|bite bit bitten|bleed bled|blow blew blown|break broke broken
breed bred|bring brought|build built|burn burnt|burst burst|buy bought|cast cast|catch caught
choose chose chosen|cling clung|come came come|cost cost|creep crept|cut cut|deal dealt|dig dug|do did done
draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed
feel felt|fight fought|find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden
forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen
get got gotten|give gave given|go went gone|grind ground|grow grew grown|hang hung|have had|hear heard
hide hid hidden|hit hit|hold held|hurt hurt|keep kept|kneel knelt|know knew known|lay laid|lead led
lean leant|leap leapt|learn learnt|leave left|lend lent|let let|lie lay lain|light lit|lose lost|make made
mean meant|meet met|mistake mistook mistaken|overcome overcame overcome|overtake overtook overtaken
pay paid|prove proved proven|put put|quit quit|read read|rid rid|ride rode ridden|ring rang rung|rise rose risen
run ran run|say said|see saw seen|seek sought|sell sold|send sent|set set|sew sewed sewn|shake shook shaken
shed shed|shine shone|shoot shot|show showed shown|shrink shrank shrunk|shut shut|sing sang sung|sink sank sunk
sit sat|slay slew slain|sleep slept|slide slid|sling slung|slit slit|speak spoke spoken|speed sped|spend spent
spill spilt|spin spun|spit spat|split split|spread spread|spring sprang sprung|stand stood|steal stole stolen
stick stuck|sting stung|stink stank stunk|strike struck|strive strove striven|swear swore sworn|sweep swept
swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|think thought|throw threw thrown
thrust thrust|tread trod trodden|undergo underwent undergone|understand understood|undertake undertook undertaken
upset upset|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|wind wound|withdraw withdrew withdrawn
withhold withheld|withstand withstood|write wrote written`;

const IRREGULAR_THIRD: Readonly<Record<string, string>> = {
  be: 'is',
  have: 'has',
  do: 'does',
  go: 'goes',
};

const IRREGULAR_PLURALS = `man men|woman women|child children|person people|foot feet|tooth teeth|mouse mice
goose geese|ox oxen|louse lice|datum data|criterion criteria|phenomenon phenomena|analysis analyses
crisis crises|thesis theses|hypothesis hypotheses|basis bases|diagnosis diagnoses|index indices
medium media|life lives|wife wives|knife knives|leaf leaves|half halves|self selves|shelf shelves
thief thieves|wolf wolves|calf calves|loaf loaves`;

function table(spec: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of spec.split(/[|\n]/)) {
    const [base, ...forms] = entry.trim().split(' ');
    if (base !== undefined && base !== '' && forms.length > 0) map.set(base, forms);
  }
  return map;
}

const VERBS = table(IRREGULAR_VERBS);
const PLURALS = table(IRREGULAR_PLURALS);

/** Words never inflected (closed-class words, which only look like lemmas). */
const CLOSED = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto upon out off up down over under ' +
    'about above across after against along among around as before behind below beneath beside between ' +
    'beyond during except inside near past since than through throughout till toward towards until via ' +
    'within without i you he she it we they me him her us them my your his its our their this that these ' +
    'those who whom whose which what not no yes so too very also well all any each every some such ' +
    'there here then now once when where why how'
  ).split(' '),
);

const VOWEL = /[aeiou]/;

function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3] ?? '', word[n - 2] ?? '', word[n - 1] ?? ''];
  return !VOWEL.test(a) && VOWEL.test(b) && !VOWEL.test(c) && !'wxy'.includes(c);
}

function plural(word: string): string[] {
  const irregular = PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  const third = IRREGULAR_THIRD[word];
  if (third !== undefined) return [third];
  if (/(?:s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  if (/[^aeiou]o$/.test(word)) return [`${word}es`, `${word}s`];
  return [`${word}s`];
}

/** Stems for a suffix that starts with a vowel (-ed, -ing): drop final e, double, or plain. */
function vowelSuffix(word: string, suffix: 'ed' | 'ing'): string[] {
  if (suffix === 'ed' && word.endsWith('e')) return [`${word}d`];
  if (suffix === 'ed' && /[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  if (suffix === 'ing' && word.endsWith('ie')) return [`${word.slice(0, -2)}ying`];
  if (suffix === 'ing' && /[^aeioy]e$/.test(word)) return [`${word.slice(0, -1)}ing`];
  if (!endsCvc(word)) return [word + suffix];
  const doubled = word + word.slice(-1) + suffix;
  // Short words double (stop -> stopped); longer ones usually do not (visit -> visited).
  return word.length <= 4 ? [doubled, word + suffix] : [word + suffix, doubled];
}

/** Candidate spellings of one inflection of a single word, most likely first. */
export function inflectWord(word: string, inflection: Inflection): string[] {
  if (CLOSED.has(word) || !/^[a-z]+$/.test(word) || word.length < 2) return [];
  const irregular = VERBS.get(word);
  switch (inflection) {
    case 's':
      return plural(word);
    case 'ed':
      return irregular !== undefined ? [irregular[0] ?? ''] : vowelSuffix(word, 'ed');
    case 'en':
      return irregular !== undefined
        ? [irregular[1] ?? irregular[0] ?? '']
        : vowelSuffix(word, 'ed');
    case 'ing':
      return vowelSuffix(word, 'ing');
  }
}

/**
 * Inflected spellings of a word or phrase: one word inflects as a word; a phrase inflects its
 * first word (verb phrases: look into -> looked into), and for -s first its last word (noun
 * phrases: interest rate -> interest rates, then takes part).
 */
export function inflectPhrase(phrase: string, inflection: Inflection): string[] {
  const words = phrase.split(' ');
  const out: string[] = [];
  if (words.length > 1 && inflection === 's') {
    const last = words[words.length - 1] ?? '';
    for (const form of inflectWord(last, inflection)) {
      out.push([...words.slice(0, -1), form].join(' '));
    }
  }
  const first = words[0] ?? '';
  for (const form of inflectWord(first, inflection)) out.push([form, ...words.slice(1)].join(' '));
  return out;
}

const OUR_STEMS =
  /^(colo|favo|hono|labo|behavio|neighbo|humo|rumo|flavo|harbo|vapo|endeavo|savio|armo|valo|vigo|odo|parlo|splendo|tumo|clamo|rigo)r(s|ed|ing|able|ite|ites|hood|hoods)?$/;

/**
 * British spellings of an American word (spinners often write them: authorized -> authorised,
 * color -> colour, center -> centre). Rule-based; may return nothing.
 */
export function britishVariants(word: string): string[] {
  const out: string[] = [];
  const ize = /^([a-z]{4,})(i|y)z(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (ize !== null) out.push(`${ize[1]}${ize[2]}s${ize[3]}`);
  const our = OUR_STEMS.exec(word);
  if (our !== null) out.push(`${our[1]}ur${our[2] ?? ''}`);
  const re = /^(cent|theat|met|fib|lit|somb|lust)er(s)?$/.exec(word);
  if (re !== null) out.push(`${re[1]}re${re[2] ?? ''}`);
  const nce = /^(defen|offen|preten)se(s)?$/.exec(word);
  if (nce !== null) out.push(`${nce[1]}ce${nce[2] ?? ''}`);
  const ll =
    /^(travel|cancel|model|label|signal|fuel|total|level|counsel|channel)(ed|ing|er|ers)$/.exec(
      word,
    );
  if (ll !== null) out.push(`${ll[1]}l${ll[2]}`);
  return out;
}
