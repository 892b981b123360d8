// dictionaries/tortured-phrases.tsv from the PPS snapshots in the shared data folder.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { phraseWords, UNKNOWN_CANONICAL } from '../../src/core/phraseEntry.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { genuineCounts } from './genuineEnglish.js';
import { queryConditions } from './ppsQuery.js';
import { cmp, keyOf, renderValid, round3, type Row } from './rows.js';

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

export function buildTortured(dir: string): string {
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
