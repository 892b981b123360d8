// dictionaries/news-spinner.tsv from the curated scripts/data/news-spinner.src.tsv, checked
// against a trigram LM and screened against genuine English.
import { readFileSync } from 'node:fs';
import { phraseWords, UNKNOWN_CANONICAL } from '../../src/core/phraseEntry.js';
import { parseDictionary } from '../../src/dictionary/parse.js';
import { genuineCounts } from './genuineEnglish.js';
import { lmWords, loadLm, missingNgram, phraseScore } from './lmCheck.js';
import { cmp, keyOf, renderValid, round3, type Row } from './rows.js';

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

export async function buildNews(srcPath: string, lmPath: string): Promise<string> {
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
