// Sizes on the command line (--max-size 4M) and in messages.

const UNITS: Readonly<Record<string, number>> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3 };

/** The default --max-size: a long book is 1-2 MB; a larger text is most likely not prose. */
export const DEFAULT_MAX_SIZE = 4 * 1024 ** 2;
/**
 * The most --max-size may be. Memory grows with the text (about 1 KB per byte of it in the
 * full engine's working set, far more for a text that is nothing but dictionary phrases), so a
 * limit stays: past it, a file is refused rather than run out of memory.
 */
export const MAX_MAX_SIZE = 256 * 1024 ** 2;

/** `4M`, `512K`, `100000` (bytes); K, M, G are powers of 1024. NaN when malformed. */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([KMG]?)i?B?\s*$/i.exec(value);
  if (m === null) return NaN;
  return Math.round(Number(m[1]) * (UNITS[(m[2] ?? '').toUpperCase()] ?? NaN));
}

/** `20.0M`, `512K`, `300 bytes`: the --max-size syntax, so a message's figure can be pasted. */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [
    ['G', 1024 ** 3],
    ['M', 1024 ** 2],
    ['K', 1024],
  ] as const) {
    if (bytes >= size) return `${(bytes / size).toFixed(1).replace(/\.0$/, '')}${unit}`;
  }
  return `${bytes} bytes`;
}

/** The smallest --max-size (in whole M, K below 1M) that takes `bytes`. */
export function sizeFlagFor(bytes: number): string {
  if (bytes < 1024 ** 2) return `${Math.ceil(bytes / 1024)}K`;
  return `${Math.ceil(bytes / 1024 ** 2)}M`;
}
