// The learned dictionary, checked by the validator before it is written: an example that does
// not show its phrase is dropped; a sure entry the validator refuses (a loop or chain with
// another sure entry, a restoration that holds the spun words) becomes a channel entry, which
// the validator allows; a channel entry it refuses is dropped. Pure.
import { parseDictionary } from '../dictionary/parse.js';
import { validateDictionary } from '../dictionary/validate.js';
import { formatLearned, type LearnedHeader } from './formatLearned.js';
import { learnedPrior, type LearnedEntry } from './learnedEntry.js';

export interface ValidLearned {
  readonly text: string;
  readonly entries: readonly LearnedEntry[];
  /** `spun -> original: validator message` for each entry dropped. */
  readonly dropped: readonly string[];
}

const ROUNDS = 4;

function withoutExample(e: LearnedEntry): LearnedEntry {
  const copy = { ...e };
  delete copy.example;
  return copy;
}

/** Renders, validates and repairs until the validator has nothing to say. */
export function validLearned(
  header: LearnedHeader,
  entries: readonly LearnedEntry[],
): ValidLearned {
  let current = [...entries];
  const dropped: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const { text, lines } = formatLearned(header, current);
    const problems = validateDictionary(parseDictionary(text, header.name, header.name));
    if (problems.length === 0) return { text, entries: current, dropped };
    const byLine = new Map(lines.map((line, k) => [line, k]));
    const next: Array<LearnedEntry | undefined> = [...current];
    for (const p of problems) {
      const k = byLine.get(p.line);
      const e = k === undefined ? undefined : next[k];
      if (k === undefined || e === undefined) continue;
      if (p.message.startsWith('example ')) {
        next[k] = withoutExample(e);
      } else if (!e.channel && round < ROUNDS - 1) {
        next[k] = {
          ...e,
          channel: true,
          prior: learnedPrior(true, e.consistency),
          reason: `${e.reason} (${p.message})`,
        };
      } else {
        next[k] = undefined;
        dropped.push(`${e.spun} -> ${e.canonical.join('|')}: ${p.message}`);
      }
    }
    current = next.filter((e): e is LearnedEntry => e !== undefined);
  }
  const { text } = formatLearned(header, current);
  return { text, entries: current, dropped };
}
