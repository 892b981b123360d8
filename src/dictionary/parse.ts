// Parser of the phrase-dictionary line format (spec: dictionaries/README.md).
//
//   spun<TAB>canonical[|alternative…]<TAB>flags<TAB>source<TAB>prior
//   >	spun sentence => restored sentence        (example of the entry above)
//   #! key: value                                (dictionary metadata)
//   # comment                                    (and blank lines: ignored)
import { phraseWords } from '../core/phraseEntry.js';
import type {
  Dictionary,
  EntryConditions,
  EntryExample,
  PartOfSpeech,
  PhraseEntry,
} from '../types.js';
import { DictionaryError } from './errors.js';

const POS_VALUES: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv', 'other'];
const MAX_NEAR = 1000;
const SOURCE_RE = /^[^\s|,]+$/;
const PRIOR_RE = /^(?:\d+(?:\.\d*)?|\.\d+)$/;
const HEADER_RE = /^#!\s*([A-Za-z][\w-]*)\s*:\s*(.*?)\s*$/;
const EXAMPLE_SEPARATOR = ' => ';

interface ParsedFlags {
  readonly suggestOnly: boolean;
  readonly channel: boolean;
  readonly lowercase: boolean;
  readonly conditions: EntryConditions;
  readonly pos?: PartOfSpeech;
}

/** Builds errors for one line: `fail('message')` throws `FILE:LINE: message`. */
type Fail = (reason: string) => never;

function parseFlags(field: string, fail: Fail): ParsedFlags {
  let suggestOnly = false;
  let channel = false;
  let lowercase = false;
  let proximity: number | undefined;
  let pos: PartOfSpeech | undefined;
  const requires: string[] = [];
  const excludes: string[] = [];
  if (field === '' || field === '-')
    return { suggestOnly, channel, lowercase, conditions: { requires, excludes } };
  for (const raw of field.split(',')) {
    const flag = raw.trim();
    const eq = flag.indexOf('=');
    const key = eq < 0 ? flag : flag.slice(0, eq);
    const value = eq < 0 ? undefined : flag.slice(eq + 1).trim();
    if (key === 'suggest' && value === undefined) {
      if (suggestOnly) fail(`repeated flag 'suggest'`);
      suggestOnly = true;
    } else if (key === 'lower' && value === undefined) {
      if (lowercase) fail(`repeated flag 'lower'`);
      lowercase = true;
    } else if (key === 'channel' && value === undefined) {
      if (channel) fail(`repeated flag 'channel'`);
      channel = true;
    } else if (key === 'and' || key === 'not') {
      if (value === undefined || value === '') fail(`flag '${key}' needs a term: ${key}=TERM`);
      (key === 'and' ? requires : excludes).push(value);
    } else if (key === 'near') {
      if (proximity !== undefined) fail(`repeated flag 'near'`);
      proximity = parseNear(value, fail);
    } else if (key === 'pos') {
      if (pos !== undefined) fail(`repeated flag 'pos'`);
      if (!POS_VALUES.includes(value as PartOfSpeech)) {
        fail(`bad pos '${value ?? ''}': expected noun, verb, adj, adv or other`);
      }
      pos = value as PartOfSpeech;
    } else {
      fail(`unknown flag '${flag}'`);
    }
  }
  const conditions: EntryConditions =
    proximity === undefined ? { requires, excludes } : { requires, excludes, proximity };
  return pos === undefined
    ? { suggestOnly, channel, lowercase, conditions }
    : { suggestOnly, channel, lowercase, conditions, pos };
}

function parseNear(value: string | undefined, fail: Fail): number {
  const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(n >= 1 && n <= MAX_NEAR)) {
    fail(`bad near '${value ?? ''}': expected a whole number from 1 to ${MAX_NEAR}`);
  }
  return n;
}

function parsePrior(field: string, fail: Fail): number {
  const prior = PRIOR_RE.test(field) ? Number(field) : NaN;
  if (!(prior > 0 && prior <= 1)) fail(`bad prior '${field}': expected a number in (0, 1]`);
  return prior;
}

