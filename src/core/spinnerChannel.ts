// A phrase/thesaurus spinner's word swaps, from the `channel` entries of the dictionaries
// ("mentioned" for "said", "nationwide" for "national"). They join the thesaurus candidates of
// the decoder, weighted by how strongly the document shows that spinner's sure phrases: a
// document with "final yr" and "assume tank" in it has had its "said" turned into "mentioned";
// a genuine one has not. They also tell which originals the spinner writes differently, so in
// such a document another word is unlikely to stand for them ("inside" is not its "in").
import type { Dictionary, Thesaurus, ThesaurusCandidate } from '../types.js';
import { regularReadings } from './morphology.js';

export interface SpinnerChannel {
  /** Curated originals by spun key (normalized words joined by one space). */
  readonly bySpun: ReadonlyMap<string, readonly ThesaurusCandidate[]>;
  /** Base forms of the originals the spinner is known to rewrite. */
  readonly covered: ReadonlySet<string>;
  /** Dictionary sources whose sure phrases are evidence of this spinner in a document. */
  readonly sources: ReadonlySet<string>;
  readonly maxWords: number;
}

/** Base form of a word for coverage: the first regular reading (agencies -> agency). */
export function baseForm(word: string): string {
  return regularReadings(word)[1]?.[0] ?? word;
}

const cache = new WeakMap<readonly Dictionary[], SpinnerChannel>();

export function spinnerChannel(dictionaries: readonly Dictionary[]): SpinnerChannel {
  const hit = cache.get(dictionaries);
  if (hit !== undefined) return hit;
  const bySpun = new Map<string, ThesaurusCandidate[]>();
  const covered = new Set<string>();
  const sources = new Set<string>();
  let maxWords = 0;
  for (const d of dictionaries) {
    for (const e of d.entries) {
      if (e.channel !== true) continue;
      const key = e.words.join(' ');
      const list = bySpun.get(key) ?? [];
      for (const original of e.canonical) {
        const text = original.toLowerCase();
        if (list.some((c) => c.text === text)) continue;
        list.push({
          text,
          sources: [],
          firstLemma: false,
          spinner: { prior: e.prior, dictionary: e.dictionary },
        });
        covered.add(baseForm(text));
      }
      bySpun.set(key, list);
      sources.add(e.source);
      maxWords = Math.max(maxWords, e.words.length);
    }
  }
  const channel: SpinnerChannel = { bySpun, covered, sources, maxWords };
  cache.set(dictionaries, channel);
  return channel;
}

const overlays = new WeakMap<SpinnerChannel, WeakMap<Thesaurus, Thesaurus>>();

const EMPTY: Thesaurus = { originals: () => [], maxPhraseWords: 0 };

/**
 * The thesaurus with the spinner's curated originals first; a thesaurus candidate for the same
 * original is merged into the curated one (its sources and channel kept).
 */
export function withSpinnerChannel(
  thesaurus: Thesaurus | undefined,
  channel: SpinnerChannel,
): Thesaurus {
  if (channel.bySpun.size === 0) return thesaurus ?? EMPTY;
  const base = thesaurus ?? EMPTY;
  let byBase = overlays.get(channel);
  if (byBase === undefined) overlays.set(channel, (byBase = new WeakMap()));
  let overlay = byBase.get(base);
  if (overlay === undefined) {
    const memo = new Map<string, readonly ThesaurusCandidate[]>();
    overlay = {
      get maxPhraseWords() {
        return Math.max(base.maxPhraseWords, channel.maxWords);
      },
      originals(spun: string): readonly ThesaurusCandidate[] {
        const curated = channel.bySpun.get(spun);
        if (curated === undefined) return base.originals(spun);
        let merged = memo.get(spun);
        if (merged === undefined) {
          const plain = base.originals(spun);
          merged = [
            ...curated.map((c) => {
              const same = plain.find((p) => p.text === c.text);
              return same === undefined ? c : { ...same, spinner: c.spinner };
            }),
            ...plain.filter((p) => !curated.some((c) => c.text === p.text)),
          ];
          memo.set(spun, merged);
        }
        return merged;
      },
    };
    byBase.set(base, overlay);
  }
  return overlay;
}
