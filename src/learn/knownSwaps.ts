// Swaps the built-in dictionaries already hold, so that a learned dictionary counts them instead
// of repeating them. Pure.
import { phraseWords } from '../core/phraseEntry.js';
import type { Dictionary } from '../types.js';

/** The name of a dictionary that holds spun key -> original, or undefined. */
export type KnownSwaps = (key: string, original: string) => string | undefined;

export function knownSwaps(dictionaries: readonly Dictionary[]): KnownSwaps {
  const byKey = new Map<
    string,
    Array<{ readonly name: string; readonly originals: Set<string> }>
  >();
  for (const d of dictionaries) {
    for (const e of d.entries) {
      const key = e.words.join(' ');
      const list = byKey.get(key) ?? [];
      list.push({
        name: d.name,
        originals: new Set(e.canonical.map((c) => phraseWords(c).join(' '))),
      });
      byKey.set(key, list);
    }
  }
  return (key, original) => {
    const words = phraseWords(original).join(' ');
    return byKey.get(key)?.find((e) => e.originals.has(words))?.name;
  };
}
