// Evidence that survives the repair it led to. Once --write has restored a text's sure phrases,
// the text no longer looks spun, and the changes a reader still has to review (suggestions, the
// spinner's word swaps that its sure phrases opened the gate for) would vanish. The CLI keeps
// the evidence of the run that wrote the file (RestoreResult.evidence) beside it; a later run
// passes it back (RestoreOptions.evidence), and each recorded restoration found in the text
// counts as the sure phrase it replaced, for the spinner gates and the dictionaries' `and=`
// corroboration alike, without being a change itself.
import type { PhraseEntry, RecordedPhrase, SpinEvidence, Token } from '../types.js';
import type { PhraseCandidate } from './phraseCandidates.js';
import { phraseWords } from './phraseEntry.js';
import { isContentToken } from './tokenize.js';

/** Most phrases kept (the first ones found): enough to open any gate, small to store. */
export const MAX_RECORDED = 50;

/** Recorded evidence as read back from a file: only what is well-formed is kept. */
export function cleanEvidence(data: unknown): SpinEvidence | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { phrases, changes } = data as { phrases?: unknown; changes?: unknown };
  if (!Array.isArray(phrases) || typeof changes !== 'number' || !(changes >= 0)) return undefined;
  const kept = phrases.filter(
    (p): p is RecordedPhrase =>
      typeof p === 'object' &&
      p !== null &&
      typeof p.text === 'string' &&
      p.text.trim() !== '' &&
      typeof p.dictionary === 'string' &&
      typeof p.source === 'string' &&
      typeof p.prior === 'number' &&
      p.prior > 0 &&
      p.prior <= 1,
  );
  return { phrases: kept.slice(0, MAX_RECORDED), changes: Math.floor(changes) };
}

/** The two pieces of evidence together, each phrase once. */
export function mergeEvidence(a: SpinEvidence | undefined, b: SpinEvidence): SpinEvidence {
  if (a === undefined) return b;
  const seen = new Set<string>();
  const phrases = [...a.phrases, ...b.phrases].filter((p) => {
    const key = `${p.dictionary}\u0000${phraseWords(p.text).join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { phrases: phrases.slice(0, MAX_RECORDED), changes: a.changes + b.changes };
}

function evidenceEntry(p: RecordedPhrase, words: readonly string[]): PhraseEntry {
  return {
    spun: p.text,
    words,
    canonical: [p.text],
    suggestOnly: false,
    conditions: { requires: [], excludes: [] },
    source: p.source,
    prior: p.prior,
    dictionary: p.dictionary,
    line: 0,
    examples: [],
  };
}

/**
 * One candidate per recorded phrase, at its first occurrence that no other candidate covers:
 * its only option is the text as written, so it changes nothing and counts as a sure phrase.
 */
export function recordedCandidates(
  tokens: readonly Token[],
  evidence: SpinEvidence | undefined,
  taken: (firstToken: number, lastToken: number) => boolean,
): PhraseCandidate[] {
  if (evidence === undefined || evidence.phrases.length === 0) return [];
  const content: number[] = [];
  tokens.forEach((t, i) => {
    if (isContentToken(t)) content.push(i);
  });
  const byFirst = new Map<string, Array<{ phrase: RecordedPhrase; words: string[] }>>();
  for (const phrase of evidence.phrases) {
    const words = phraseWords(phrase.text);
    if (words.length === 0) continue;
    const list = byFirst.get(words[0] as string) ?? [];
    list.push({ phrase, words });
    byFirst.set(words[0] as string, list);
  }
  const out: PhraseCandidate[] = [];
  const found = new Set<RecordedPhrase>();
  for (let k = 0; k < content.length && found.size < evidence.phrases.length; k++) {
    for (const { phrase, words } of byFirst.get((tokens[content[k] as number] as Token).norm) ??
      []) {
      if (found.has(phrase)) continue;
      const matched = words.every((w, j) => tokens[content[k + j] ?? -1]?.norm === w);
      const first = content[k] as number;
      const last = content[k + words.length - 1] as number;
      if (!matched || taken(first, last)) continue;
      const actual = tokens
        .slice(first, last + 1)
        .map((t) => t.text)
        .join('');
      const entry = evidenceEntry(phrase, words);
      out.push({
        span: [(tokens[first] as Token).span[0], (tokens[last] as Token).span[1]],
        firstToken: first,
        lastToken: last,
        actual,
        options: [{ text: actual, entry, rank: 0 }],
        spread: false,
        inflected: false,
      });
      found.add(phrase);
    }
  }
  return out;
}
