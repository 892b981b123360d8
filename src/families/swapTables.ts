// Documents spun by one swap table: a content farm's spinner writes the same word for the same
// original in every copy it makes ("mentioned" for "said"), another spinner another word. Two
// documents go together when they share at least MIN_SHARED such swaps (original -> written
// word, each supported by the LM in both) and more than they contradict (the same original
// written two different ways). Groups are the connected documents.

/** A document's swaps: original -> the word it wrote for it. */
export interface DocumentSwaps {
  readonly name: string;
  readonly swaps: ReadonlyMap<string, string>;
}

export interface SwapGroup {
  /** The documents, in the order given. */
  readonly documents: readonly string[];
  /** Swaps seen in at least two of them, `original -> written`, with how many show them. */
  readonly shared: ReadonlyArray<{
    readonly original: string;
    readonly written: string;
    readonly documents: number;
  }>;
}

export const MIN_SHARED = 2;

/** Shared and contradicting swaps of two documents. */
export function compareSwaps(
  a: DocumentSwaps,
  b: DocumentSwaps,
): { shared: number; contradicting: number } {
  let shared = 0;
  let contradicting = 0;
  for (const [original, written] of a.swaps) {
    const other = b.swaps.get(original);
    if (other === undefined) continue;
    if (other === written) shared++;
    else contradicting++;
  }
  return { shared, contradicting };
}

/** The groups of two or more documents spun by one table, biggest first, then by first document. */
export function groupBySwapTable(docs: readonly DocumentSwaps[]): SwapGroup[] {
  const parent = docs.map((_, i) => i);
  const root = (i: number): number =>
    parent[i] === i ? i : (parent[i] = root(parent[i] as number));
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const { shared, contradicting } = compareSwaps(
        docs[i] as DocumentSwaps,
        docs[j] as DocumentSwaps,
      );
      if (shared >= MIN_SHARED && shared > contradicting) parent[root(j)] = root(i);
    }
  }
  const members = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const r = root(i);
    members.set(r, [...(members.get(r) ?? []), i]);
  });
  const groups = [...members.values()].filter((m) => m.length >= 2);
  return groups
    .map((m) => ({
      documents: m.map((i) => (docs[i] as DocumentSwaps).name),
      shared: sharedSwaps(m.map((i) => docs[i] as DocumentSwaps)),
    }))
    .sort((a, b) => b.documents.length - a.documents.length);
}

function sharedSwaps(docs: readonly DocumentSwaps[]): SwapGroup['shared'] {
  const count = new Map<string, number>();
  for (const d of docs)
    for (const [o, w] of d.swaps)
      count.set(`${o}\u0000${w}`, (count.get(`${o}\u0000${w}`) ?? 0) + 1);
  return [...count]
    .filter(([, n]) => n >= 2)
    .map(([key, n]) => {
      const [original, written] = key.split('\u0000') as [string, string];
      return { original, written, documents: n };
    })
    .sort(
      (a, b) =>
        b.documents - a.documents ||
        (a.original < b.original ? -1 : a.original > b.original ? 1 : 0),
    );
}
