// Word forms for the benchmark spinners: a written word is analysed as a lemma and a form
// (agencies = agency + plural, told = tell + past), so that a table rule made on lemmas can swap
// inflected words and write the substitute in the same form (told -> informed). Rough rules, enough
// for synthetic spun text; independent of src/ (the restorer has its own inflection).
import { pluralize } from './words.js';

export type Form = 'base' | 'plural' | 'third' | 'past' | 'participle' | 'pastBoth' | 'ing';

export interface Analysis {
  readonly lemma: string;
  readonly form: Form;
}

// base past participle; the commonest irregular verbs of English.
const IRREGULAR = `arise arose arisen;awake awoke awoken;be was been;bear bore borne;beat beat beaten;
become became become;begin began begun;bend bent bent;bet bet bet;bind bound bound;bite bit bitten;
bleed bled bled;blow blew blown;break broke broken;bring brought brought;build built built;
burn burnt burnt;buy bought bought;catch caught caught;choose chose chosen;come came come;
cost cost cost;creep crept crept;cut cut cut;deal dealt dealt;dig dug dug;do did done;draw drew drawn;
drink drank drunk;drive drove driven;eat ate eaten;fall fell fallen;feed fed fed;feel felt felt;
fight fought fought;find found found;flee fled fled;fly flew flown;forbid forbade forbidden;
forget forgot forgotten;forgive forgave forgiven;freeze froze frozen;get got gotten;give gave given;
go went gone;grow grew grown;hang hung hung;have had had;hear heard heard;hide hid hidden;hit hit hit;
hold held held;hurt hurt hurt;keep kept kept;know knew known;lay laid laid;lead led led;
leave left left;lend lent lent;let let let;lie lay lain;light lit lit;lose lost lost;make made made;
mean meant meant;meet met met;overcome overcame overcome;pay paid paid;put put put;quit quit quit;
read read read;ride rode ridden;ring rang rung;rise rose risen;run ran run;say said said;see saw seen;
seek sought sought;sell sold sold;send sent sent;set set set;shake shook shaken;shine shone shone;
shoot shot shot;show showed shown;shrink shrank shrunk;shut shut shut;sing sang sung;sink sank sunk;
sit sat sat;sleep slept slept;slide slid slid;speak spoke spoken;spend spent spent;split split split;
spread spread spread;spring sprang sprung;stand stood stood;steal stole stolen;stick stuck stuck;
strike struck struck;strive strove striven;swear swore sworn;sweep swept swept;swim swam swum;
swing swung swung;take took taken;teach taught taught;tear tore torn;tell told told;
think thought thought;throw threw thrown;undergo underwent undergone;understand understood understood;
undertake undertook undertaken;uphold upheld upheld;wake woke woken;wear wore worn;weep wept wept;
win won won;wind wound wound;withdraw withdrew withdrawn;withhold withheld withheld;
withstand withstood withstood;write wrote written`;

interface Irregular {
  readonly past: string;
  readonly participle: string;
}

const BY_BASE = new Map<string, Irregular>();
const BY_FORM = new Map<string, Analysis[]>();
for (const entry of IRREGULAR.split(/;\s*/)) {
  const [base, past, participle] = entry.trim().split(' ') as [string, string, string];
  BY_BASE.set(base, { past, participle });
  const add = (form: string, a: Analysis): void => {
    BY_FORM.set(form, [...(BY_FORM.get(form) ?? []), a]);
  };
  if (past === participle) add(past, { lemma: base, form: 'pastBoth' });
  else {
    add(past, { lemma: base, form: 'past' });
    add(participle, { lemma: base, form: 'participle' });
  }
}

const IRREGULAR_NOUNS: Readonly<Record<string, string>> = {
  men: 'man',
  women: 'woman',
  children: 'child',
  people: 'person',
  feet: 'foot',
  teeth: 'tooth',
  lives: 'life',
  wives: 'wife',
  knives: 'knife',
  halves: 'half',
  selves: 'self',
  shelves: 'shelf',
  thieves: 'thief',
  leaves: 'leaf',
};

const VOWELS = /[aeiou]/g;

