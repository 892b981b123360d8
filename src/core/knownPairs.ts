// The spinner's channel, read off the curated dictionaries: aligning the words of a spun phrase
// with its restoration ("regulation enforcement" -> "law enforcement") shows which word a
// spinner writes for which ("regulation" for "law"). Thesaurus candidates that match such a
// pair get a stronger channel probability.
import type { Dictionary } from '../types.js';
import { baseForm } from './morphology/index.js';
import { IdentityCache } from './identity.js';

const cache = new IdentityCache<ReadonlySet<string>>();

function key(observed: string, original: string): string {
  return `${observed}→${original}`;
}

export function knownPairs(dictionaries: readonly Dictionary[]): ReadonlySet<string> {
  return cache.get(dictionaries, () => gather(dictionaries));
}

function gather(dictionaries: readonly Dictionary[]): ReadonlySet<string> {
  const pairs = new Set<string>();
  for (const d of dictionaries) {
    for (const e of d.entries) {
      if (e.suggestOnly || e.source !== 'curated') continue;
      const spun = e.spun.toLowerCase().split(/\s+/);
      const canonical = (e.canonical[0] ?? '').toLowerCase().split(/\s+/);
      if (spun.length !== canonical.length || spun.length < 2) continue;
      spun.forEach((w, i) => {
        const c = canonical[i] ?? w;
        if (w !== c && /^[a-z]+$/.test(w) && /^[a-z]+$/.test(c)) {
          pairs.add(key(w, c));
          pairs.add(key(baseForm(w), baseForm(c)));
        }
      });
    }
  }
  return pairs;
}

export function isKnownPair(
  pairs: ReadonlySet<string>,
  observed: string,
  original: string,
): boolean {
  return (
    pairs.has(key(observed, original)) || pairs.has(key(baseForm(observed), baseForm(original)))
  );
}
