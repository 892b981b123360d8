// Generated: every tortured phrase marked safe is restored in a sentence, in lower, Title and
// UPPER case, and (noun phrases) in plural and possessive form. Dictionary phrases only.
import { describe, expect, test } from 'vitest';
import { loadBuiltinDictionaries } from '../../../src/dictionary/load.js';
import { loadInflections } from '../../../src/dictionary/inflections.js';
import { restore } from '../../../src/core/restore.js';
import type { PhraseEntry } from '../../../src/types.js';
import { oneWordCondition } from '../../../src/core/conditions.js';

const [tortured] = loadBuiltinDictionaries(['tortured-phrases']);
const inflections = loadInflections();
const safe = (tortured?.entries ?? []).filter(
  (e) => !e.suggestOnly && e.conditions.proximity === undefined && e.canonical[0] !== '?',
);

/** Three sure phrases of other entries: what a one-word entry with `and=` needs beside its terms. */
const PAPER =
  ' We used an irregular woodland, a bolster vector machine and counterfeit consciousness.';
const PAPER_RESTORED =
  ' We used a random forest, a support vector machine and artificial intelligence.';

function sentence(phrase: string, entry: PhraseEntry): string {
  const context = entry.conditions.requires.map((t) => ` about ${t}`).join('');
  return `We report ${phrase} here${context}.${oneWordCondition(entry) ? PAPER : ''}`;
}

function restoredPhrase(spun: string, entry: PhraseEntry): string | undefined {
  const input = sentence(spun, entry);
  const output = restore(input, { dictionaries: [tortured!], inflections, context: false }).output;
  const prefix = 'We report ';
  const suffix = input.slice(prefix.length + spun.length).replace(PAPER, PAPER_RESTORED);
  if (!output.startsWith(prefix) || !output.endsWith(suffix)) return undefined;
  return output.slice(prefix.length, output.length - suffix.length);
}

/**
 * Where an entry's restoration ends: its canonical, or, when the canonical is itself a spun
 * phrase of the list (a chain in the data: "congested trees" -> "choice trees" -> "decision
 * trees"), where restoring it again ends (restore runs passes to a fixed point).
 */
function restoration(e: PhraseEntry): string {
  const canonical = e.canonical[0] ?? '';
  return restoredPhrase(canonical, e) ?? canonical;
}

const title = (s: string): string =>
  s.replace(/(^|\s)(\p{Ll})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
const isWordy = (s: string): boolean => /^[\p{L} ]+$/u.test(s);

describe(`tortured phrases marked safe (${safe.length})`, () => {
  test('there are thousands of them', () => {
    expect(safe.length).toBeGreaterThan(5000);
  });

  test('lower case: restored exactly', () => {
    const failures = safe.filter((e) => restoredPhrase(e.spun.toLowerCase(), e) !== restoration(e));
    expect(failures.map((e) => `${e.line}: ${e.spun}`)).toEqual([]);
  });

  test('UPPER case: restored in upper case', () => {
    const failures = safe.filter(
      (e) => restoredPhrase(e.spun.toUpperCase(), e) !== restoration(e).toUpperCase(),
    );
    expect(failures.map((e) => `${e.line}: ${e.spun}`)).toEqual([]);
  });

  test('Title Case: same words, capital first letter where the spun phrase has one', () => {
    const firstLetterUpper = (s: string): boolean => /^[^\p{L}]*\p{Lu}/u.test(s);
    const failures = safe.filter((e) => {
      const spun = title(e.spun.toLowerCase());
      const out = restoredPhrase(spun, e) ?? '';
      return (
        out.toLowerCase() !== restoration(e).toLowerCase() ||
        (firstLetterUpper(spun) && !firstLetterUpper(out))
      );
    });
    expect(failures.map((e) => `${e.line}: ${e.spun}`)).toEqual([]);
  });

  // Noun phrases whose plural is not itself an entry (that entry would govern the plural).
  const spunPhrases = new Set((tortured?.entries ?? []).map((e) => e.words.join(' ')));
  const nouns = safe.filter(
    (e) =>
      (e.pos ?? 'noun') === 'noun' &&
      isWordy(e.spun) &&
      isWordy(e.canonical[0] ?? '') &&
      !/s$/.test(e.spun) &&
      (e.words.at(-1) ?? '').length > 1 && // single letters are not inflected
      !/s$/.test(e.canonical[0] ?? '') &&
      !spunPhrases.has(`${e.words.join(' ')}s`) &&
      !spunPhrases.has(`${e.words.join(' ')}es`),
  );

  test(`plural (${nouns.length} noun phrases): the last word of the restoration is plural`, () => {
    const failures = nouns.filter((e) => {
      const spun = e.spun.toLowerCase().replace(/y$/, 'ie') + 's';
      const out = (restoredPhrase(spun, e) ?? '').split(' ');
      const canonical = (e.canonical[0] ?? '').split(' ');
      // Same words but the last, which differs (forests, agencies, mice).
      return !(
        out.length === canonical.length &&
        out.slice(0, -1).join(' ') === canonical.slice(0, -1).join(' ') &&
        out.at(-1) !== canonical.at(-1)
      );
    });
    expect(failures.map((e) => `${e.line}: ${e.spun}`)).toEqual([]);
  });

  test(`possessive (${nouns.length} noun phrases): restored with ’s`, () => {
    const failures = nouns.filter(
      (e) => restoredPhrase(`${e.spun.toLowerCase()}’s`, e) !== `${e.canonical[0]}’s`,
    );
    expect(failures.map((e) => `${e.line}: ${e.spun}`)).toEqual([]);
  });
});
