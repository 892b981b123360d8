// Where the spun spans of a dev set are lost, by kind (single or multi-word, capitalised inside a
// sentence) and outcome: applied right, suggested right, an edit with another text, a thesaurus
// candidate that was not reported, no candidate at all. Counts spans and their words, with up to
// 40 examples each. Then the ceiling of detection: the share of spun spans whose original is
// among the candidates the model scored, and whose original the model scores highest there
// (what perfect detection of the spun places would restore). Not part of the eval tables.
//
//   npx tsx scripts/diagnose.ts [tune|heldout] [set]
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/restoreOptions.js';
import type { Edit } from '../src/types.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { isEditCorrect } from './eval/metrics.js';
import type { Substitution } from './eval/types.js';

const slice = (process.argv[2] ?? 'tune') as Slice;
const setName = process.argv[3] ?? 'spun-wordnet';
const options = createRestoreOptions({});

interface Bucket {
  spans: number;
  words: number;
  examples: string[];
}
const buckets = new Map<string, Bucket>();

function add(key: string, s: Substitution, example: string): void {
  const b = buckets.get(key) ?? { spans: 0, words: 0, examples: [] };
  b.spans++;
  b.words += Math.max(s.spun.split(/\s+/).length, s.original.split(/\s+/).length);
  if (b.examples.length < 40) b.examples.push(example);
  buckets.set(key, b);
}

const fmt = (e: Edit): string => `${e.actual}->${e.text} ${e.confidence.toFixed(2)}`;

let spans = 0;
let scored = 0;
let best = 0;
for (const doc of loadSlice(slice).get(setName as never) ?? []) {
  const traced: Array<{ span: readonly [number, number]; p: number; right: boolean }> = [];
  const r = restore(doc.spun, {
    ...options,
    trace: (t) => {
      if (t.scored)
        traced.push({
          span: t.span,
          p: t.confidence,
          right: isEditCorrect(doc, { ...t, confidence: 0 }),
        });
    },
  });
  const all: Edit[] = [...r.applied, ...r.suggestions];
  for (const s of doc.substitutions) {
    const here = traced.filter((t) => t.span[0] === s.start && t.span[1] === s.end);
    spans++;
    if (here.some((t) => t.right)) scored++;
    if ([...here].sort((a, b) => b.p - a.p)[0]?.right === true) best++;
    const multi = s.spun.includes(' ') || s.original.includes(' ') ? 'multi' : 'single';
    const before = doc.spun.slice(Math.max(0, s.start - 3), s.start);
    const cap = /^\p{Lu}/u.test(s.spun) && s.start > 0 && !/[.!?\n]\s*$/.test(before);
    const kind = `${multi}${cap ? ':cap' : ''}`;
    const over = all.filter((e) => e.span[0] < s.end && s.start < e.span[1]);
    const right = over.find((e) => isEditCorrect(doc, e));
    const ex = `${s.spun} <- ${s.original}`;
    if (right !== undefined && r.applied.includes(right)) add(`${kind}:applied`, s, ex);
    else if (right !== undefined)
      add(`${kind}:suggested`, s, `${ex} (${right.confidence.toFixed(2)})`);
    else if (over.length > 0) add(`${kind}:wrong`, s, `${ex} : ${over.map(fmt).join('; ')}`);
    else {
      const originals = options.thesaurus?.originals(s.spun.toLowerCase()) ?? [];
      const has = originals.some((o) => o.text === s.original.toLowerCase());
      add(`${kind}:${has ? 'not-reported' : 'no-candidate'}`, s, `${ex} [${originals.length}]`);
    }
  }
}
for (const [key, b] of [...buckets].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  console.log(`${key}: ${b.spans} spans, ${b.words} words`);
  console.log(`   ${b.examples.join(' | ')}`);
}
const pct = (n: number): string => `${((100 * n) / Math.max(spans, 1)).toFixed(1)}%`;
console.log(
  `ceiling: ${spans} spun spans; the original is among the scored candidates for ${pct(scored)}, scored highest for ${pct(best)}`,
);
