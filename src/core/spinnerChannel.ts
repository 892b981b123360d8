// A phrase/thesaurus spinner's word swaps, from the `channel` entries of the dictionaries
// ("mentioned" for "said", "nationwide" for "national"). They join the thesaurus candidates of
// the decoder, weighted by how strongly the document shows that spinner's sure phrases: a
// document with "final yr" and "assume tank" in it has had its "said" turned into "mentioned";
// a genuine one has not. They also tell which originals the spinner writes differently, so in
// such a document another word is unlikely to stand for them ("inside" is not its "in").
import type { Dictionary, Thesaurus, ThesaurusCandidate } from '../types.js';
import { baseForm } from './morphology/index.js';
import { IdentityCache } from './identity.js';
import { ALTERNATIVE_SHARE } from './tuning.js';

/** One spinner: the entries of one `source`, channel swaps and sure phrases. */
export interface SpinnerFamily {
  /** The `source` column of its entries; its sure phrases show it in a document. */
  readonly source: string;
  /** Base forms of the originals it is known to rewrite. */
  readonly covered: ReadonlySet<string>;
  /**
   * How a thesaurus swap its lists lack compares, in a document it went through, with one in a
   * document of unknown origin (`#! unlisted-rate`; 1 when not given: no discount).
   */
  readonly unlistedRate: number;
}

export interface SpinnerChannel {
  /** Curated originals by spun key (normalized words joined by one space). */
  readonly bySpun: ReadonlyMap<string, readonly ThesaurusCandidate[]>;
  readonly families: ReadonlyMap<string, SpinnerFamily>;
  readonly maxWords: number;
}

const cache = new IdentityCache<SpinnerChannel>();

export function spinnerChannel(dictionaries: readonly Dictionary[]): SpinnerChannel {
  return cache.get(dictionaries, () => gather(dictionaries));
}

function gather(dictionaries: readonly Dictionary[]): SpinnerChannel {
  const bySpun = new Map<string, ThesaurusCandidate[]>();
  const covered = new Map<string, Set<string>>();
  const rates = new Map<string, number>();
  let maxWords = 0;
  for (const d of dictionaries) {
    const rate = Number(d.meta['unlisted-rate']);
    for (const e of d.entries) {
      if (e.channel !== true) continue;
      if (rate >= 0 && rate <= 1 && !rates.has(e.source)) rates.set(e.source, rate);
      let seen = covered.get(e.source);
      if (seen === undefined) covered.set(e.source, (seen = new Set()));
      const key = e.words.join(' ');
      const list = bySpun.get(key) ?? [];
      e.canonical.forEach((original, k) => {
        // A proper noun keeps its capitals ("america" -> "the United States").
        const text = /\p{Lu}/u.test(original) ? original : original.toLowerCase();
        if (list.some((c) => c.text.toLowerCase() === text.toLowerCase())) return;
        // Alternatives come after the preferred original: they get part of its prior.
        const prior = k === 0 ? e.prior : e.prior * ALTERNATIVE_SHARE;
        list.push({
          text,
          sources: [],
          firstLemma: false,
          spinner: {
            prior,
            dictionary: e.dictionary,
            family: e.source,
            ...(e.lowercase === true ? { lowercase: true } : {}),
          },
        });
        seen.add(baseForm(text.toLowerCase()));
      });
      bySpun.set(key, list);
      maxWords = Math.max(maxWords, e.words.length);
    }
  }
  const families = new Map<string, SpinnerFamily>();
  for (const [source, set] of covered)
    families.set(source, { source, covered: set, unlistedRate: rates.get(source) ?? 1 });
  return { bySpun, families, maxWords };
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
              const same = plain.find((p) => p.text === c.text.toLowerCase());
              return same === undefined ? c : { ...same, spinner: c.spinner };
            }),
            ...plain.filter((p) => !curated.some((c) => c.text.toLowerCase() === p.text)),
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
