// Checks a parsed dictionary for entries that are well-formed but wrong: duplicates, identity
// mappings, loops and chains, re-triggering restorations, unknown canonicals that could be
// applied, examples that do not show their phrase. Pure: returns problems, prints nothing.
import { tokenize } from '../core/tokenize.js';
import type { Dictionary, PhraseEntry } from '../types.js';
import type { DictionaryProblem } from './errors.js';
import { phraseWords, UNKNOWN_CANONICAL } from '../core/phraseEntry.js';
import { PhraseIndex } from '../core/phraseIndex.js';

const key = (words: readonly string[]): string => words.join(' ');

/** True when `needle` occurs as a contiguous run inside `hay`. */
function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  for (let i = 0; i + needle.length <= hay.length; i++) {
    if (needle.every((word, j) => hay[i + j] === word)) return true;
  }
  return false;
}

/** The canonical capitalises a letter that the spun phrase writes in lower case. */
function raisesCase(spun: string, canonical: string): boolean {
  const a = [...spun.trim().replace(/\s+/g, ' ')];
  const b = [...canonical.trim().replace(/\s+/g, ' ')];
  return (
    a.length === b.length && b.some((c, i) => c !== c.toLowerCase() && a[i] === c.toLowerCase())
  );
}

function fieldProblems(entry: PhraseEntry): string[] {
  const out: string[] = [];
  if (entry.spun.trim() === '' || entry.words.length === 0) out.push(`empty field 'spun'`);
  if (entry.canonical.length === 0 || entry.canonical.some((c) => c.trim() === '')) {
    out.push(`empty field 'canonical'`);
  }
  if (entry.source.trim() === '') out.push(`empty field 'source'`);
  if (!(entry.prior > 0 && entry.prior <= 1)) out.push(`bad prior ${entry.prior}: expected (0, 1]`);
  return out;
}

function unknownProblems(entry: PhraseEntry): string[] {
  if (!entry.canonical.includes(UNKNOWN_CANONICAL)) return [];
  if (entry.canonical.length > 1) return [`unknown canonical '?' cannot have alternatives`];
  return entry.suggestOnly ? [] : [`unknown canonical '?' needs the 'suggest' flag`];
}

/**
 * A `channel` entry is a candidate the decoder weighs, not a rewrite: swaps in both directions
 * (focused <-> targeted) are what spinners do, so loops and chains are fine; it cannot flag only,
 * be suggest-only, or span words apart.
 */
function channelProblems(entry: PhraseEntry): string[] {
  if (entry.channel !== true) return [];
  const out: string[] = [];
  if (entry.canonical.includes(UNKNOWN_CANONICAL))
    out.push(`a 'channel' entry needs a canonical, not '?'`);
  if (entry.suggestOnly) out.push(`flags 'channel' and 'suggest' cannot go together`);
  if (entry.conditions.proximity !== undefined)
    out.push(`flags 'channel' and 'near' cannot go together`);
  return out;
}

function restorationProblems(
  entry: PhraseEntry,
  bySpun: ReadonlyMap<string, PhraseEntry>,
): string[] {
  const out: string[] = [];
  for (const canonical of entry.canonical) {
    if (canonical === UNKNOWN_CANONICAL) continue;
    const words = phraseWords(canonical);
    if (key(words) === key(entry.words)) {
      // Capitals the spun phrase lacks ("new york" -> "New York") fix the case: a restoration
      // keeps its own capitals and the text as restored is no finding, so the entry settles.
      // Anything else restores to itself (the writer's case is carried over).
      if (!raisesCase(entry.spun, canonical))
        out.push(`identity mapping: '${entry.spun}' restores to itself`);
      continue;
    }
    if (entry.channel === true) continue;
    if (containsRun(words, entry.words)) {
      out.push(`canonical '${canonical}' contains the spun phrase: applying it would match again`);
    }
    const next = bySpun.get(key(words));
    if (next === undefined || next === entry) continue;
    const back = next.canonical.some((c) => key(phraseWords(c)) === key(entry.words));
    out.push(
      back
        ? `loop: '${entry.spun}' -> '${canonical}' -> '${entry.spun}' (line ${next.line})`
        : `chain: canonical '${canonical}' is itself a spun phrase (line ${next.line})`,
    );
  }
  return out;
}

function exampleProblems(entry: PhraseEntry): string[] {
  if (entry.examples.length === 0) return [];
  const index = new PhraseIndex([entry]);
  return entry.examples
    .filter((example) => index.match(tokenize(example.spun)).length === 0)
    .map((example) => `example '${example.spun}' does not contain the spun phrase`);
}

/** All problems of a dictionary, in line order. An empty array means the file is clean. */
export function validateDictionary(dict: Dictionary): DictionaryProblem[] {
  const problems: DictionaryProblem[] = [];
  const bySpun = new Map<string, PhraseEntry>();
  for (const entry of dict.entries) {
    const first = bySpun.get(key(entry.words));
    if (first === undefined) bySpun.set(key(entry.words), entry);
    else {
      const message = `duplicate spun phrase '${entry.spun}' (first at line ${first.line})`;
      problems.push({ file: dict.origin, line: entry.line, message });
    }
  }
  for (const entry of dict.entries) {
    const messages = [
      ...fieldProblems(entry),
      ...unknownProblems(entry),
      ...channelProblems(entry),
      ...restorationProblems(entry, bySpun),
      ...exampleProblems(entry),
    ];
    for (const message of messages) problems.push({ file: dict.origin, line: entry.line, message });
  }
  return problems.sort((a, b) => a.line - b.line);
}