/** One-syllable words ending consonant-vowel-consonant double it: stop -> stopped, plan -> planning. */
function doubles(verb: string): boolean {
  return /[^aeiou][aeiou][bdgklmnprt]$/.test(verb) && (verb.match(VOWELS) ?? []).length === 1;
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return verb + 'd';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ied';
  if (doubles(verb)) return verb + verb.slice(-1) + 'ed';
  return verb + 'ed';
}

function ing(verb: string): string {
  if (/ie$/.test(verb)) return verb.slice(0, -2) + 'ying';
  if (/[^aeioy]e$/.test(verb) && verb !== 'be') return verb.slice(0, -1) + 'ing';
  if (doubles(verb)) return verb + verb.slice(-1) + 'ing';
  return verb + 'ing';
}

function third(verb: string): string {
  if (verb === 'have') return 'has';
  if (verb === 'be') return 'is';
  if (/[^aeiou]y$/.test(verb)) return verb.slice(0, -1) + 'ies';
  if (/(s|x|z|ch|sh|o)$/.test(verb)) return verb + 'es';
  return verb + 's';
}

/** A single word in `form`, or undefined when the form cannot be made reliably. */
function inflectWord(word: string, form: Form): string | undefined {
  const irregular = BY_BASE.get(word);
  switch (form) {
    case 'base':
      return word;
    case 'plural':
      return pluralize(word);
    case 'third':
      return third(word);
    case 'ing':
      return ing(word);
    case 'past':
      return irregular?.past ?? regularPast(word);
    case 'participle':
      return irregular?.participle ?? regularPast(word);
    case 'pastBoth':
      // The written word is past and participle at once (told): only a substitute whose two
      // forms agree keeps that ambiguity.
      if (irregular === undefined) return regularPast(word);
      return irregular.past === irregular.participle ? irregular.past : undefined;
  }
}

/**
 * A lemma (word or phrase) in `form`: verb forms inflect the first word (carry out -> carried
 * out), plurals the last (think tank -> think tanks).
 */
export function inflect(lemma: string, form: Form): string | undefined {
  const words = lemma.split(' ');
  const at = form === 'plural' ? words.length - 1 : 0;
  const w = inflectWord(words[at] as string, form);
  if (w === undefined) return undefined;
  words[at] = w;
  return words.join(' ');
}

/** The part of speech a form belongs to (base forms: any). */
export function posOfForm(form: Form): 'noun' | 'verb' | undefined {
  if (form === 'base') return undefined;
  return form === 'plural' ? 'noun' : 'verb';
}

/**
 * Possible analyses of a lowercase written word: irregular forms first, then regular inflections
 * by `weight(lemma, pos)` (how common the lemma is in that part of speech, 0 when unknown:
 * "gets" is rather get + third person than the plural of the noun get), the base form last.
 */
export function analyses(
  word: string,
  weight: (lemma: string, pos: 'noun' | 'verb') => number,
): Analysis[] {
  const out: Analysis[] = [...(BY_FORM.get(word) ?? [])];
  const irregularNoun = IRREGULAR_NOUNS[word];
  if (irregularNoun !== undefined) out.push({ lemma: irregularNoun, form: 'plural' });
  const regular: Array<readonly [Analysis, number]> = [];
  const tryAdd = (lemma: string, form: Form): void => {
    const w = lemma.length > 2 ? weight(lemma, posOfForm(form) as 'noun' | 'verb') : 0;
    if (w > 0 && inflect(lemma, form) === word) regular.push([{ lemma, form }, w]);
  };
  const stem = (n: number): string => word.slice(0, word.length - n);
  if (word.endsWith('ed')) {
    for (const lemma of [stem(2), stem(1), stem(3), stem(3) + 'y']) tryAdd(lemma, 'pastBoth');
  }
  if (word.endsWith('ing')) {
    for (const lemma of [stem(3), stem(3) + 'e', stem(4), stem(4) + 'ie']) tryAdd(lemma, 'ing');
  }
  if (word.endsWith('s') && !word.endsWith('ss')) {
    for (const lemma of [stem(1), stem(2), stem(3) + 'y']) {
      tryAdd(lemma, 'plural');
      tryAdd(lemma, 'third');
    }
  }
  regular.sort((a, b) => b[1] - a[1]);
  out.push(...regular.map(([a]) => a), { lemma: word, form: 'base' });
  return out.filter((a, i) => out.findIndex((b) => b.lemma === a.lemma && b.form === a.form) === i);
}
