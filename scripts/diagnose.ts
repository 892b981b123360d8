// Diagnostic (not part of the eval tables): for every gold substitution of a set, where it is
// lost: applied right, suggested right, decided for a wrong original, offered by the thesaurus
// but not decided, or never a candidate. Usage: npx tsx scripts/diagnose.ts [slice] [set]
import { restore } from '../src/core/restore.js';
import { createRestoreOptions } from '../src/engine.js';
import { loadSlice, type Slice } from './eval/dataset.js';
import { isEditCorrect } from './eval/metrics.js';
import type { Edit } from '../src/types.js';

const slice = (process.argv[2] ?? 'tune') as Slice;
const setName = process.argv[3] ?? 'spun-wordnet';
const options = createRestoreOptions({});
const counts = new Map<string, number>();
const examples = new Map<string, string[]>();
const weight = new Map<string, number>();
const bump = (k: string, ex: string, w = 1): void => {
  weight.set(k, (weight.get(k) ?? 0) + w);
  counts.set(k, (counts.get(k) ?? 0) + 1);
  const l = examples.get(k) ?? [];
  if (l.length < 40) l.push(ex);
  examples.set(k, l);
};
for (const [set, docs] of loadSlice(slice)) {
  if (set !== setName) continue;
  for (const doc of docs) {
    const r = restore(doc.spun, { ...options, minConfidence: 0.8 });
    const all: Edit[] = [...r.applied, ...r.suggestions];
    for (const s of doc.substitutions) {
      const over = all.filter((e) => e.span[0] < s.end && s.start < e.span[1]);
      const right = over.find((e) => isEditCorrect(doc, e));
      const ex = `${s.spun} <- ${s.original}`;
      const w = Math.max(s.spun.split(/\s+/).length, s.original.split(/\s+/).length);
      const multi = s.spun.includes(' ') || s.original.includes(' ') ? 'multi:' : 'single:';
      const cap =
        /^\p{Lu}/u.test(s.spun) &&
        s.start > 0 &&
        !/[.!?\n]\s*$/.test(doc.spun.slice(Math.max(0, s.start - 3), s.start))
          ? 'cap:'
          : '';
      if (right !== undefined && r.applied.includes(right)) bump(multi + cap + 'applied', ex, w);
      else if (right !== undefined)
        bump(multi + cap + 'suggested', `${ex} (${right.confidence.toFixed(2)})`, w);
      else if (over.length > 0)
        bump(
          multi + cap + 'wrong',
          `${ex} : ${over.map((e) => `${e.actual}->${e.text} ${e.confidence.toFixed(2)}`).join('; ')}`,
          w,
        );
      else {
        const key = s.spun.toLowerCase();
        const origs = options.thesaurus?.originals(key) ?? [];
        const has = origs.some((o) => o.text === s.original.toLowerCase());
        bump(
          multi + cap + (has ? 'cand-not-reported' : 'no-candidate'),
          `${ex} [${origs.length}]`,
          w,
        );
      }
    }
  }
}
for (const [k, n] of counts) {
  console.log(`${k}: ${n} (words ${weight.get(k)})`);
  console.log('   ' + (examples.get(k) ?? []).join(' | '));
}