function parseCanonical(field: string, fail: Fail): string[] {
  const options = field.split('|').map((option) => option.trim());
  if (options.some((option) => option === '')) fail('empty alternative in canonical');
  return options;
}

const COLUMNS = ['spun', 'canonical', 'flags', 'source', 'prior'] as const;

function parseEntryLine(
  line: string,
  lineNo: number,
  name: string,
  fail: Fail,
): Omit<PhraseEntry, 'examples'> {
  const fields = line.split('\t');
  if (fields.length !== COLUMNS.length) {
    fail(`expected ${COLUMNS.length} tab-separated columns, found ${fields.length}`);
  }
  const [spunRaw, canonicalRaw, flagsRaw, sourceRaw, priorRaw] = fields.map((f) => f.trim());
  COLUMNS.forEach((column, i) => {
    if (column !== 'flags' && fields[i]?.trim() === '') fail(`empty field '${column}'`);
  });
  const spun = spunRaw ?? '';
  const words = phraseWords(spun);
  if (words.length === 0) fail(`spun phrase '${spun}' has no words`);
  const source = sourceRaw ?? '';
  if (!SOURCE_RE.test(source)) fail(`bad source '${source}': expected one token without spaces`);
  const flags = parseFlags(flagsRaw ?? '', fail);
  const entry = {
    spun,
    words,
    canonical: parseCanonical(canonicalRaw ?? '', fail),
    suggestOnly: flags.suggestOnly,
    ...(flags.channel ? { channel: true } : {}),
    ...(flags.lowercase ? { lowercase: true } : {}),
    conditions: flags.conditions,
    source,
    prior: parsePrior(priorRaw ?? '', fail),
    dictionary: name,
    line: lineNo,
  };
  return flags.pos === undefined ? entry : { ...entry, pos: flags.pos };
}

function parseExample(line: string, fail: Fail): EntryExample {
  const body = line.slice(2).trim();
  const at = body.indexOf(EXAMPLE_SEPARATOR);
  const spun = at < 0 ? '' : body.slice(0, at).trim();
  const restored = at < 0 ? '' : body.slice(at + EXAMPLE_SEPARATOR.length).trim();
  if (spun === '' || restored === '' || restored.includes(EXAMPLE_SEPARATOR)) {
    fail(`bad example: expected '>\\tspun sentence => restored sentence'`);
  }
  return { spun, restored };
}

interface Draft {
  entry: Omit<PhraseEntry, 'examples'>;
  examples: EntryExample[];
}

/**
 * Parses a phrase dictionary. `name` becomes `PhraseEntry.dictionary`; `origin` (a path) names
 * the file in errors. Throws DictionaryError (`origin:line: message`) on the first bad line.
 */
export function parseDictionary(text: string, name: string, origin: string): Dictionary {
  const meta: Record<string, string> = {};
  const drafts: Draft[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    const fail: Fail = (reason) => {
      throw new DictionaryError(origin, lineNo, reason);
    };
    if (line.trim() === '') return;
    if (line.startsWith('#!')) {
      const m = HEADER_RE.exec(line);
      if (m === null) fail(`bad header: expected '#! key: value'`);
      const key = (m?.[1] ?? '').toLowerCase();
      const value = m?.[2] ?? '';
      if (key === 'infer' && value !== 'word-swaps') {
        fail(`bad header: infer must be 'word-swaps' (got '${value}')`);
      }
      meta[key] = value;
    } else if (line.startsWith('#')) {
      return;
    } else if (line.startsWith('>\t') || line === '>') {
      const last = drafts[drafts.length - 1];
      if (last === undefined) fail('example without a preceding entry');
      last?.examples.push(parseExample(line, fail));
    } else {
      drafts.push({ entry: parseEntryLine(line, lineNo, name, fail), examples: [] });
    }
  });
  const entries = drafts.map(({ entry, examples }) => ({ ...entry, examples }));
  return { name, origin, meta, entries };
}
