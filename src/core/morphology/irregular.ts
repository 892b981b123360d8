// Irregular English inflections written out: the principal parts of common irregular verbs (WordNet's
// exception lists do not say which form is the past and which the participle), irregular plurals
// and third persons, the nouns whose plural ends in -oes, the verbs of more than one syllable that
// double their last consonant, and the closed-class words that are never inflected. PURE.

export interface VerbParts {
  readonly past: string;
  readonly participle: string;
}

// base past [participle] (participle omitted when it equals the past). `lie` is the verb of
// telling a lie (lied); lie/lay/lain is left out because `lay` is a verb of its own.
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
lean leant|leap leapt|learn learnt|leave left|lend lent|let let|lie lied|light lit|lose lost|make made
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
withhold withheld|withstand withstood|write wrote written|bid bid|forsake forsook forsaken|smite smote smitten
stride strode stridden|slink slunk|string strung|wring wrung|behold beheld|befall befell befallen|beset beset
beget begot begotten|bespeak bespoke bespoken|shoe shod|hew hewed hewn`;

/** Verbs that look like a prefix and an irregular verb but are regular (relay -> relayed). */
export const REGULAR_COMPOUNDS: ReadonlySet<string> = new Set(['relay', 'unwed', 'outlay']);

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

const VERBS = new Map(
  [...table(IRREGULAR_VERBS)].map(([base, [past = '', participle = past]]) => [
    base,
    { past, participle },
  ]),
);
const PLURALS = new Map(
  [...table(IRREGULAR_PLURALS)].map(([base, [plural = '']]) => [base, plural]),
);

const THIRD: ReadonlyMap<string, string> = new Map([
  ['be', 'is'],
  ['have', 'has'],
  ['do', 'does'],
  ['go', 'goes'],
]);

/** Past and participle of an irregular verb of the table. */
export const irregularVerb = (base: string): VerbParts | undefined => VERBS.get(base);
export const irregularPlural = (base: string): string | undefined => PLURALS.get(base);
export const irregularThird = (base: string): string | undefined => THIRD.get(base);

/** Nouns in a consonant and -o whose plural is -oes (the others take -s: photos, pianos). */
export const OES_PLURALS: ReadonlySet<string> = new Set(
  (
    'potato tomato hero echo veto torpedo embargo mosquito tornado volcano domino buffalo ' +
    'cargo motto grotto no'
  ).split(' '),
);

/**
 * Verbs of two or more syllables stressed on the last, which double its consonant (commit ->
 * committed, refer -> referred, control -> controlled); the others do not (visit -> visited,
 * offer -> offered, benefit -> benefited, travel -> traveled: US spelling). Also matched with
 * the prefixes of STRESSED_PREFIXES (resubmit, outwit).
 */
export const STRESSED_FINAL: ReadonlySet<string> = new Set(
  (
    'admit commit submit permit omit emit transmit remit acquit outwit refer prefer confer defer ' +
    'infer transfer occur recur incur concur compel expel propel repel dispel impel excel rebel ' +
    'control patrol extol regret forget beget begin equip abet deter refit befit format program ' +
    'kidnap'
  ).split(' '),
);

/**
 * Verbs WordNet's exception lists double that US spelling does not (benefitted, combatted are
 * British or rare): see doublesFinal.
 */
export const US_SINGLE: ReadonlySet<string> = new Set(
  'benefit combat bayonet facet ricochet carburet sulphuret curet curvet revet brevet'.split(' '),
);

export const STRESSED_PREFIXES: readonly string[] = ['re', 'un', 'mis', 'over', 'under', 'out'];

/** Words never inflected (closed-class words, which only look like lemmas). */
export const CLOSED_CLASS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor of to in on at by for with from into onto upon out off up down over under ' +
    'about above across after against along among around as before behind below beneath beside between ' +
    'beyond during except inside near past since than through throughout till toward towards until via ' +
    'within without i you he she it we they me him her us them my your his its our their this that these ' +
    'those who whom whose which what not no yes so too very also well all any each every some such ' +
    'there here then now once when where why how'
  ).split(' '),
);
